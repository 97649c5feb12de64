"""Through a real Celery worker on Redis: each event's e-mail is sent once, even when its task
is delivered twice."""

import email
from email.header import decode_header, make_header

import pytest

from intervisor.notifications.models import Notification
from intervisor.notifications.tasks import send_notification_email
from tests.conftest import wait_for

from .events import APP_EMAILS_ITSELF, EVENTS

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def _subjects(worker) -> list[str]:
    return [
        " ".join(
            str(make_header(decode_header(email.message_from_string(text)["Subject"]))).split()
        )
        for text in worker.sent_mail()
    ]


def _finished(worker) -> int:
    return sum(
        1
        for line in worker.log().splitlines()
        if "send_notification_email[" in line and "succeeded" in line
    )


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.__name__)
def test_worker_sends_each_notification_once(event, world, celery_to_worker):
    before = _finished(celery_to_worker)
    kind, recipient = event(world)  # autocommit: signals and tasks go out as in production
    note = wait_for(
        lambda: Notification.objects.filter(kind=kind, recipient=recipient).first(),
        message="no notification stored",
    )
    if kind in APP_EMAILS_ITSELF:
        assert not note.email_wanted
        return
    wait_for(
        lambda: Notification.objects.get(pk=note.pk).emailed_at,
        message=f"worker did not send the mail:\n{celery_to_worker.log()}",
    )
    send_notification_email.delay(note.pk)  # a duplicate delivery
    wait_for(lambda: _finished(celery_to_worker) >= before + 2, message=celery_to_worker.log())
    assert _subjects(celery_to_worker).count(" ".join(note.title.split())) == 1
    assert Notification.objects.filter(kind=kind, recipient=recipient).count() == 1
