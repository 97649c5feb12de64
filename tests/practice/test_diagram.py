"""The scenario diagram: a node per situation, the expert path, problems on their node."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from practice import diagram
from practice.graph import ScenarioGraph, problems
from practice.models import ScenarioPage
from practice.seed import SCENARIOS
from practice.seed.dsl import ch, end, sit, stream_data
from tests.factories.practice import chain_situations
from tests.practice.test_graph import _graph

STATE = {"safety": 60, "energy": 60, "time_left": 60}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _svg(situations) -> str:
    built = diagram.build(_graph(situations), STATE)
    return render_to_string("practice/admin/scenario_diagram.html", {"diagram": built})


def _node(svg: str, key: str) -> str:
    """The opening tag of the node group for `key`."""
    match = re.search(rf'<g class="([^"]*)" data-key="{key}"', svg)
    assert match, f"no node {key}"
    return match.group(1)


def _decision(key, title, *targets):
    """A situation whose first choice is the expert's."""
    choices = [ch(f"naar {t}", t, "f", expert=n == 0) for n, t in enumerate(targets)]
    return sit(key, title, 1, [(None, "x")], choices)


# A dead end (stuck), a loop back to the start (midden) and an island nobody reaches.
BROKEN = [
    _decision("start", "Begin", "midden", "stuck"),
    _decision("midden", "Midden", "einde", "start"),
    _decision("stuck", "Vastgelopen"),
    _decision("eiland", "Eiland", "einde", "einde"),
    end("einde", "Einde", [(None, "x")]),
]


def test_a_node_per_situation_and_an_arrow_per_choice():
    svg = _svg(chain_situations(4))
    assert len(re.findall(r'<g class="node[ "]', svg)) == 5
    # Two choices in each of four situations.
    assert len(re.findall(r'<path class="edge', svg)) == 8
    assert "<title>Situatie 0 (s0)" in svg
    assert 'viewBox="0 0 ' in svg and "<script" not in svg and "style=" not in svg


def test_the_expert_path_is_highlighted():
    svg = _svg(chain_situations(3))
    for key in ("s0", "s1", "s2", "einde"):
        assert "on-expert-path" in _node(svg, key)
    expert_edges = re.findall(
        r'<path class="edge expert expert-path" [^>]*data-source="(\w+)"', svg
    )
    assert expert_edges == ["s0", "s1", "s2"]
    # The wrong choices are drawn but not highlighted.
    assert len(re.findall(r'<path class="edge" ', svg)) == 3


def test_problems_are_marked_on_the_node_they_concern():
    svg = _svg(BROKEN)
    assert "has-problem" in _node(svg, "stuck")  # dead end
    assert "has-problem" in _node(svg, "eiland") and "unreachable" in _node(svg, "eiland")
    assert "has-problem" in _node(svg, "midden")  # leads back to the start
    assert "has-problem" not in _node(svg, "start")
    assert "has-problem" not in _node(svg, "einde")
    assert svg.count('class="problem-marker"') == 3
    dead_end = svg.split('data-key="stuck"')[1].split("</g>")[0]
    assert "is a dead end" in dead_end
    listed = re.findall(r'<li data-key="(\w+)">', svg)
    assert sorted(set(listed)) == ["eiland", "midden", "stuck"]


def test_the_start_is_on_top_and_unreachable_situations_at_the_bottom():
    built = diagram.build(_graph(BROKEN), STATE)
    rows = {node.key: node.row for node in built.nodes}
    assert rows["start"] == 0
    assert rows["midden"] == rows["stuck"] == 1
    assert rows["eiland"] == max(rows.values())
    loop = next(edge for edge in built.edges if edge.target == "start")
    assert loop.path.startswith(f"M{built.nodes[1].x + diagram.NODE_WIDTH},")


def test_problems_carry_the_key_of_their_situation():
    found = problems(_graph(BROKEN))
    assert {p.key for p in found} == {"stuck", "eiland", "midden"}
    assert all(p.key in p.message for p in found)


def test_an_empty_or_endless_scenario_has_a_general_problem():
    built = diagram.build(_graph([]), STATE)
    assert built.nodes == [] and built.general_problems
    no_ending = [sit("start", "Begin", 1, [(None, "x")], [ch("a", "start", "f", expert=True)])]
    assert any("no ending" in p for p in diagram.build(_graph(no_ending), STATE).general_problems)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s["slug"])
def test_seeded_scenarios_fit_a_readable_width(scenario):
    """12-17 situations: no row wider than four boxes, every situation drawn, no problems."""
    built = diagram.build(_graph(scenario["situations"]), STATE)
    assert len(built.nodes) == len(scenario["situations"])
    assert not built.node_problems and not built.general_problems
    per_row: dict[int, int] = {}
    for node in built.nodes:
        per_row[node.row] = per_row.get(node.row, 0) + 1
    assert max(per_row.values()) <= 4, per_row


def test_a_choice_id_shared_by_two_situations_is_on_the_expert_path_once():
    """Ids of choices are unique per situation only: a wrong choice elsewhere that carries the
    same id as an expert choice is not highlighted."""
    situations = chain_situations(2)
    data = stream_data("t", situations)
    shared = data[0]["value"]["interventions"][0]["id"]  # s0's expert choice
    data[1]["value"]["interventions"][1]["id"] = shared  # s1's wrong choice
    block = ScenarioPage._meta.get_field("situations").stream_block
    built = diagram.build(ScenarioGraph.from_stream(block.to_python(data)), STATE)
    on_path = [(edge.source, edge.label) for edge in built.edges if edge.on_expert_path]
    assert on_path == [("s0", "Goed 0"), ("s1", "Goed 1")]
