"""Reads of the practice app. Each returns in a fixed number of queries."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import get_language

from intervisor import caching

from .models import (
    CompanionSession,
    LogbookEntry,
    Method,
    MethodStep,
    Observation,
    ScenarioPage,
    ScenarioPersona,
    SimulationChoice,
    SimulationRun,
)


def scenarios_live() -> QuerySet[ScenarioPage]:
    return ScenarioPage.objects.live().public().select_related("method").order_by("title")


def runs_for_user(*, user) -> QuerySet[SimulationRun]:
    if not user.is_authenticated:
        return SimulationRun.objects.none()
    return SimulationRun.objects.filter(user=user).select_related("scenario")


def runs_for_scenario(*, user, scenario) -> list[SimulationRun]:
    if not user.is_authenticated:
        return []
    return list(SimulationRun.objects.filter(user=user, scenario=scenario))


def run_for_user(*, run_id: int, user) -> SimulationRun:
    """The run with its scenario page in one query; someone else's run is a 404."""
    run = (
        SimulationRun.objects.filter(pk=run_id, user=user)
        .select_related("scenario", "scenario__method")
        .first()
    )
    if run is None:
        raise Http404("No such run")
    return run


@dataclass(frozen=True)
class ScenarioPlay:
    """What a step page needs of a scenario and its method (cached, see `scenario_play`)."""

    pk: int
    title: str
    url: str
    method_id: int
    method_name: str
    graph: object  # ScenarioGraph
    cast: dict[str, ScenarioPersona]
    steps: list[MethodStep]
    clock_start: int
    time_budget: int


def scenarios_forget(scenario_ids) -> None:
    caching.forget(
        *(caching.scenario_key(pk, code) for pk in scenario_ids for code, _n in settings.LANGUAGES)
    )


def scenario_changed(sender, instance, **kwargs) -> None:
    """Signal receiver: a scenario page was published, unpublished, moved or deleted."""
    specific_class = getattr(instance, "specific_class", None)
    if specific_class is not None and issubclass(specific_class, ScenarioPage):
        scenarios_forget([instance.pk])


def method_changed(sender, instance, **kwargs) -> None:
    """Signal receiver: a method or one of its steps was saved or deleted; the scenarios that
    play it show its steps."""
    method_id = instance.pk if isinstance(instance, Method) else instance.method_id
    scenarios_forget(ScenarioPage.objects.filter(method_id=method_id).values_list("pk", flat=True))


STEP_RUN_FIELDS = ("id", "user_id", "scenario_id", "status", "current_key", "position", "state")


def run_for_step(*, run_id: int, user) -> SimulationRun:
    """The run with only what a step page shows; someone else's run is a 404."""
    try:
        return SimulationRun.objects.only(*STEP_RUN_FIELDS).get(pk=run_id, user=user)
    except SimulationRun.DoesNotExist:
        raise Http404("No such run") from None


def scenario_play(*, run: SimulationRun, request=None) -> ScenarioPlay:
    """The scenario of a run from the cache; built with three queries when missing. Cleared
    when the scenario is published, unpublished, moved or deleted, or its method is edited
    (`scenario_changed`, `method_changed`)."""
    key = caching.scenario_key(run.scenario_id, get_language())
    play = cache.get(key)
    if play is not None:
        return play
    scenario = ScenarioPage.objects.select_related("method").get(pk=run.scenario_id)
    play = ScenarioPlay(
        pk=scenario.pk,
        title=scenario.title,
        url=scenario.get_url(request),
        method_id=scenario.method_id,
        method_name=scenario.method.name,
        graph=scenario.graph,
        cast={p.name: p for p in scenario.cast.all()},
        steps=list(MethodStep.objects.filter(method_id=scenario.method_id)),
        clock_start=scenario.clock_start,
        time_budget=scenario.time_budget,
    )
    cache.set(key, play, caching.SCENARIO_TIMEOUT)
    return play


def run_step_context(*, run: SimulationRun, request=None) -> dict:
    """What a simulation step page shows; no query when the scenario is cached, three when
    not, whatever the scenario's size."""
    scenario = scenario_play(run=run, request=request)
    steps, cast = scenario.steps, scenario.cast
    situation = scenario.graph.get(run.current_key)
    current_step = None
    if situation and situation.method_step and situation.method_step <= len(steps):
        current_step = steps[situation.method_step - 1]
    minutes_used = scenario.time_budget - run.state.get("time_left", scenario.time_budget)
    return {
        "scenario": scenario,
        "situation": situation,
        "steps": steps,
        "current_step": current_step,
        "cast": cast,
        "lines": [
            {"speaker": cast.get(line.speaker), "name": line.speaker, "text": line.text}
            for line in (situation.lines if situation else [])
        ],
        "clock_minute": scenario.clock_start + minutes_used,
        "options": run.options_shown(situation) if situation else [],
    }


def run_debrief_context(*, run: SimulationRun) -> dict:
    scenario = run.scenario
    choices = list(SimulationChoice.objects.filter(run=run))
    expert = scenario.graph.expert_path(scenario.initial_state())
    chosen_by_key = {c.situation_key: c for c in choices}
    expert_rows = [
        {
            "situation": situation,
            "intervention": intervention,
            "yours": chosen_by_key.get(situation.key),
        }
        for situation, intervention in expert
    ]
    ending = scenario.graph.get(run.current_key)
    return {
        "scenario": scenario,
        "choices": choices,
        "expert_rows": expert_rows,
        "ending": ending,
        "scores": run.score_rows(),
    }


UNFINISHED_SHOWN = 10


def runs_unfinished(*, user) -> list[dict]:
    """The learner's runs in progress of live scenarios, newest first, each with the situation
    where it stopped (None when the scenario was changed without it). One query."""
    runs = (
        runs_for_user(user=user)
        .filter(status=SimulationRun.Status.IN_PROGRESS, scenario__live=True)
        .order_by("-started_at")[:UNFINISHED_SHOWN]
    )
    graphs = {}
    rows = []
    for run in runs:
        graph = graphs.setdefault(run.scenario_id, run.scenario.graph)
        rows.append({"run": run, "situation": graph.get(run.current_key)})
    return rows


def run_history(*, user) -> list[dict]:
    """Per scenario: attempts, first and latest average score, so growth is visible."""
    runs = runs_for_user(user=user).order_by("started_at")
    per_scenario: dict[int, dict] = {}
    for run in runs:
        row = per_scenario.setdefault(
            run.scenario_id, {"scenario": run.scenario, "runs": [], "completed": []}
        )
        row["runs"].append(run)
        if run.average_score is not None:
            row["completed"].append(run)
    history = []
    for row in per_scenario.values():
        completed = row["completed"]
        first = completed[0].average_score if completed else None
        latest = completed[-1].average_score if completed else None
        row.update(
            first=first,
            latest=latest,
            best=max((r.average_score for r in completed), default=None),
            change=(latest - first) if len(completed) > 1 else None,
            last_run=row["runs"][-1],
        )
        history.append(row)
    return sorted(history, key=lambda r: r["last_run"].started_at, reverse=True)


def sessions_facilitated(*, user) -> QuerySet[CompanionSession]:
    return CompanionSession.objects.filter(facilitator=user).select_related("method")


def sessions_to_observe(*, user) -> QuerySet[CompanionSession]:
    return CompanionSession.objects.filter(observer=user).select_related("method", "facilitator")


def _session(session_id: int, **owner) -> CompanionSession:
    session = (
        CompanionSession.objects.filter(pk=session_id, **owner)
        .select_related("method", "observer", "facilitator")
        .first()
    )
    if session is None:
        raise Http404("No such session")
    return session


def session_for_facilitator(*, session_id: int, user) -> CompanionSession:
    return _session(session_id, facilitator=user)


def session_for_observer(*, session_id: int, user) -> CompanionSession:
    """Only the trainer the facilitator picked sees the session; for others it does not exist."""
    return _session(session_id, observer=user)


def logbook_entries_for(*, user) -> QuerySet[LogbookEntry]:
    return LogbookEntry.objects.filter(user=user).select_related("session", "session__method")


def logbook_entry_readable(*, entry_id: int, user) -> LogbookEntry:
    """Its author, or the one trainer it was shared with; for anyone else it does not exist."""
    entry = (
        LogbookEntry.objects.filter(Q(user=user) | Q(shared_with=user, submitted_at__isnull=False))
        .filter(pk=entry_id)
        .select_related("session", "session__method", "user", "shared_with")
        .first()
    )
    if entry is None:
        raise Http404("No such logbook entry")
    return entry


def logbook_entries_shared_with(*, user) -> QuerySet[LogbookEntry]:
    return LogbookEntry.objects.filter(shared_with=user, submitted_at__isnull=False).select_related(
        "session", "user"
    )


def observations_for(*, session) -> QuerySet[Observation]:
    return Observation.objects.filter(session=session).select_related("trainer")
