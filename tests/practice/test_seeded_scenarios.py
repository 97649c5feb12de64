"""The seeded scenarios as evidence a certificate can rest on: deep enough, not guessable,
clock and story in step, aftercare where a case touches safety.

Pure graph walks over the seed data: no database, so every path can be checked.
"""

import re

import pytest

from practice.competencies import COMPETENCY_KEYS
from practice.graph import ScenarioGraph, apply_effects, normalised_scores, validate
from practice.models import SimulationRun
from practice.seed.dsl import stream_data
from practice.seed.scenarios import SCENARIOS, TEARS

PASS_MARK = 60  # the seeded path's "simulations passed at >= 60"
MINUTES = re.compile(r"\bnog (\d+) minuten\b")


class _Stream:
    def __init__(self, raw):
        self.raw_data = raw


def _graph(data) -> ScenarioGraph:
    return ScenarioGraph.from_stream(_Stream(stream_data(data["slug"], data["situations"])))


def _start(data) -> dict:
    return {"safety": 60, "energy": 60, "time_left": data["time_budget"]}


def _play(data, pick) -> dict:
    graph, state, raw = _graph(data), _start(data), {}
    situation, position = graph.get(graph.start_key), 0
    while situation and not situation.ending:
        choice = pick(situation, position)
        for key in COMPETENCY_KEYS:
            raw[key] = raw.get(key, 0) + choice.effects.get(key, 0)
        state = apply_effects(state, choice)
        situation, position = graph.get(choice.next_for(state)), position + 1
    return normalised_scores(graph, raw, _start(data))


def _passes(scores: dict) -> bool:
    return bool(scores) and all(score >= PASS_MARK for score in scores.values())


def _decisions(graph):
    return [s for s in graph.situations.values() if not s.ending]


IDS = [data["slug"] for data in SCENARIOS]


@pytest.mark.parametrize("data", SCENARIOS, ids=IDS)
def test_scenario_is_deep_enough_with_recoveries_and_branches(data):
    graph = _graph(data)
    assert validate(graph) == []
    assert len(graph.situations) >= 12
    expert = graph.expert_path(_start(data))
    assert len(expert) >= 6
    on_path = {situation.key for situation, _choice in expert}
    recoveries = [
        s.key
        for s in _decisions(graph)
        if s.key not in on_path and any(i.expert and i.next_key in on_path for i in s.interventions)
    ]
    assert len(recoveries) >= 2, recoveries
    assert any(i.condition_metric for s in _decisions(graph) for i in s.interventions)
    assert _passes(_play(data, lambda s, _p: next(i for i in s.interventions if i.expert)))


def test_the_expert_choice_is_seldom_the_longest_label():
    situations = [s for data in SCENARIOS for s in _decisions(_graph(data))]
    longest = [s for s in situations if max(s.interventions, key=lambda i: len(i.label)).expert]
    assert 3 * len(longest) <= len(situations), [s.key for s in longest]


@pytest.mark.parametrize("data", SCENARIOS, ids=IDS)
def test_clicking_the_first_or_the_longest_option_does_not_pass(data):
    assert not _passes(_play(data, lambda s, _p: s.interventions[0]))
    assert not _passes(_play(data, lambda s, _p: max(s.interventions, key=lambda i: len(i.label))))
    # What a learner sees first: the run's own order, for a handful of runs.
    for pk in range(1, 6):
        run = SimulationRun(pk=pk)

        def first_shown(situation, position, run=run):
            run.position = position
            return run.options_shown(situation)[0]

        assert not _passes(_play(data, first_shown)), pk


def _walks(data):
    """Every path from the start: (situation, time left on arrival)."""
    graph = _graph(data)
    stack = [(graph.start_key, _start(data))]
    while stack:
        key, state = stack.pop()
        situation = graph.get(key)
        yield situation, state["time_left"]
        for choice in situation.interventions:
            after = apply_effects(state, choice)
            stack.append((choice.next_for(after), after))


@pytest.mark.parametrize("data", SCENARIOS, ids=IDS)
def test_minutes_in_the_story_match_the_clock_on_every_path(data):
    """ "Nog 40 minuten" in a line must be within ten minutes of the clock however the learner
    got there."""
    expert_minutes = sum(c.minutes for _s, c in _graph(data).expert_path(_start(data)))
    assert expert_minutes <= data["time_budget"]
    for situation, time_left in _walks(data):
        for line in situation.lines:
            for said in MINUTES.findall(line.text.replace("Nog", "nog")):
                assert abs(int(said) - time_left) <= 10, (situation.key, said, time_left)


def test_the_tears_scenario_ends_with_aftercare_and_keeps_away_from_therapy():
    graph = _graph(TEARS)
    expert = " ".join(c.label + " " + c.feedback for _s, c in graph.expert_path(_start(TEARS)))
    for needed in ("protocol", "vertrouwenspersoon", "bel je morgen", "pauze"):
        assert needed in expert
    assert "waarom bevroor" not in expert.lower()
