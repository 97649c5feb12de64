from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from .. import signals
from ..competencies import COMPETENCY_KEYS
from ..graph import apply_effects, normalised_scores
from ..models import ScenarioPage, SimulationChoice, SimulationRun


class StaleChoice(Exception):
    """The same choice arrived twice (double click, back button): nothing to do."""


@transaction.atomic
def simulation_run_start(*, user, scenario: ScenarioPage) -> SimulationRun:
    if not scenario.live or scenario.graph.start_key is None:
        raise Http404("Scenario not available")
    return SimulationRun.objects.create(
        user=user,
        scenario=scenario,
        current_key=scenario.graph.start_key,
        state=scenario.initial_state(),
        raw_scores={},
    )


@transaction.atomic
def simulation_choose(*, run_id: int, user, intervention_id: str, position: int) -> SimulationRun:
    """Record one choice. Forged or foreign ids change nothing and raise 404/403."""
    run = SimulationRun.objects.select_for_update().filter(pk=run_id, user=user).first()
    if run is None:
        raise Http404("No such run")
    run.scenario = ScenarioPage.objects.get(pk=run.scenario_id)
    if run.is_finished:
        raise PermissionDenied("This run is finished")
    if position != run.position:
        if run.choices.filter(position=position, intervention_id=intervention_id).exists():
            raise StaleChoice
        raise PermissionDenied("Choice does not belong to the current situation")
    graph = run.scenario.graph
    situation = graph.get(run.current_key)
    if situation is None:
        # The scenario was republished without this situation; the run cannot go on.
        run.status = SimulationRun.Status.ABANDONED
        run.save(update_fields=["status"])
        raise PermissionDenied("The scenario changed")
    intervention = situation.intervention(intervention_id)
    if intervention is None:
        if any(s.intervention(intervention_id) for s in graph.situations.values()):
            raise PermissionDenied("Choice belongs to another situation")
        raise Http404("No such choice")
    run.user = user
    return _record_choice(run, situation, intervention)


def _record_choice(run: SimulationRun, situation, intervention) -> SimulationRun:
    state = apply_effects(run.state, intervention)
    next_key = intervention.next_for(state)
    SimulationChoice.objects.create(
        run=run,
        position=run.position,
        situation_key=situation.key,
        situation_title=situation.title,
        intervention_id=intervention.id,
        label=intervention.label,
        feedback=intervention.feedback,
        expert=intervention.expert,
        effects=intervention.effects,
        next_key=next_key,
        shown_order=[i.id for i in run.options_shown(situation)],
    )
    raw = dict(run.raw_scores)
    for key in COMPETENCY_KEYS:
        delta = intervention.effects.get(key, 0)
        if delta or key in raw:
            raw[key] = raw.get(key, 0) + delta
    run.raw_scores = raw
    run.state = state
    run.position += 1
    run.current_key = next_key
    run.expert_matches += int(intervention.expert)
    fields = ["raw_scores", "state", "position", "current_key", "expert_matches"]
    next_situation = run.scenario.graph.get(next_key)
    if next_situation is None or next_situation.ending:
        run.status = SimulationRun.Status.COMPLETED
        run.completed_at = timezone.now()
        run.competency_scores = normalised_scores(
            run.scenario.graph, raw, run.scenario.initial_state()
        )
        fields += ["status", "completed_at", "competency_scores"]
        transaction.on_commit(
            lambda: signals.simulation_run_completed.send(
                sender=SimulationRun, run=run, user=run.user
            )
        )
    run.save(update_fields=fields)
    return run


@transaction.atomic
def simulation_reflection_save(*, run_id: int, user, text: str) -> SimulationRun:
    run = SimulationRun.objects.select_for_update().filter(pk=run_id, user=user).first()
    if run is None:
        raise Http404("No such run")
    if run.status != SimulationRun.Status.COMPLETED:
        raise PermissionDenied("Reflect after finishing the run")
    run.reflection = text.strip()
    run.reflected_at = timezone.now()
    run.save(update_fields=["reflection", "reflected_at"])
    return run
