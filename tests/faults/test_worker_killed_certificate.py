"""A worker killed while delivering a certificate (PDF rendered, e-mail in hand): a new worker
delivers it once; the certificate exists once with one number."""

import re

import pytest
from django.utils import timezone

from certification import services
from certification.models import Certificate, LevelProgress
from certification.tasks import certificate_deliver_task
from tests.conftest import wait_for
from tests.factories.certification import started, three_level_path

from .conftest import VISIBILITY_TIMEOUT
from .support import BARRIER_BACKEND, worker_kill

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def test_certificate_delivery_survives_a_killed_worker(fault_queue, learner, provider):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    blocked = fault_queue.start(
        "blocked",
        INTERVISOR_TEST_EMAIL_BACKEND=BARRIER_BACKEND,
        INTERVISOR_TEST_MAIL_BARRIER=str(fault_queue.barrier),
    )
    certificate = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    wait_for(fault_queue.entered, timeout=90, message=fault_queue.log("blocked"))
    task = re.search(
        r"certificate_deliver_task\[([0-9a-f-]+)\] received", fault_queue.log("blocked")
    )
    worker_kill(blocked)
    assert Certificate.objects.get(pk=certificate.pk).emailed_at is None

    fault_queue.start("fresh", INTERVISOR_TEST_VISIBILITY_TIMEOUT=str(VISIBILITY_TIMEOUT))
    wait_for(
        lambda: Certificate.objects.get(pk=certificate.pk).emailed_at,
        timeout=90,
        message=f"the delivery was not retried:\n{fault_queue.log('fresh')}",
    )
    assert f"certificate_deliver_task[{task.group(1)}] received" in fault_queue.log("fresh")
    certificate_deliver_task.delay(certificate.pk)  # a duplicate finds it delivered
    wait_for(
        lambda: fault_queue.log("fresh").count("succeeded") >= 2,
        message=fault_queue.log("fresh"),
    )
    assert Certificate.objects.filter(user=learner, level=aspirant).count() == 1
    sent = [m for m in fault_queue.sent() if certificate.number in m]
    assert len(sent) == 1
    assert Certificate.objects.get(pk=certificate.pk).pdf
