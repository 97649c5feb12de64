"""Play-testing a scenario's draft from the admin: the walk lives in the editor's session only.

Nothing is written to the database (no run, no choice, no score, no certification evidence),
so a test never counts as anyone's run. The walk is tied to the revision it started on; a newer
save starts it again.
"""

from .graph import ScenarioGraph, apply_effects, normalised_scores

SESSION_PREFIX = "practice-playtest-"
# A draft may still contain a loop; a walk this long has gone round and is stopped.
MAX_STEPS = 100


def session_key(page_id: int) -> str:
    return f"{SESSION_PREFIX}{page_id}"


def start(*, graph: ScenarioGraph, revision_id: int | None, initial_state: dict) -> dict:
    return {
        "revision": revision_id,
        "current": graph.start_key or "",
        "state": dict(initial_state),
        "raw": {},
        "trail": [],
        "feedback": None,
    }


def choose(*, graph: ScenarioGraph, walk: dict, intervention_id: str, position: int) -> dict:
    """The walk after one choice; an unknown, stale or repeated choice changes nothing."""
    situation = graph.get(walk["current"])
    if situation is None or position != len(walk["trail"]) or len(walk["trail"]) >= MAX_STEPS:
        return walk
    intervention = situation.intervention(intervention_id)
    if intervention is None:
        return walk
    state = apply_effects(walk["state"], intervention)
    raw = dict(walk["raw"])
    for key, delta in intervention.effects.items():
        if delta:
            raw[key] = raw.get(key, 0) + delta
    next_key = intervention.next_for(state)
    step = {
        "situation": situation.title,
        "key": situation.key,
        "label": intervention.label,
        "feedback": intervention.feedback,
        "expert": intervention.expert,
        "next": next_key,
    }
    return {
        **walk,
        "current": next_key,
        "state": state,
        "raw": raw,
        "trail": [*walk["trail"], step],
        "feedback": step,
    }


def outcome(*, graph: ScenarioGraph, walk: dict, initial_state: dict) -> dict:
    """Where the walk stands: playing on, finished, or stuck (and why)."""
    situation = graph.get(walk["current"])
    stuck = ""
    if situation is None:
        stuck = "missing"
    elif len(walk["trail"]) >= MAX_STEPS:
        stuck = "loop"
    elif not situation.ending and not situation.interventions:
        stuck = "dead_end"
    finished = situation is not None and situation.ending
    scores = normalised_scores(graph, walk["raw"], initial_state) if finished else {}
    return {"situation": situation, "finished": finished, "stuck": stuck, "scores": scores}
