"""Reads of the practice app. Each returns in a fixed number of queries."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils.translation import get_language

from intervisor.caching import generation, generation_bump, local_copies
from intervisor.pagecache import GENERATION_KEY, pages_generation

from .models import (
    CompanionSession,
    LogbookEntry,
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


SCENARIO_PLAY_TIMEOUT = 24 * 3600
_plays = local_copies(max_entries=32)
METHODS_GENERATION_KEY = "practice:methods:generation"
SCENARIO_GENERATION_KEYS = [GENERATION_KEY, METHODS_GENERATION_KEY]


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


def methods_changed(**kwargs) -> None:
    """Signal receiver: a method or one of its steps changed; every cached scenario, and every
    lesson showing a method (courses.fragments), is stale."""
    generation_bump(METHODS_GENERATION_KEY)


def methods_generation() -> str:
    return generation(METHODS_GENERATION_KEY)


STEP_RUN_FIELDS = ("id", "user_id", "scenario_id", "status", "current_key", "position", "state")


def run_for_step(*, run_id: int, user) -> SimulationRun:
    """The run with only what a step page shows; someone else's run is a 404."""
    try:
        return SimulationRun.objects.only(*STEP_RUN_FIELDS).get(pk=run_id, user=user)
    except SimulationRun.DoesNotExist:
        raise Http404("No such run") from None


def scenario_play(*, run: SimulationRun, request=None, known: dict | None = None) -> ScenarioPlay:
    """The scenario of a run from the cache; built with three queries when missing.

    Checked against the page-tree generation (any publish, unpublish, move or delete of a page;
    intervisor.pagecache) and the method generation (any method or step saved or deleted).
    Each worker keeps a copy per generation pair (a scenario with its graph is ~20 kB to
    unpickle), so a step page usually reads only the two generations."""
    key = f"practice:scenario-play:{run.scenario_id}:{get_language()}"
    found = known if known is not None else cache.get_many(SCENARIO_GENERATION_KEYS)
    stamp = (found.get(GENERATION_KEY), found.get(METHODS_GENERATION_KEY))
    if None not in stamp:
        copy_key = f"{key}:{stamp[0]}:{stamp[1]}"
        play = _plays.get(copy_key)
        if play is not None:
            return play
        entry = cache.get(key)
        if entry is not None and entry[0] == stamp:
            _plays.put(copy_key, entry[1])
            return entry[1]
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
    if None in stamp:  # a generation was never set (or expired): start both
        stamp = (pages_generation(), methods_generation())
    cache.set(key, (stamp, play), SCENARIO_PLAY_TIMEOUT)
    return play


def run_step_context(*, run: SimulationRun, request=None, known: dict | None = None) -> dict:
    """What a simulation step page shows; no query when the scenario is cached, three when
    not, whatever the scenario's size. `known`: what the caller read for
    SCENARIO_GENERATION_KEYS."""
    scenario = scenario_play(run=run, request=request, known=known)
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
