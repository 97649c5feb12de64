"""A real Celery worker on Redis and PostgreSQL: one certificate, one mail."""

import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from certification import services
from certification.models import Certificate, LevelProgress
from certification.tasks import certificate_issue_task
from tests.conftest import wait_for
from tests.factories import make_user
from tests.factories.certification import started, three_level_path

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def _completed_learner(provider, email):
    learner = make_user(email=email, first_name="Wendy", last_name="Werker")
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    return learner, aspirant


def _mails_to(worker, email):
    return [m for m in worker.sent_mail() if f"To: {email}" in m]


def _wait_delivered(worker, learner, level):
    wait_for(
        lambda: Certificate.objects.filter(
            user=learner, level=level, emailed_at__isnull=False
        ).exists(),
        timeout=60,
        message=f"no certificate delivered:\n{worker.log()}",
    )


def test_two_issue_tasks_queued_at_once_give_one_certificate_and_one_mail(
    celery_to_worker, provider
):
    learner, aspirant = _completed_learner(provider, "twee-taken@example.test")
    with transaction.atomic():
        transaction.on_commit(lambda: certificate_issue_task.delay(learner.pk, aspirant.pk))
        transaction.on_commit(lambda: certificate_issue_task.delay(learner.pk, aspirant.pk))
    _wait_delivered(celery_to_worker, learner, aspirant)
    # Both issue tasks and the one delivery task have run.
    wait_for(
        lambda: celery_to_worker.log().count("certificate_issue_task") >= 4,
        message=celery_to_worker.log(),
    )
    assert Certificate.objects.filter(user=learner).count() == 1
    mails = _mails_to(celery_to_worker, "twee-taken@example.test")
    assert len(mails) == 1
    certificate = Certificate.objects.get(user=learner)
    assert certificate.number in mails[0]
    assert certificate.pdf.name.startswith("certificates/")
    assert certificate.number not in certificate.pdf.name
    assert certificate.pdf_rendered_at is not None  # the file lives in the worker's private root


def test_two_threads_issuing_at_once_give_one_certificate_and_one_mail(celery_to_worker, provider):
    learner, aspirant = _completed_learner(provider, "twee-draden@example.test")
    barrier = threading.Barrier(2)
    results = []

    def issue():
        try:
            barrier.wait()
            results.append(services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=issue) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len([r for r in results if r is not None]) == 1
    _wait_delivered(celery_to_worker, learner, aspirant)
    wait_for(
        lambda: "certificate_deliver_task" in celery_to_worker.log(),
        message=celery_to_worker.log(),
    )
    assert Certificate.objects.filter(user=learner).count() == 1
    assert len(_mails_to(celery_to_worker, "twee-draden@example.test")) == 1
