import pytest

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
