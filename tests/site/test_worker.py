"""A real Celery worker on Redis runs the welcome e-mail task exactly once."""

import pytest
from django.db import transaction

from intervisor.accounts.models import User
from intervisor.accounts.tasks import send_welcome_email
from tests.conftest import wait_for
from tests.factories import make_user

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def test_worker_sends_welcome_mail_once_even_if_queued_twice(celery_to_worker):
    user = make_user(email="welkom@example.test")
    with transaction.atomic():
        transaction.on_commit(lambda: send_welcome_email.delay(user.pk))
        transaction.on_commit(lambda: send_welcome_email.delay(user.pk))
    wait_for(
        lambda: User.objects.get(pk=user.pk).welcome_sent_at,
        message=f"worker did not send the mail:\n{celery_to_worker.log()}",
    )
    wait_for(lambda: celery_to_worker.log().count("succeeded") >= 2, message=celery_to_worker.log())
    mails = [m for m in celery_to_worker.sent_mail() if "welkom@example.test" in m]
    assert len(mails) == 1
