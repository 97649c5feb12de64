"""Redis down: the booking is saved and the request answers normally; the e-mail goes out
later, once, when the sweeper queues it again."""

import datetime
import logging

import pytest
from django.core import mail
from django.utils import timezone

from courses.workshops.models import WorkshopBooking, WorkshopEmail
from intervisor import queueing
from tests.workshops.test_views import book_url, form_data

from .support import publishing_to

CLOSED_PORT = "redis://127.0.0.1:6390/0"

pytestmark = pytest.mark.django_db(transaction=True)


def _age_unsent_rows():
    WorkshopEmail.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=11))


def test_booking_is_saved_when_the_broker_is_down(client, wdate, team_lead, caplog):
    client.force_login(team_lead)
    with (
        caplog.at_level(logging.WARNING, logger="intervisor.queueing"),
        publishing_to(broker_url=CLOSED_PORT),
    ):
        response = client.post(book_url(wdate), form_data(wdate))

    assert response.status_code == 302
    booking = WorkshopBooking.objects.get()
    assert booking.participants.count() == 2
    email = booking.emails.get(kind=WorkshopEmail.Kind.REQUESTED)
    assert email.sent_at is None
    assert mail.outbox == []
    assert "send_booking_email" in caplog.text
    assert team_lead.email not in caplog.text
    assert "@" not in caplog.text


def test_sweeper_sends_what_the_outage_left_behind_exactly_once(client, wdate, team_lead):
    client.force_login(team_lead)
    with publishing_to(broker_url=CLOSED_PORT):
        client.post(book_url(wdate), form_data(wdate))
    email = WorkshopEmail.objects.get()

    # Too young: a task may still be on its way; the sweeper leaves it alone.
    assert queueing.sweep()["workshops-emails"] == 0
    _age_unsent_rows()
    # Broker back (eager in tests): the beat sweep queues it, a second sweep finds nothing.
    assert queueing.sweep()["workshops-emails"] == 1
    assert queueing.sweep()["workshops-emails"] == 0

    email.refresh_from_db()
    assert email.sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [team_lead.email]


def test_sweeper_skips_while_the_broker_is_still_down(client, wdate, team_lead):
    client.force_login(team_lead)
    with publishing_to(broker_url=CLOSED_PORT):
        client.post(book_url(wdate), form_data(wdate))
        _age_unsent_rows()
        assert queueing.sweep()["workshops-emails"] == 0
    assert WorkshopEmail.objects.get().sent_at is None


def test_uninvited_participants_of_a_confirmed_booking_are_invited_by_the_sweeper(
    wdate, team_lead, trainer
):
    from courses.workshops.services import booking_confirm
    from tests.factories.workshops import make_booking

    booking = make_booking(wdate, team_lead, participant_emails=["p1@example.test"])
    with publishing_to(broker_url=CLOSED_PORT):
        booking_confirm(booking=booking, by=trainer)
    participant = booking.participants.get()
    assert participant.invited_at is None

    WorkshopBooking.objects.filter(pk=booking.pk).update(
        confirmed_at=timezone.now() - datetime.timedelta(minutes=11)
    )
    assert queueing.sweep()["workshops-invites"] == 1
    participant.refresh_from_db()
    assert participant.invited_at is not None
    assert [m.to for m in mail.outbox if "p1@example.test" in m.to] == [["p1@example.test"]]
