"""The confirmation e-mail through a real Celery worker on Redis: queued twice, sent once."""

import pytest
from django.db import transaction

from courses.workshops.models import WorkshopEmail
from courses.workshops.services import email_queue
from courses.workshops.tasks import send_booking_email
from tests.conftest import wait_for
from tests.factories.workshops import make_booking

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def test_worker_sends_the_confirmation_once_even_if_queued_twice(
    celery_to_worker, wdate, team_lead
):
    booking = make_booking(wdate, team_lead)
    with transaction.atomic():
        email = email_queue(booking=booking, kind=WorkshopEmail.Kind.CONFIRMED)
        transaction.on_commit(lambda: send_booking_email.delay(email.pk))
    wait_for(
        lambda: WorkshopEmail.objects.get(pk=email.pk).sent_at,
        message=f"worker did not send the mail:\n{celery_to_worker.log()}",
    )
    # Two confirmation tasks plus the request-received one.
    wait_for(lambda: celery_to_worker.log().count("succeeded") >= 3, message=celery_to_worker.log())
    mails = [m for m in celery_to_worker.sent_mail() if booking.reference in m]
    confirmations = [m for m in mails if ".ics" in m]
    assert len(confirmations) == 1
    assert "BEGIN:VCALENDAR" in confirmations[0] or "text/calendar" in confirmations[0]
