"""A scenario written in the admin by the provider's editor, published, and played."""

import pytest

from practice.models import ScenarioPage, SimulationRun
from practice.seed import seed_methods
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, staff_login
from tests.conftest import browser_login
from tests.factories.practice import practice_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# key, title, [(label, next key, expert)]; the last is the ending.
GRAPH = [
    (
        "start",
        "Niemand heeft een casus",
        [("Vraag wat er speelt", "ronde", True), ("Kies zelf een casus", "omweg", False)],
    ),
    (
        "omweg",
        "De groep haakt af",
        [("Benoem wat je ziet", "ronde", True), ("Ga gewoon door", "einde", False)],
    ),
    (
        "ronde",
        "Een ronde van kleine ergernissen",
        [("Laat de groep kiezen", "einde", True), ("Kies de grootste", "einde", False)],
    ),
    ("einde", "De casus staat", []),
]


def test_editor_writes_a_branching_scenario_and_a_learner_plays_it(
    admin_page, second_page, home, provider, editor, learner
):
    method = next(iter(seed_methods().values()))
    index = practice_index(provider)
    page = admin_page
    staff_login(page, editor)
    steps.add_child_page(page, index.pk, "simulatiescenario")
    steps.fill_title(page, "Stilte in de kring")
    page.fill("#id_summary", "Niemand brengt iets in; wat doe jij?")
    page.select_option("#id_focus", "no_case")
    page.locator("button:has-text('Kies methode')").first.click()
    modal = page.locator(".modal-content")
    modal.locator("a[data-chooser-modal-choice]", has_text=method.name).first.click()
    modal.wait_for(state="detached")
    for n, (name, role) in enumerate([("Sanne", "inbrenger"), ("Ahmed", "deelnemer")]):
        page.fill(f"#id_cast-{n}-name", name)
        page.fill(f"#id_cast-{n}-role", role)
        page.fill(f"#id_cast-{n}-description", f"{name} zit in de groep.")
    steps.write_situations(page, GRAPH)
    page.fill("#id_reflection_question", "Wat deed je toen het stil werd?")
    shot(page, "scenario-filled")
    steps.footer_action(page, "action-publish")
    shot(page, "scenario-published")
    scenario = ScenarioPage.objects.get(title="Stilte in de kring")
    assert scenario.live, steps.form_errors(page)
    assert len(scenario.graph.situations) == 4

    # A learner plays it along the expert's path to the debrief.
    play = second_page
    browser_login(play, learner)
    play.goto(scenario.url)
    play.click("button:has-text('Start')")
    play.wait_for_selector("[data-sim-form]")
    shot(play, "scenario-played-first-step")
    for _ in range(5):
        run = SimulationRun.objects.get(user=learner)
        if run.status == SimulationRun.Status.COMPLETED:
            break
        expert = next(i for i in scenario.graph.get(run.current_key).interventions if i.expert)
        with play.expect_navigation():
            play.click(f"button[value='{expert.id}']")
    play.wait_for_url("**/nabespreking/")
    shot(play, "scenario-debrief")
    assert SimulationRun.objects.get(user=learner).status == SimulationRun.Status.COMPLETED
