"""Workshops in the admin: the provider's editor adds a trainer date with the date picker,
confirms the booking a team lead made for it, and the team lead sees it confirmed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.workshops.models import WorkshopBooking, WorkshopDate
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.conftest import browser_login
from tests.factories.workshops import make_booking, make_workshop_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pick_day_next_month(page, input_selector: str, day: int) -> datetime.date:
    """Wagtail's date picker: open it from the field, one month on, click the day."""
    page.locator(input_selector).click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    picker.locator(".xdsoft_next").first.click()
    target = (timezone.localdate().replace(day=1) + datetime.timedelta(days=32)).replace(day=day)
    picker.locator(
        f"td.xdsoft_date[data-date='{day}'][data-month='{target.month - 1}']"
        f"[data-year='{target.year}']"
    ).click()
    return target


def test_editor_adds_a_date_and_confirms_the_booking(
    admin_page, second_page, home, provider, editor, trainer, team_lead
):
    workshop = make_workshop_page(provider, title="Intervisie leren in 1 dag")
    page = slow_machine(admin_page)
    staff_login(page, editor)

    page.goto(reverse("workshopdate:index"))
    page.locator(f"a[href$='{reverse('workshopdate:add')}']").first.click()
    page.wait_for_load_state()
    page.select_option("#id_page", str(workshop.pk))
    page.select_option("#id_trainer", str(trainer.pk))
    day = pick_day_next_month(page, "#id_date", 20)
    assert page.input_value("#id_date") == day.isoformat()
    shot(page, "workshop-date-form")
    page.locator("footer button[type=submit], form button.action-save").first.click()
    page.wait_for_load_state()
    shot(page, "workshop-dates-listed")
    wdate = WorkshopDate.objects.filter(page=workshop, date=day).first()
    assert wdate is not None and wdate.trainer == trainer, steps.form_errors(page)

    # The team lead asks for that date (through the site; its form has its own test).
    booking = make_booking(wdate, team_lead)
    assert booking.status == WorkshopBooking.Status.REQUESTED

    page.goto(reverse("workshopbooking:index"))
    shot(page, "workshop-bookings")
    inspect = reverse("workshopbooking:inspect", args=[booking.pk])
    page.locator(f"a[href$='{inspect}']").first.click()
    page.wait_for_load_state()
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    page.locator(f"a[href$='{reverse('workshopbooking:confirm', args=[booking.pk])}']").click()
    page.wait_for_load_state()
    shot(page, "workshop-confirm")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    steps.expect_message(page, "bevestigd")
    shot(page, "workshop-confirmed")
    booking.refresh_from_db()
    assert booking.status == WorkshopBooking.Status.CONFIRMED

    lead = second_page
    browser_login(lead, team_lead)
    lead.goto(reverse("workshops:booking_detail", args=[booking.pk]))
    status = lead.locator("main .badge").first.inner_text()
    shot(lead, "workshop-booking-confirmed-for-team-lead")
    assert status == "Bevestigd", status
