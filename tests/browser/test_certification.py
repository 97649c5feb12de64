import json

import pytest
from django.utils import timezone

from certification import services
from certification.models import Evidence, LevelProgress
from tests.conftest import browser_login, screenshot
from tests.factories.certification import add_evidence, passed_runs, started, three_level_path

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_verification_page_in_chromium(browser_page, home, provider, learner, trainer):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    certificate = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    page = browser_page

    page.goto("/certificering/")
    page.fill("input[name=number]", certificate.number.lower())
    page.click("form.cert-lookup button[type=submit]")
    page.wait_for_url(f"**/certificaat/{certificate.number}/")
    assert page.locator(".cert-status-valid").inner_text() == "Geldig"
    assert page.locator("h1").inner_text() == learner.get_full_name()
    assert page.locator(".cert-verify-foot img").evaluate("img => img.naturalWidth") > 0
    screenshot(page, "certification-verify-valid")

    services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="Test")
    page.reload()
    assert page.locator(".cert-status-revoked").is_visible()
    screenshot(page, "certification-verify-revoked")

    page.goto("/certificaat/IV-2026-999999/")
    assert "IV-2026-999999" in page.locator("main").inner_text()
    screenshot(page, "certification-verify-unknown")


def test_learner_path_page_in_chromium(browser_page, home, provider, learner, trainer):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    add_evidence(learner, Evidence.Kind.COURSE_COMPLETED, title="Intervisie begeleiden: de basis")
    passed_runs(learner, 2)
    services.user_progress_refresh(user=learner)
    page = browser_page
    browser_login(page, learner)
    page.goto(f"/certificering/traject/{path.pk}/")
    assert page.locator("svg.cert-chart-svg rect.seg-met").count() >= 1
    assert page.locator(".cert-requirement.state-met").count() == 1
    assert page.locator(".cert-requirement.state-in_progress").count() == 1
    screenshot(page, "certification-path")

    page.click("text=Intake en leerdoelen")
    page.fill("textarea[name=text]", "Niet meer zo snel adviseren.")
    page.click("button[name=add_goal]")
    assert page.locator(".quality-missing").count() == 5
    screenshot(page, "certification-intake-goal-check")


def test_check_page_verifies_the_signature_and_refuses_an_altered_credential(
    browser_page, home, provider, learner
):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    certificate = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    page = browser_page

    page.goto(f"/certificaat/{certificate.number}/")
    assert page.locator(".cert-credential-valid").is_visible()
    assert "De handtekening klopt" in page.locator(".cert-credential-checks").inner_text()
    assert page.locator("a[href^='https://www.linkedin.com/profile/add?']").is_visible()
    screenshot(page, "certification-verify-signed")

    credential = page.request.get(f"/certificaat/{certificate.number}/badge.json").json()
    credential["credentialSubject"]["name"] = "Iemand Anders"
    page.fill("textarea[name=credential]", json.dumps(credential))
    page.click("form.cert-check button[type=submit]")
    page.wait_for_url("**/certificering/controleren/")
    verdict = page.locator(".cert-credential-verdict").inner_text()
    assert verdict.startswith("Niet geldig: de handtekening past niet bij de inhoud")
    screenshot(page, "certification-check-altered")

    page.fill("textarea[name=credential]", "{kapot")
    page.click("form.cert-check button[type=submit]")
    assert "Dat is geen geldige JSON" in page.locator("form.cert-check").inner_text()
    screenshot(page, "certification-check-bad-json")
