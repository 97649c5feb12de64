import datetime

import pytest
from django.urls import reverse

from courses.workshops.models import WorkshopBooking
from courses.workshops.services import attendance_record, booking_confirm
from courses.workshops.signals import workshop_attendance_recorded
from tests.factories.workshops import make_booking, make_date

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def held_booking(workshop, trainer, team_lead, editor):
    wdate = make_date(workshop, trainer, days_ahead=1)
    booking = make_booking(
        wdate, team_lead, participant_emails=("een@example.test", "twee@example.test")
    )
    booking_confirm(booking=booking, by=editor)
    # The day has come: move the date to today (booking a past date is refused, rightly).
    wdate.date = datetime.date.today()
    wdate.save()
    return WorkshopBooking.objects.get(pk=booking.pk)


@pytest.fixture
def received():
    calls = []

    def handler(sender, **kwargs):
        calls.append(kwargs)

    workshop_attendance_recorded.connect(handler, dispatch_uid="test-attendance")
    yield calls
    workshop_attendance_recorded.disconnect(dispatch_uid="test-attendance")


def test_trainer_records_attendance_and_certification_hears_after_commit(
    client, trainer, held_booking, received, django_capture_on_commit_callbacks
):
    one, two = held_booking.participants.order_by("email")
    client.force_login(trainer)
    url = reverse("workshops:attendance", args=[held_booking.pk])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(url, {f"p{one.pk}": "yes", f"p{two.pk}": "no"})
        assert received == []  # nothing before the commit
    assert response.status_code == 302
    for callback in callbacks:
        callback()
    by_user = {c["participant"].email: c["attended"] for c in received}
    assert by_user == {"een@example.test": True, "twee@example.test": False}
    assert all(c["booking"].pk == held_booking.pk for c in received)
    one.refresh_from_db()
    assert one.attended is True and one.user is not None


def test_another_trainer_cannot_record(client, other_trainer, held_booking, received):
    client.force_login(other_trainer)
    participant = held_booking.participants.first()
    url = reverse("workshops:attendance", args=[held_booking.pk])
    assert client.post(url, {f"p{participant.pk}": "yes"}).status_code == 403
    participant.refresh_from_db()
    assert participant.attended is None and received == []


def test_the_team_lead_cannot_record(client, team_lead, held_booking):
    client.force_login(team_lead)
    assert client.get(reverse("workshops:attendance", args=[held_booking.pk])).status_code == 403


def test_attendance_before_the_day_is_refused(wdate, team_lead, editor, trainer):
    from courses.workshops.exceptions import BookingError

    booking = make_booking(wdate, team_lead, participant_emails=("x@example.test",))
    booking_confirm(booking=booking, by=editor)
    pid = booking.participants.get().pk
    with pytest.raises(BookingError, match="from the day"):
        attendance_record(booking=booking, by=trainer, attendance={pid: True})


def test_every_participant_needs_an_answer(client, trainer, held_booking):
    client.force_login(trainer)
    one = held_booking.participants.first()
    url = reverse("workshops:attendance", args=[held_booking.pk])
    response = client.post(url, {f"p{one.pk}": "yes"})
    assert response.status_code == 200
    one.refresh_from_db()
    assert one.attended is None
