"""The scenario editor as a provider's editor meets it: a dead end refused with its situation
named, in the form and in the diagram; fixed, published, and play-tested without a run."""

import pytest
from playwright.sync_api import expect

from practice.models import ScenarioPage, SimulationChoice, SimulationRun
from practice.seed import seed_methods
from tests.browser.admin import steps
from tests.browser.admin.conftest import ConsoleGuard, shot, staff_login
from tests.factories.practice import practice_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# "omweg" offers one choice: a dead end, which publishing refuses.
GRAPH = [
    (
        "start",
        "Niemand heeft een casus",
        [("Vraag wat er speelt", "ronde", True), ("Kies zelf een casus", "omweg", False)],
    ),
    ("omweg", "De groep haakt af", [("Benoem wat je ziet", "ronde", True)]),
    (
        "ronde",
        "Een ronde van kleine ergernissen",
        [("Laat de groep kiezen", "einde", True), ("Kies de grootste", "einde", False)],
    ),
    ("einde", "De casus staat", []),
]


def _start_scenario(page, index, method):
    steps.add_child_page(page, index.pk, "simulatiescenario")
    steps.fill_title(page, "Stilte met een omweg")
    page.fill("#id_summary", "Niemand brengt iets in; wat doe jij?")
    page.select_option("#id_focus", "no_case")
    steps.choose_in_modal(page, "Kies methode", method.name)
    for n, (name, role) in enumerate([("Sanne", "inbrenger"), ("Ahmed", "deelnemer")]):
        page.fill(f"#id_cast-{n}-name", name)
        page.fill(f"#id_cast-{n}-role", role)
        page.fill(f"#id_cast-{n}-description", f"{name} zit in de groep.")
    page.fill("#id_reflection_question", "Wat deed je toen het stil werd?")


def test_a_dead_end_is_refused_shown_fixed_published_and_play_tested(
    admin_page, home, provider, editor
):
    method = next(iter(seed_methods().values()))
    index = practice_index(provider)
    page = admin_page
    staff_login(page, editor)
    _start_scenario(page, index, method)
    steps.write_situations(page, GRAPH)
    # The next situation is picked from the situations in the form, by title and key.
    options = page.locator(
        "select[data-situation-key-for='situations-0-value-interventions-0-value-next_situation']"
        " option"
    ).all_inner_texts()
    assert "Een ronde van kleine ergernissen (ronde)" in options
    shot(page, "scenario-editor-filled")
    # A choice's effects: one named field per competency and per group measure.
    effects = page.locator("#situations-0-value-interventions-0-value-effects-guarding_process")
    effects.scroll_into_view_if_needed()
    expect(page.get_by_text("Punten per competentie").first).to_be_visible()
    expect(page.get_by_text("Effect op de groep").first).to_be_visible()
    shot(page, "scenario-editor-effects")

    # Publishing is refused; the form names the situation and why.
    steps.footer_action(page, "action-publish")
    errors = " ".join(steps.form_errors(page))
    assert "“De groep haakt af” (omweg) is een doodlopende weg" in errors, errors
    assert not ScenarioPage.objects.filter(title="Stilte met een omweg").exists()
    diagram = page.locator("[data-scenario-diagram] svg")
    marked = diagram.locator("g.node.has-problem")
    expect(marked).to_have_count(1)
    expect(marked).to_have_attribute("data-key", "omweg")
    marked.scroll_into_view_if_needed()
    shot(page, "scenario-editor-refused")

    # A draft may keep the problem; the diagram on the edit page still marks the node.
    steps.save_draft(page)
    scenario = ScenarioPage.objects.get(title="Stilte met een omweg")
    assert not scenario.live
    expect(page.locator("g.node.has-problem[data-key='omweg']")).to_have_count(1)

    # Fixed: the situation gets a second choice.
    steps.write_choice(
        page,
        "situations-1-value-interventions-1-value",
        "Ga gewoon door",
        "einde",
        False,
        add=True,
    )
    steps.footer_action(page, "action-publish")
    scenario.refresh_from_db()
    assert scenario.live, steps.form_errors(page)
    page.goto(f"/admin/pages/{scenario.pk}/edit/")
    diagram = page.locator("[data-scenario-diagram] svg")
    expect(diagram.locator("g.node.has-problem")).to_have_count(0)
    expect(diagram.locator("g.node")).to_have_count(4)
    expect(diagram.locator("g.node.on-expert-path")).to_have_count(3)  # start, ronde, einde
    expect(diagram.locator("path.edge.expert-path")).to_have_count(2)
    diagram.scroll_into_view_if_needed()
    shot(page, "scenario-editor-diagram")

    # Play-test from the edit screen: a new tab on the latest revision; nothing recorded.
    with page.context.expect_page() as opened:
        page.locator("[data-playtest-link]").click()
    play = opened.value
    guard = ConsoleGuard(play)
    play.reload()
    play.wait_for_selector("[data-playtest-situation='start']")
    shot(play, "scenario-playtest-start")
    for label in ("Kies zelf een casus", "Ga gewoon door"):
        with play.expect_navigation():
            play.get_by_role("button", name=label).click()
    expect(play.locator("[data-playtest-feedback]")).to_contain_text("Ga gewoon door")
    expect(play.locator("body")).to_contain_text("Einde van het scenario")
    shot(play, "scenario-playtest-end")
    assert SimulationRun.objects.count() == 0 and SimulationChoice.objects.count() == 0
    assert not guard.errors, "\n".join(guard.errors)
