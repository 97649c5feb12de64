"""The scenario editor in the admin: the diagram, refused publishing, situation keys, and
play-testing a draft without recording a run. The admin answers in the editor's Dutch."""

import re

import pytest

from practice import playtest
from practice.models import ScenarioPage, SimulationChoice, SimulationRun
from tests.conftest import totp_activate
from tests.factories.practice import make_scenario
from tests.practice.test_admin import _scenario_post, _situation

pytestmark = pytest.mark.django_db


def _client(client, user):
    totp_activate(user)
    client.force_login(user)
    return client


def _edit_post(page, situations, *, publish):
    data = _scenario_post(page.method, situations)
    data["slug"] = page.slug
    data["title"] = page.title
    if not publish:
        del data["action-publish"]
    return data


DEAD_END = [
    _situation("start", "Begin", [("a", "vast", True), ("b", "einde", False)]),
    _situation("vast", "Vastgelopen", []),
    _situation("einde", "Einde", [], ending=True),
]


def _nodes(html: str) -> dict[str, str]:
    return dict(
        (key, classes)
        for classes, key in re.findall(r'<g class="(node[^"]*)" data-key="([^"]+)"', html)
    )


def test_the_edit_view_draws_the_scenario_and_links_to_a_test_play(client, editor, provider):
    page = make_scenario(provider=provider, n=3)
    html = _client(client, editor).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    nodes = _nodes(html)
    assert set(nodes) == {"s0", "s1", "s2", "einde"}
    assert all("on-expert-path" in classes for classes in nodes.values())
    assert f'href="/admin/scenarios/{page.pk}/test/"' in html


def test_a_refused_publish_names_the_situation_and_marks_it_in_the_diagram(
    client, editor, provider
):
    page = make_scenario(provider=provider, n=3)
    page.refresh_from_db()
    live_revision = page.live_revision_id
    editor_client = _client(client, editor)
    response = editor_client.post(
        f"/admin/pages/{page.pk}/edit/", _edit_post(page, DEAD_END, publish=True)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "“Vastgelopen” (vast) is een doodlopende weg" in html
    nodes = _nodes(html)
    assert "has-problem" in nodes["vast"]
    assert "has-problem" not in nodes["start"] and "has-problem" not in nodes["einde"]
    page.refresh_from_db()
    assert page.live_revision_id == live_revision
    assert "vast" not in page.get_latest_revision_as_object().graph.situations

    # As a draft it is kept, problems and all, and the diagram still marks the node.
    response = editor_client.post(
        f"/admin/pages/{page.pk}/edit/", _edit_post(page, DEAD_END, publish=False)
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live_revision_id == live_revision
    assert "vast" in page.get_latest_revision_as_object().graph.situations
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "has-problem" in _nodes(html)["vast"]


def test_a_choice_to_an_unknown_situation_is_refused_even_in_a_draft(client, editor, provider):
    page = make_scenario(provider=provider, n=2)
    revisions = page.revisions.count()
    situations = [
        _situation("start", "Begin", [("a", "nergens", True), ("b", "einde", False)]),
        _situation("einde", "Einde", [], ending=True),
    ]
    response = _client(client, editor).post(
        f"/admin/pages/{page.pk}/edit/", _edit_post(page, situations, publish=False)
    )
    assert response.status_code == 200
    # Block errors reach the page as JSON for Wagtail's stream editor, shown on the choice.
    assert "Dit scenario heeft geen situatie \\u201cnergens\\u201d" in response.content.decode()
    assert page.revisions.count() == revisions


def test_next_situations_are_chosen_from_a_list():
    block = ScenarioPage._meta.get_field("situations").stream_block
    choice = block.child_blocks["situation"].child_blocks["interventions"].child_block
    for name in ("next_situation", "alternative_next"):
        attrs = choice.child_blocks[name].field.widget.attrs
        assert attrs["data-controller"] == "situation-key"


def _walk_expert_path(client, page):
    url = f"/admin/scenarios/{page.pk}/test/"
    graph = page.get_latest_revision_as_object().graph
    key, position = graph.start_key, 0
    while not graph.get(key).ending:
        expert = next(i for i in graph.get(key).interventions if i.expert)
        response = client.post(url, {"intervention": expert.id, "position": position})
        assert response.status_code == 302
        key, position = expert.next_key, position + 1
    return client.get(url)


def test_a_test_play_walks_the_latest_draft_and_records_nothing(client, editor, provider):
    page = make_scenario(provider=provider, n=3)
    draft = page.get_latest_revision_as_object()
    draft.situations[0].value["title"] = "Alleen in het concept"
    draft.save_revision()
    editor_client = _client(client, editor)
    first = editor_client.get(f"/admin/scenarios/{page.pk}/test/").content.decode()
    assert "Alleen in het concept" in first and 'data-playtest-situation="s0"' in first
    end = _walk_expert_path(editor_client, page).content.decode()
    assert "Einde van het scenario" in end
    assert end.count("<li>") >= 3  # the path so far
    assert re.search(r"<td>Het proces bewaken</td><td>100</td>", end)
    assert SimulationRun.objects.count() == 0 and SimulationChoice.objects.count() == 0
    assert page.live and ScenarioPage.objects.get(pk=page.pk).title == page.title


def test_a_stale_or_forged_choice_changes_nothing(client, editor, provider):
    page = make_scenario(provider=provider, n=3)
    editor_client = _client(client, editor)
    url = f"/admin/scenarios/{page.pk}/test/"
    editor_client.get(url)
    start = page.graph.get("s0")
    other = page.graph.get("s1").interventions[0]
    for intervention, position in ((start.interventions[0].id, 3), (other.id, 0), ("x" * 5000, 0)):
        editor_client.post(url, {"intervention": intervention, "position": position})
    walk = editor_client.session[playtest.session_key(page.pk)]
    assert walk["current"] == "s0" and walk["trail"] == []
    editor_client.post(url, {"intervention": start.interventions[0].id, "position": "nul"})
    assert editor_client.session[playtest.session_key(page.pk)]["trail"] == []


def test_a_test_play_stops_at_a_dead_end_and_says_where(client, editor, provider):
    page = make_scenario(provider=provider, n=2)
    editor_client = _client(client, editor)
    editor_client.post(f"/admin/pages/{page.pk}/edit/", _edit_post(page, DEAD_END, publish=False))
    page.refresh_from_db()
    url = f"/admin/scenarios/{page.pk}/test/"
    expert = page.get_latest_revision_as_object().graph.get("start").interventions[0]
    editor_client.post(url, {"intervention": expert.id, "position": 0})
    html = editor_client.get(url).content.decode()
    assert 'data-playtest-stuck="dead_end"' in html and "“Vastgelopen” (vast)" in html


def test_only_editors_of_the_scenario_may_test_play_it(client, other_editor, learner, provider):
    page = make_scenario(provider=provider, n=2)
    url = f"/admin/scenarios/{page.pk}/test/"
    # Wagtail's admin answers a refusal with a redirect and a message.
    refused = _client(client, other_editor).get(url)
    assert refused.status_code in (302, 403) and playtest.session_key(page.pk) not in client.session
    client.logout()
    client.force_login(learner)
    assert client.get(url).status_code in (302, 403)
    assert client.get("/admin/scenarios/999999/test/").status_code in (302, 403, 404)
