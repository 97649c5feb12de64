from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage
from PIL import Image

from intervisor.accounts.models import User
from intervisor.notifications import kinds
from intervisor.notifications.services import notify
from tests.browser.admin.conftest import guarded
from tests.conftest import browser_login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_and_login_in_chromium(browser_page, home, learner):
    page = browser_page
    page.goto("/")
    assert page.locator("h1").inner_text()
    assert page.get_attribute("html", "lang") == "nl"
    screenshot(page, "home")

    page.click("text=Inloggen")
    page.wait_for_url("**/accounts/login/**")
    assert page.locator("input[name=login]").is_visible()
    screenshot(page, "login")

    browser_login(page, learner)
    assert page.locator(".account-link").inner_text() == learner.display_name


def test_language_switch_in_chromium(browser_page, home):
    page = browser_page
    page.goto("/")
    page.click("button[value=en]")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("text=Log in").first.is_visible()


# --- Each role's own pages: home, inbox and profile, without a console error ---------------

ROLE_HOMES = {
    "learner": "/mijn-leren/",
    "trainer": "/trainer/",
    "team_lead": "/workshops/mijn-boekingen/",
}


def _photo(tmp_path) -> Path:
    path = tmp_path / "foto.png"
    Image.new("RGB", (400, 300), (30, 120, 110)).save(path)
    return path


def _visit(page, path: str, name: str):
    response = page.goto(path)
    assert response.status < 400, f"{path}: {response.status}"
    assert page.locator("h1").first.inner_text()
    screenshot(page, name)


@pytest.mark.parametrize("role", ROLE_HOMES)
def test_each_role_opens_home_inbox_and_profile(
    browser_page, home, role, request, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        User._meta.get_field("photo"), "storage", FileSystemStorage(location=tmp_path / "p")
    )
    user = request.getfixturevalue(role)
    notify(recipient=user, kind=kinds.INTAKE_CONFIRMED, title="Je intake is bevestigd", email=False)
    page = guarded(browser_page)
    browser_login(page, user)

    _visit(page, "/", f"role-{role}-start")
    _visit(page, ROLE_HOMES[role], f"role-{role}-home")

    page.click(".inbox-link")
    page.wait_for_url("**/account/meldingen/")
    assert page.locator(".count-badge").first.inner_text().startswith("1")
    assert page.locator("text=Je intake is bevestigd").is_visible()
    screenshot(page, f"role-{role}-inbox")

    page.click(".account-link")
    page.wait_for_url("**/account/")
    page.set_input_files("input[name=photo]", str(_photo(tmp_path)))
    page.click("text=Foto uploaden")
    page.wait_for_load_state()
    assert page.locator(".messages >> text=Je foto is opgeslagen.").is_visible()
    avatar = page.locator(".account-link img.avatar")
    assert avatar.evaluate("img => img.complete && img.naturalWidth > 0")
    screenshot(page, f"role-{role}-profile")

    page.fill("input[name=first_name]", "Robin")
    page.select_option("select[name=language]", "en")
    page.click("#profile-title ~ form button[type=submit]")
    page.wait_for_url("**/en/account/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator(".account-link").inner_text().strip().startswith("Robin")
    screenshot(page, f"role-{role}-profile-en")

    errors = page.console_guard.errors
    assert not errors, "\n".join(errors)


def test_password_reset_and_confirmation_pages_offer_a_way_onward(browser_page, home, learner):
    page = guarded(browser_page)
    page.goto("/accounts/password/reset/")
    page.fill("input[name=email]", learner.email)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/accounts/password/reset/done/")
    screenshot(page, "password-reset-done")
    page.click("text=Terug naar inloggen")
    page.wait_for_url("**/accounts/login/")

    page.goto("/accounts/password/reset/key/done/")
    assert page.locator("main a.button", has_text="Inloggen").is_visible()
    screenshot(page, "password-reset-key-done")

    page.goto("/accounts/confirm-email/")
    page.fill("#id_resend_email", "nieuw@example.test")
    page.click("text=Stuur de bevestigingsmail opnieuw")
    page.wait_for_load_state()
    assert page.locator(".messages").is_visible()
    screenshot(page, "verification-sent")
    errors = page.console_guard.errors
    assert not errors, "\n".join(errors)
