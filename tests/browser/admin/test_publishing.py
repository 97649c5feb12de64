"""Publishing a course page later with the date picker, and closing it to anonymous visitors
with the privacy dialog: what an editor does in the status side panel of the edit page."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses.models import CoursePage
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.factories.courses import course_index, make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_side_panel_status(page) -> None:
    toggle = page.locator("[data-side-panel-toggle='status']").first
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def test_editor_schedules_a_course_with_the_date_picker(admin_page, home, provider, editor):
    index = course_index(provider)
    course = CoursePage(
        title="Later online", slug="later-online", summary="Komt in het voorjaar.", live=False
    )
    index.add_child(instance=course)
    course.save_revision()  # a draft, never published
    page = slow_machine(admin_page)
    staff_login(page, editor)
    page.goto(f"/admin/pages/{course.pk}/edit/")
    open_side_panel_status(page)
    shot(page, "schedule-side-panel")
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    dialog.locator("input[name=go_live_at]").click()

    # The picker opens on the current month; the editor goes one month on and picks the 15th,
    # then a time from the list.
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    picker.locator(".xdsoft_next").first.click()
    today = timezone.localdate()
    target = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=15)
    picker.locator(
        f"td.xdsoft_date[data-date='15'][data-month='{target.month - 1}']"
        f"[data-year='{target.year}']"
    ).click()
    shot(page, "schedule-date-picked")
    dialog.locator("h2, [id$='-title']").first.click()  # done: the picker closes
    value = dialog.locator("input[name=go_live_at]").input_value()
    assert value.startswith(target.isoformat()), value
    shot(page, "schedule-dialog-filled")
    dialog.locator("button.action-save").click()
    page.wait_for_load_state()
    assert not steps.form_errors(page), steps.form_errors(page)

    # Saved as a draft schedule; "Publish" now reads as scheduling, and publishes nothing yet.
    steps.footer_action(page, "action-publish")
    shot(page, "schedule-published-later")
    course.refresh_from_db()
    assert not course.live, steps.form_errors(page)
    revision = course.scheduled_revision
    assert revision is not None
    assert timezone.localtime(revision.approved_go_live_at).date() == target

    page.goto(f"/admin/pages/{index.pk}/")
    row = page.locator("tr", has_text="Later online")
    assert "gepland" in row.inner_text().lower(), row.inner_text()
    shot(page, "schedule-listing")


def test_editor_restricts_a_course_to_logged_in_users(
    admin_page, second_page, home, provider, editor
):
    course = make_course(provider, modules=1, lessons_per_module=1, slug="open-cursus")
    visitor = second_page
    visitor.goto(course.url)
    assert visitor.url.endswith(course.url), "the course is open before"

    page = slow_machine(admin_page)
    staff_login(page, editor)
    page.goto(f"/admin/pages/{course.pk}/edit/")
    open_side_panel_status(page)
    page.locator("[data-a11y-dialog-show='set-privacy']").first.click()
    dialog = page.locator("#set-privacy")
    dialog.locator("input[name=restriction_type][value=login]").check()
    shot(page, "privacy-dialog")
    dialog.locator("form [type=submit]").first.click()
    dialog.wait_for(state="hidden")
    shot(page, "privacy-set")
    assert PageViewRestriction.objects.filter(page=course, restriction_type="login").exists()

    # An anonymous visitor of the course, and of a lesson below it, is sent to the login.
    visitor.context.clear_cookies()
    for url in [course.url, course.get_descendants().live().last().url]:
        visitor.goto(url)
        assert "/accounts/login/" in visitor.url, visitor.url
    shot(visitor, "privacy-anonymous-login")
