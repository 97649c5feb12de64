import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practice.models import Method, ScenarioPage
from tests.conftest import totp_activate
from tests.factories.practice import make_method, practice_index


@pytest.fixture
def editor_client(client, editor):
    totp_activate(editor)
    client.force_login(editor)
    return client


@pytest.fixture
def methods(provider, other_provider):
    return {
        "own": make_method(provider=provider, slug="eigen"),
        "shared": make_method(provider=None, slug="gedeeld"),
        "other": make_method(provider=other_provider, slug="van-b"),
    }


def test_editor_lists_own_and_shared_methods_only(editor_client, methods):
    listing = editor_client.get("/admin/snippets/practice/method/").content.decode()
    assert methods["own"].name in listing and methods["shared"].name in listing
    assert methods["other"].name not in listing


def test_editor_edits_own_views_shared_and_never_touches_others(editor_client, methods):
    base = "/admin/snippets/practice/method"
    assert editor_client.get(f"{base}/edit/{methods['own'].pk}/").status_code == 200
    assert editor_client.get(f"{base}/inspect/{methods['shared'].pk}/").status_code == 200
    # Shared: Wagtail finds it and refuses (a redirect); another provider's: out of scope.
    for key, refused in (("shared", 302), ("other", 404)):
        method = methods[key]
        assert editor_client.get(f"{base}/edit/{method.pk}/").status_code == refused
        edit = editor_client.post(f"{base}/edit/{method.pk}/", {"name": "Gekaapt"})
        assert edit.status_code == refused
        assert editor_client.post(f"{base}/delete/{method.pk}/").status_code == refused
        method.refresh_from_db()
        assert method.name != "Gekaapt"
    for view, refused in (("inspect", 404), ("copy", 302), ("history", 404), ("usage", 404)):
        url = f"{base}/{view}/{methods['other'].pk}/"
        assert editor_client.get(url).status_code == refused, view
    assert Method.objects.filter(pk=methods["other"].pk).exists()


def test_editor_cannot_create_a_method_for_another_provider(editor_client, other_provider):
    data = nested_form_data(
        {
            "name": "Nieuwe",
            "slug": "nieuwe",
            "provider": other_provider.pk,
            "summary": "s",
            "suited_for": "",
            "min_group_size": 3,
            "max_group_size": 8,
            "source_note": "",
            "steps": inline_formset(
                [
                    {"name": "a", "purpose": "p", "minutes": 5, "speaker": "group"},
                    {"name": "b", "purpose": "p", "minutes": 5, "speaker": "group"},
                ]
            ),
        }
    )
    editor_client.post("/admin/snippets/practice/method/add/", data)
    assert not Method.objects.filter(slug="nieuwe").exists()


def _scenario_post(method, situations):
    return nested_form_data(
        {
            "title": "Nieuw scenario",
            "slug": "nieuw-scenario",
            "summary": "s",
            "focus": "other",
            "method": method.pk,
            "briefing": rich_text(""),
            "reflection_question": "Wat leer je?",
            "clock_start": 0,
            "time_budget": 60,
            "start_safety": 60,
            "start_energy": 60,
            "cast": inline_formset(
                [
                    {"name": "Anna", "role": "inbrenger", "description": "d"},
                    {"name": "Bob", "role": "deelnemer", "description": "d"},
                ]
            ),
            "situations": streamfield(situations),
            "action-publish": "publish",
        }
    )


def _situation(key, title, interventions, ending=False):
    return (
        "situation",
        {
            "key": key,
            "title": title,
            "method_step": 1,
            "prompt": "",
            "ending": ending,
            "lines": streamfield([("item", {"speaker": "", "text": "x"})]),
            "interventions": streamfield(
                [
                    (
                        "item",
                        {
                            "label": label,
                            "next_situation": nxt,
                            "feedback": "f",
                            "expert": expert,
                            "minutes": 2,
                            "condition_metric": "",
                            "condition_below": "",
                            "alternative_next": "",
                            "effects": {
                                k: 0
                                for k in (
                                    "guarding_process",
                                    "neutrality",
                                    "inclusion",
                                    "emotional_safety",
                                    "time_management",
                                    "question_quality",
                                    "safety",
                                    "energy",
                                    "time_left",
                                )
                            },
                        },
                    )
                    for label, nxt, expert in interventions
                ]
            ),
        },
    )


def test_publishing_a_broken_graph_names_the_situation(editor_client, provider):
    index = practice_index(provider)
    method = make_method(provider=provider)
    situations = [
        _situation("start", "Begin", [("a", "vast", True), ("b", "einde", False)]),
        _situation("vast", "Vastgelopen", []),
        _situation("einde", "Einde", [], ending=True),
    ]
    url = f"/admin/pages/add/practice/scenariopage/{index.pk}/"
    response = editor_client.post(url, _scenario_post(method, situations))
    assert response.status_code == 200
    # The message names the situation with its key: “Vastgelopen” (vast).
    assert "Vastgelopen” (vast)" in response.content.decode()
    assert not ScenarioPage.objects.filter(slug="nieuw-scenario").exists()


def test_publishing_a_valid_graph_works(editor_client, provider):
    index = practice_index(provider)
    method = make_method(provider=provider)
    situations = [
        _situation("start", "Begin", [("a", "einde", True), ("b", "einde", False)]),
        _situation("einde", "Einde", [], ending=True),
    ]
    url = f"/admin/pages/add/practice/scenariopage/{index.pk}/"
    response = editor_client.post(url, _scenario_post(method, situations))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ScenarioPage.objects.get(slug="nieuw-scenario")
    assert page.live and page.graph.start_key == "start"


def test_editor_cannot_add_scenarios_in_another_providers_area(editor_client, other_provider):
    index = practice_index(other_provider)
    response = editor_client.get(f"/admin/pages/add/practice/scenariopage/{index.pk}/")
    assert response.status_code == 302


def test_editor_opens_own_scenario_in_the_page_editor(editor_client, provider):
    from tests.factories.practice import make_scenario

    page = make_scenario(provider=provider, n=3)
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "s1" in response.content.decode()
