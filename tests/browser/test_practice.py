import pytest

from practice.models import CompanionSession, LogbookEntry, SimulationRun
from practice.seed import seed_methods, seed_practice_index, seed_scenario
from practice.seed.scenarios import ADVICE
from tests.conftest import browser_login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_play_a_seeded_scenario_to_its_debrief(browser_page, home, provider, learner):
    methods = seed_methods()
    scenario = seed_scenario(seed_practice_index(provider), ADVICE, methods)
    page = browser_page
    browser_login(page, learner)
    page.goto("/oefenen/")
    screenshot(page, "practice-index")
    page.click(f"a:has-text('{scenario.title}')")  # the focus badge may read the same
    page.click("button:has-text('Start')")
    page.wait_for_selector("[data-sim-form]")
    # The script runs: the thinking timer is visible only with JavaScript.
    page.locator("[data-think-timer]").wait_for(state="visible", timeout=5000)
    screenshot(page, "practice-step-1")
    for step in range(10):
        run = SimulationRun.objects.get(user=learner)
        if run.status == SimulationRun.Status.COMPLETED:
            break
        situation = scenario.graph.get(run.current_key)
        expert = next(i for i in situation.interventions if i.expert)
        with page.expect_navigation():
            page.click(f"button[value='{expert.id}']")
        if step == 1:
            page.wait_for_timeout(500)  # let the entry transition finish
            screenshot(page, "practice-step-feedback")
            # Leave the run half-way and pick it up again from the practice page.
            run.refresh_from_db()
            assert run.status == SimulationRun.Status.IN_PROGRESS
            page.goto("/oefenen/")
            screenshot(page, "practice-unfinished")
            with page.expect_navigation():
                page.click("a:has-text('Verder spelen')")
            title = scenario.graph.get(run.current_key).title
            assert page.locator(f"text={title}").first.is_visible()
    page.wait_for_url("**/nabespreking/")
    assert "Ruud" in page.content() or page.locator("h1").inner_text()
    assert page.locator("meter").count() >= 3
    page.fill("textarea[name=reflection]", "Ik wil vaker samenvatten voordat ik doorga.")
    page.click("button:has-text('reflectie')")
    page.wait_for_load_state()
    screenshot(page, "practice-debrief")
    run = SimulationRun.objects.get(user=learner)
    assert run.status == SimulationRun.Status.COMPLETED
    assert run.expert_matches == run.position
    assert run.reflection.startswith("Ik wil vaker")


def test_run_a_companion_session_through_all_steps(
    browser_page, chromium, live_server, home, learner, other_learner
):
    seed_methods()
    page = browser_page
    browser_login(page, learner)
    page.goto("/oefenen/bijeenkomsten/nieuw/")
    page.fill("input[name=group_name]", "Wijkteam Oost")
    page.fill("input[name=date]", "2026-12-03")
    page.select_option("select[name=method]", label="Vijfstappenmethode")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    page.fill("input[name=email]", other_learner.email)
    page.click("button:has-text('Deelnemer toevoegen')")
    page.wait_for_load_state()
    assert "uitnodiging gestuurd" in page.content()
    assert other_learner.get_full_name() not in page.content()
    screenshot(page, "companion-invited")
    # The invited learner opens the link from the e-mail and accepts.
    token = CompanionSession.objects.get().participants.get(email=other_learner.email).token
    invited = chromium.new_context(locale="nl-NL", base_url=live_server.url)
    invited_page = invited.new_page()
    browser_login(invited_page, other_learner)
    invited_page.goto(f"/oefenen/bijeenkomsten/uitnodiging/{token}/")
    screenshot(invited_page, "companion-invitation")
    invited_page.click("main button:has-text('Accepteren')")
    invited_page.wait_for_load_state()
    invited.close()
    page.reload()
    page.fill("input[name=name]", "Piet (geen account)")
    page.click("button:has-text('Deelnemer toevoegen')")
    page.wait_for_load_state()
    page.select_option("select[name=case_bringer]", label=other_learner.display_name)
    page.select_option("select[name=timekeeper]", label="Piet (geen account)")
    page.click("button:has-text('Rollen opslaan')")
    page.wait_for_load_state()
    screenshot(page, "companion-prepare")
    page.click("button:has-text('Start de bijeenkomst')")
    page.wait_for_load_state()
    timer = page.locator("[data-step-timer]")
    assert "nog" in timer.inner_text()
    screenshot(page, "companion-step-1")
    page.fill("textarea[name=text]", "Groep stelt vooral gesloten vragen")
    page.click("button:has-text('Notitie toevoegen')")
    page.wait_for_load_state()
    for _ in range(4):
        page.click("button:has-text('Volgende stap')")
        page.wait_for_load_state()
    assert page.locator(".companion-step-name").inner_text() == "Evaluatie"
    screenshot(page, "companion-last-step")
    page.click("button:has-text('Sluit de bijeenkomst')")
    page.wait_for_load_state()
    screenshot(page, "companion-closed")
    session = CompanionSession.objects.get()
    assert session.status == CompanionSession.Status.CLOSED
    assert LogbookEntry.objects.filter(session=session).count() == 2
