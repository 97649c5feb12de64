import pytest
from django.utils import translation

from practice.graph import ScenarioGraph, normalised_scores, validate
from practice.models import ScenarioPage
from practice.seed import SCENARIOS
from practice.seed.dsl import ch, end, sit, stream_data
from tests.factories.practice import chain_situations, make_scenario


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _graph(situations) -> ScenarioGraph:
    """The graph from raw StreamField data, without a page (and so without the database)."""
    block = ScenarioPage._meta.get_field("situations").stream_block
    return ScenarioGraph.from_stream(block.to_python(stream_data("t", situations)))


def _errors(situations):
    return validate(_graph(situations))


def test_a_complete_chain_is_valid():
    assert _errors(chain_situations(5)) == []


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["slug"])
def test_every_seeded_scenario_is_valid_and_has_an_expert_path(scenario):
    situations = scenario["situations"]
    assert len(situations) >= 12
    assert _errors(situations) == []
    graph = _graph(situations)
    path = graph.expert_path({"safety": 60, "energy": 60, "time_left": scenario["time_budget"]})
    assert len(path) >= 3
    assert graph.get(path[-1][1].next_key).ending
    # The expert path is the model answer: it scores 100 on every competency it measures,
    # so certification's per-competency thresholds are reachable in every scenario.
    state = {"safety": 60, "energy": 60, "time_left": scenario["time_budget"]}
    raw: dict[str, int] = {}
    for _situation, intervention in path:
        for key, delta in intervention.effects.items():
            raw[key] = raw.get(key, 0) + delta
    scores = normalised_scores(graph, raw, state)
    assert len(scores) >= 2 and set(scores.values()) == {100}


def test_dead_end_is_named():
    situations = [
        sit(
            "start",
            "Begin",
            1,
            [(None, "x")],
            [ch("a", "stuck", "f", expert=True), ch("b", "einde", "f")],
        ),
        sit("stuck", "Vastgelopen", 1, [(None, "x")]),
        end("einde", "Einde", [(None, "x")]),
    ]
    errors = _errors(situations)
    assert any("Vastgelopen" in e and "dead end" in e for e in errors)


def test_unreachable_missing_target_and_cycle_are_named():
    situations = [
        sit(
            "start",
            "Begin",
            1,
            [(None, "x")],
            [ch("a", "lus", "f", expert=True), ch("b", "nergens", "f")],
        ),
        sit(
            "lus",
            "Rondje",
            1,
            [(None, "x")],
            [ch("a", "start", "f", expert=True), ch("b", "einde", "f")],
        ),
        sit(
            "eiland",
            "Eiland",
            1,
            [(None, "x")],
            [ch("a", "einde", "f", expert=True), ch("b", "einde", "f")],
        ),
        end("einde", "Einde", [(None, "x")]),
    ]
    errors = " | ".join(_errors(situations))
    assert "“Eiland” (eiland) cannot be reached" in errors
    assert "“nergens”, which does not exist" in errors
    assert "“Rondje” (lus) leads back to “start”" in errors


def test_expert_count_and_duplicate_keys():
    situations = [
        sit("start", "Begin", 1, [(None, "x")], [ch("a", "einde", "f"), ch("b", "einde", "f")]),
        end("einde", "Einde", [(None, "x")]),
        end("einde", "Nog een einde", [(None, "x")]),
    ]
    errors = " | ".join(_errors(situations))
    assert "exactly one expert choice" in errors
    assert "“einde” is used by more than one situation" in errors


def test_condition_sends_to_alternative_when_state_drops():
    situations = [
        sit(
            "start",
            "Begin",
            1,
            [(None, "x")],
            [
                ch("a", "goed", "f", expert=True),
                ch("b", "goed", "f", saf=-50, when=("safety", 30, "slecht")),
            ],
        ),
        end("goed", "Goed", [(None, "x")]),
        end("slecht", "Slecht", [(None, "x")]),
    ]
    graph = _graph(situations)
    risky = graph.get("start").interventions[1]
    assert risky.next_for({"safety": 10}) == "slecht"
    assert risky.next_for({"safety": 40}) == "goed"
    assert validate(graph) == []


@pytest.mark.django_db
def test_situation_ids_are_stable_across_republish(provider):
    page = make_scenario(provider=provider, n=3)
    before = [i.id for s in page.graph.situations.values() for i in s.interventions]
    page.save_revision().publish()
    page = ScenarioPage.objects.get(pk=page.pk)
    after = [i.id for s in page.graph.situations.values() for i in s.interventions]
    assert before == after and all(before)
