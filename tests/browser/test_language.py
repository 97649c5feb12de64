"""Typed interventions in a seeded simulation, and the practice drill, in Chromium."""

import pytest

from practice.language.models import Drill, TypedLine
from practice.language.seed import run as seed_language
from practice.models import SimulationRun
from practice.seed import seed_methods, seed_practice_index, seed_scenario
from practice.seed.scenarios.tears import TEARS
from tests.conftest import browser_login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _watch(page) -> list[str]:
    problems = []
    page.on("pageerror", lambda exc: problems.append(f"error: {exc}"))
    page.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    return problems


def test_type_first_then_feedback_then_choices_and_debrief(browser_page, provider, learner):
    scenario = seed_scenario(seed_practice_index(provider), TEARS, seed_methods())
    page = browser_page
    problems = _watch(page)
    browser_login(page, learner)
    page.goto(scenario.url)
    page.click("button:has-text('Start')")
    typed = page.locator("[data-typed-form] textarea[name=text]")
    typed.wait_for()
    assert page.locator("[data-sim-form]").count() == 0  # no choices before typing
    typed.fill("Heb je al eens overwogen om de directeur erbij te halen?")
    screenshot(page, "language-typed-before")
    with page.expect_navigation():
        page.click("[data-typed-form] button[type=submit]")
    feedback = page.locator(".typed-feedback")
    assert "Suggestieve vraag" in feedback.inner_text()
    assert "overwogen" in feedback.inner_text()
    page.locator("[data-sim-form]").wait_for()
    screenshot(page, "language-typed-feedback")
    for _ in range(12):
        run = SimulationRun.objects.get(user=learner)
        if run.status == SimulationRun.Status.COMPLETED:
            break
        if page.locator("[data-typed-form]").count():
            page.fill("[data-typed-form] textarea[name=text]", "Wat gebeurt er nu bij je?")
            with page.expect_navigation():
                page.click("[data-typed-form] button[type=submit]")
        situation = scenario.graph.get(run.current_key)
        expert = next(i for i in situation.interventions if i.expert)
        with page.expect_navigation():
            page.click(f"button[value='{expert.id}']")
    page.wait_for_url("**/nabespreking/")
    table = page.locator("#typed-title + .table-scroll table")
    assert "overwogen om de directeur" in table.inner_text()
    screenshot(page, "language-debrief")
    assert TypedLine.objects.filter(run__user=learner).count() >= 1
    assert not problems, problems


def test_drill_feedback_and_my_learning(browser_page, learner, trainer):
    class Ctx:
        users = {"learner": trainer}  # the seed's demo lines go to someone else

        def log(self, message):
            pass

    seed_language(Ctx())
    drill = Drill.objects.get()
    page = browser_page
    problems = _watch(page)
    browser_login(page, learner)
    page.goto("/oefenen/woorden/")
    page.click(f"text={drill.title}")
    first = drill.moments.order_by("sort_order").first()
    form = page.locator(f"#moment-{first.pk} form")
    form.locator("textarea[name=text]").fill("Wat maakt dat het voelt als jouw taak?")
    form.locator("select[name=shared_with]").select_option(label=trainer.display_name)
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    feedback = page.locator(f"#moment-{first.pk} .typed-feedback")
    assert "Open vraag" in feedback.inner_text()
    screenshot(page, "language-drill")
    page.goto("/mijn-leren/")
    scores = page.locator(".language-scores")
    assert "Open vraag" in scores.inner_text() and "100%" in scores.inner_text()
    screenshot(page, "language-my-learning")
    page.goto("/oefenen/woorden/intervisievraag/")
    page.fill("textarea[name=question]", "Hoe ga ik om met weerstand?")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert "Je vraag kan beter" in page.locator(".question-check").inner_text()
    screenshot(page, "language-question-check")
    assert not problems, problems
