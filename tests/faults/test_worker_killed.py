"""A Celery worker killed in the middle of sending an e-mail: after a new worker starts, the
task is delivered again (acks_late + reject_on_worker_lost; Redis hands an unacknowledged
task out again after the visibility timeout), completes, and sends exactly one e-mail."""

import os
import re
import uuid

import pytest

from courses.workshops.models import WorkshopEmail
from courses.workshops.tasks import send_booking_email
from tests.conftest import _services_missing, skip_or_fail, wait_for
from tests.factories.workshops import make_booking

from .support import (
    BARRIER_BACKEND,
    publishing_to,
    worker_kill,
    worker_start,
    worker_stop,
)

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

VISIBILITY_TIMEOUT = 3


@pytest.fixture
def fault_queue(tmp_path):
    """A queue, a mail folder and a barrier folder for workers started by this test alone."""
    missing = _services_missing()
    if missing:
        skip_or_fail(missing)
    paths = {name: tmp_path / name for name in ("mail", "barrier", "logs")}
    for path in paths.values():
        path.mkdir()
    started = []

    class Faults:
        queue = f"intervisor-fault-{uuid.uuid4().hex[:10]}"
        mail = paths["mail"]
        barrier = paths["barrier"]

        def start(self, name: str, **env):
            process = worker_start(
                queue=self.queue, mail_dir=self.mail, log_path=paths["logs"] / name, env=env
            )
            started.append(process)
            return process

        def log(self, name: str) -> str:
            return (paths["logs"] / name).read_text()

        def entered(self) -> list:
            return list(self.barrier.glob("entered-*"))

        def sent(self) -> list[str]:
            return [p.read_text() for p in self.mail.glob("*.log")]

    with publishing_to(broker_url=os.environ["CELERY_BROKER_URL"], queue=Faults.queue):
        yield Faults()
    for process in started:
        worker_stop(process)


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
