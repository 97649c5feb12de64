"""A Celery worker killed in the middle of sending an e-mail: after a new worker starts, the
task is delivered again (acks_late + reject_on_worker_lost; Redis hands an unacknowledged
task out again after the visibility timeout), completes, and sends exactly one e-mail."""

import re

import pytest

from courses.workshops.models import WorkshopEmail
from courses.workshops.tasks import send_booking_email
from tests.conftest import wait_for
from tests.factories.workshops import make_booking

from .conftest import VISIBILITY_TIMEOUT
from .support import BARRIER_BACKEND, worker_kill

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def test_mail_task_survives_a_killed_worker_and_sends_once(fault_queue, wdate, team_lead):
    blocked = fault_queue.start(
        "blocked",
        INTERVISOR_TEST_EMAIL_BACKEND=BARRIER_BACKEND,
        INTERVISOR_TEST_MAIL_BARRIER=str(fault_queue.barrier),
    )
    booking = make_booking(wdate, team_lead)  # queues the "request received" e-mail on commit
    email = WorkshopEmail.objects.get(booking=booking, kind=WorkshopEmail.Kind.REQUESTED)
    wait_for(fault_queue.entered, message=fault_queue.log("blocked"))

    task_id = re.search(r"send_booking_email\[([0-9a-f-]+)\] received", fault_queue.log("blocked"))
    worker_kill(blocked)
    assert WorkshopEmail.objects.get(pk=email.pk).sent_at is None
    assert fault_queue.sent() == []

    fault_queue.start("fresh", INTERVISOR_TEST_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT))
    wait_for(
        lambda: WorkshopEmail.objects.get(pk=email.pk).sent_at,
        timeout=60,
        message=f"the task was not delivered again:\n{fault_queue.log('fresh')}",
    )
    # The very message the killed worker held, not a new one.
    assert f"send_booking_email[{task_id.group(1)}] received" in fault_queue.log("fresh")
    # A duplicate delivery (a sweeper, a second redelivery) finds the row sent and does nothing.
    send_booking_email.delay(email.pk)
    wait_for(
        lambda: fault_queue.log("fresh").count("succeeded") >= 2,
        message=fault_queue.log("fresh"),
    )
    sent = [m for m in fault_queue.sent() if booking.reference in m]
    assert len(sent) == 1
    assert sent[0].count("Subject:") == 1
    assert len(fault_queue.entered()) == 1  # the blocked worker never got further
