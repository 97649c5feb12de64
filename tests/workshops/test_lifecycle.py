import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from icalendar import Calendar

from courses.workshops.exceptions import BookingError
from courses.workshops.models import WorkshopEmail, WorkshopParticipant
from courses.workshops.services import (
    booking_cancel,
    booking_complete,
    booking_confirm,
    booking_email_send,
    email_queue,
    follow_ups_queue,
    participants_add,
    reminders_queue,
)
from intervisor.accounts import roles
from intervisor.accounts.models import User
from tests.factories import make_user
from tests.factories.workshops import make_booking, make_date

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(func, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(**kwargs)

    return run


@pytest.fixture
def booking(wdate, team_lead, organisation):
    return make_booking(wdate, team_lead, organisation, participant_emails=("nieuw@example.test",))


def test_confirmation_mail_carries_a_calendar_file(booking, editor, run_on_commit, mailoutbox):
    run_on_commit(booking_confirm, booking=booking, by=editor)
    mail = next(m for m in mailoutbox if booking.reference in m.subject)
    assert mail.to == [booking.booked_by.email]
    ((name, content, mimetype),) = mail.attachments
    assert name.endswith(".ics") and mimetype == "text/calendar"
    content = content.encode() if isinstance(content, str) else content
    event = next(c for c in Calendar.from_ical(content).walk("VEVENT"))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert str(start.tzinfo) == "Europe/Amsterdam"
    assert (start.date(), start.hour) == (booking.workshop_date.date, 9)
    assert end - start == datetime.timedelta(hours=8)
    assert "Markt 1" in str(event["location"])
    assert str(event["organizer"]).startswith("mailto:")
    assert b"TZID=Europe/Amsterdam" in content and b"BEGIN:VTIMEZONE" in content


def test_confirming_invites_participants_with_a_new_passwordless_account(
    booking, editor, run_on_commit, mailoutbox
):
    run_on_commit(booking_confirm, booking=booking, by=editor)
    user = User.objects.get(email="nieuw@example.test")
    assert not user.has_usable_password()
    assert roles.user_has_role(user, roles.LEARNER)
    assert user.emailaddress_set.get().verified
    invite = next(m for m in mailoutbox if m.to == ["nieuw@example.test"])
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", invite.body)
    assert link, invite.body
    participant = WorkshopParticipant.objects.get(email="nieuw@example.test")
    assert participant.user == user and participant.invited_at


def test_the_invitation_link_lets_the_participant_choose_a_password(
    booking, editor, run_on_commit, mailoutbox, client
):
    run_on_commit(booking_confirm, booking=booking, by=editor)
    invite = next(m for m in mailoutbox if m.to == ["nieuw@example.test"])
    path = re.search(r"http://testserver(\S+)", invite.body.split("\n\n")[-1]).group(1)
    response = client.get(path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else path
    response = client.post(
        form_url,
        {"password1": "een-lang-nieuw-wachtwoord", "password2": "een-lang-nieuw-wachtwoord"},
    )
    assert response.status_code == 302
    assert User.objects.get(email="nieuw@example.test").check_password("een-lang-nieuw-wachtwoord")


def test_an_existing_account_is_reused_and_gets_no_reset_link(
    wdate, team_lead, editor, learner, run_on_commit, mailoutbox
):
    booking = make_booking(wdate, team_lead, participant_emails=(learner.email,))
    run_on_commit(booking_confirm, booking=booking, by=editor)
    invite = next(m for m in mailoutbox if m.to == [learner.email])
    assert "/accounts/login/" in invite.body and "reset" not in invite.body
    assert User.objects.filter(email=learner.email).count() == 1


def test_participants_added_after_confirmation_are_invited_at_once(
    booking, editor, run_on_commit, mailoutbox
):
    run_on_commit(booking_confirm, booking=booking, by=editor)
    mailoutbox.clear()
    run_on_commit(participants_add, booking=booking, emails=["later@example.test"])
    assert [m.to for m in mailoutbox] == [["later@example.test"]]


def test_more_named_participants_than_the_maximum_are_refused(booking):
    with pytest.raises(BookingError, match="At most 8"):
        participants_add(booking=booking, emails=[f"p{i}@example.test" for i in range(8)])
    assert booking.participants.count() == 1


def test_a_booking_is_confirmed_only_once(booking, editor):
    booking_confirm(booking=booking, by=editor)
    with pytest.raises(BookingError, match="Only a requested"):
        booking_confirm(booking=booking, by=editor)


def test_each_email_is_sent_once_even_when_queued_twice(booking, mailoutbox):
    first = email_queue(booking=booking, kind=WorkshopEmail.Kind.CONFIRMED)
    second = email_queue(booking=booking, kind=WorkshopEmail.Kind.CONFIRMED)
    assert first.pk == second.pk
    assert booking_email_send(email_id=first.pk) is True
    assert booking_email_send(email_id=first.pk) is False
    assert (
        len([m for m in mailoutbox if "confirmed" in m.subject.lower() or "bevestigd" in m.subject])
        == 1
    )


@pytest.mark.parametrize(
    ("days_ahead", "percentage", "fee"),
    [(40, 0, "0.00"), (20, 50, "600.00"), (3, 100, "1200.00")],
)
def test_cancelling_a_confirmed_booking_applies_the_tiers(
    workshop, trainer, team_lead, editor, days_ahead, percentage, fee
):
    booking = make_booking(make_date(workshop, trainer, days_ahead=days_ahead), team_lead)
    booking_confirm(booking=booking, by=editor)
    booking = booking_cancel(booking=booking, by=team_lead, reason="Reorganisatie")
    assert booking.status == "cancelled"
    assert (booking.cancellation_percentage, booking.cancellation_fee) == (percentage, Decimal(fee))
    assert booking.cancel_reason == "Reorganisatie"


def test_cancelling_a_request_is_free(workshop, trainer, team_lead):
    booking = make_booking(make_date(workshop, trainer, days_ahead=2), team_lead)
    booking = booking_cancel(booking=booking, by=team_lead, reason="Toch niet")
    assert booking.cancellation_fee == Decimal("0.00")


def test_the_provider_can_waive_the_fee(workshop, trainer, team_lead, editor):
    booking = make_booking(make_date(workshop, trainer, days_ahead=2), team_lead)
    booking_confirm(booking=booking, by=editor)
    booking = booking_cancel(booking=booking, by=editor, reason="Trainer ziek", waive_fee=True)
    assert booking.cancellation_fee == Decimal("0.00")


def test_a_completed_booking_cannot_be_cancelled(booking, editor):
    booking_confirm(booking=booking, by=editor)
    later = booking.workshop_date.date + datetime.timedelta(days=1)
    booking_complete(booking=booking, by=editor, today=later)
    with pytest.raises(BookingError, match="no longer"):
        booking_cancel(booking=booking, by=editor, reason="x")


def test_completing_before_the_day_is_refused(booking, editor):
    booking_confirm(booking=booking, by=editor)
    with pytest.raises(BookingError, match="on or after its day"):
        booking_complete(booking=booking, by=editor)


def test_reminder_goes_out_once_a_week_before(
    workshop, trainer, team_lead, editor, run_on_commit, mailoutbox
):
    booking = make_booking(make_date(workshop, trainer, days_ahead=30), team_lead)
    booking_confirm(booking=booking, by=editor)
    day = booking.workshop_date.date
    assert reminders_queue(today=day - datetime.timedelta(days=8)) == 0
    mailoutbox.clear()
    assert run_on_commit(reminders_queue, today=day - datetime.timedelta(days=7)) == 1
    assert run_on_commit(reminders_queue, today=day - datetime.timedelta(days=6)) == 0
    assert len(mailoutbox) == 1 and booking.reference not in mailoutbox[0].subject
    assert booking.emails.get(kind="reminder").sent_at


def test_no_reminder_for_a_booking_confirmed_within_the_week(workshop, trainer, team_lead, editor):
    booking = make_booking(make_date(workshop, trainer, days_ahead=5), team_lead)
    booking_confirm(booking=booking, by=editor)
    assert reminders_queue() == 0


def test_follow_up_the_day_after_completion(booking, editor, run_on_commit, mailoutbox):
    booking_confirm(booking=booking, by=editor)
    day = booking.workshop_date.date
    booking_complete(booking=booking, by=editor, today=day)
    assert follow_ups_queue(today=day) == 0
    mailoutbox.clear()
    assert run_on_commit(follow_ups_queue, today=day + datetime.timedelta(days=1)) == 1
    assert run_on_commit(follow_ups_queue, today=day + datetime.timedelta(days=2)) == 0
    assert len(mailoutbox) == 1


def test_no_password_travels_in_any_mail(booking, editor, run_on_commit, mailoutbox):
    run_on_commit(booking_confirm, booking=booking, by=editor)
    for mail in mailoutbox:
        assert "password:" not in mail.body.lower() and "wachtwoord:" not in mail.body.lower()


def test_timezone_of_stored_times(booking):
    assert timezone.is_aware(booking.created_at)


def test_make_user_helper_is_team_lead(team_lead):
    assert roles.user_has_role(team_lead, roles.TEAM_LEAD)
    assert not roles.user_has_role(make_user(), roles.TEAM_LEAD)


def test_privacy_export_and_erase(booking, editor, team_lead, run_on_commit):
    from intervisor.accounts.services import user_account_delete, user_data_export

    run_on_commit(booking_confirm, booking=booking, by=editor)
    participant_user = User.objects.get(email="nieuw@example.test")
    exported = user_data_export(user=team_lead)["workshops"]
    assert exported["bookings"][0]["reference"] == booking.reference
    assert user_data_export(user=participant_user)["workshops"]["participations"]
    user_account_delete(user=participant_user)
    assert not WorkshopParticipant.objects.filter(email="nieuw@example.test").exists()
    user_account_delete(user=team_lead)
    booking.refresh_from_db()  # the provider's record survives, without the person
    assert booking.organisation.members.count() == 0


def test_beat_runs_the_daily_tasks(settings):
    from intervisor.celery_app import app

    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {
        "courses.workshops.tasks.queue_workshop_reminders",
        "courses.workshops.tasks.queue_workshop_follow_ups",
    } <= tasks
    app.loader.import_default_modules()
    assert tasks <= set(app.tasks)
