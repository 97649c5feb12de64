import pytest

from courses.workshops.models import WorkshopBooking
from tests.conftest import browser_login, screenshot
from tests.factories.workshops import make_date, make_organisation, make_workshop_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_team_lead_books_a_date_from_the_workshop_page(browser_page, provider, trainer, team_lead):
    page = make_workshop_page(
        provider, title="Intervisie leren in 1 dag", body="<p>Rollen, spelregels en methodes.</p>"
    )
    make_date(page, trainer, days_ahead=30)
    chosen = make_date(page, trainer, days_ahead=44)
    make_organisation(team_lead, "Gemeente Zwolle")

    browser = browser_page
    browser_login(browser, team_lead)
    browser.goto(page.url)
    screenshot(browser, "workshop-page")
    browser.click(f"a[href$='?datum={chosen.pk}']")
    browser.wait_for_url("**/boeken/**")
    assert browser.locator(f"input[name=workshop_date][value='{chosen.pk}']").is_checked()
    browser.fill("textarea[name=invoice_address]", "Postbus 10007\n8000 GA Zwolle")
    browser.fill("textarea[name=location]", "Stadskantoor, Lübeckplein 2, Zwolle")
    browser.fill("input[name=distance_km]", "90")
    browser.fill("input[name=participant_count]", "7")
    browser.fill("textarea[name=participant_emails]", "anna@example.test\nbert@example.test")
    screenshot(browser, "workshop-booking-form")
    browser.click("form.booking-form button[type=submit]")
    browser.wait_for_url("**/workshops/boekingen/**")

    booking = WorkshopBooking.objects.get()
    assert booking.workshop_date == chosen and booking.participant_count == 7
    assert browser.locator("h1").inner_text() == page.title
    assert booking.reference in browser.locator("main").inner_text()
    assert "1.488,30" in browser.locator(".quote-total").inner_text()
    screenshot(browser, "workshop-booking-confirmation")

    # Back and submit again: the hidden key makes it the same booking.
    browser.go_back()
    browser.wait_for_load_state()
    if browser.locator("form.booking-form").count():
        browser.click("form.booking-form button[type=submit]")
        browser.wait_for_load_state()
    assert WorkshopBooking.objects.count() == 1
