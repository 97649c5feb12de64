"""Redis down for the xAPI endpoint and for certificate work: the rows are saved, the request
answers normally, and the sweepers queue what is left once Redis is back."""

import datetime
import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certification import services as certification
from certification.models import Certificate, LevelProgress
from courses.h5p.models import H5PAttempt, H5PContent, H5PStatement
from intervisor import queueing
from tests.factories.certification import started, three_level_path
from tests.factories.courses import enrol
from tests.factories.h5p import course_with_h5p, make_content, xapi

from .support import publishing_to
from .test_broker_down import CLOSED_PORT

pytestmark = pytest.mark.django_db(transaction=True)
ELEVEN_MINUTES_AGO = datetime.timedelta(minutes=11)


@pytest.fixture(autouse=True)
def h5p_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_xapi_statement_is_saved_when_the_broker_is_down(client, provider, admin_user, learner):
    """A scored answer needs no broker: it is recorded in the request."""
    content = make_content(provider=provider, user=admin_user)
    course, lesson, block_id = course_with_h5p(provider, content)
    enrol(learner, course)
    client.force_login(learner)
    url = reverse("h5p:xapi", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
    with publishing_to(broker_url=CLOSED_PORT):
        attempted = client.post(
            url, json.dumps(xapi(content, "attempted")), content_type="application/json"
        )
        assert attempted.status_code == 201
        answered = client.post(
            url, json.dumps(xapi(content, "answered", raw=2)), content_type="application/json"
        )
    assert answered.status_code == 201 and answered.json()["status"] == "recorded"
    assert H5PStatement.objects.filter(user=learner).count() == 2
    assert H5PAttempt.objects.get(user=learner).passed is True


def test_h5p_upload_with_the_broker_down_is_extracted_by_the_sweeper(provider, admin_user):
    with publishing_to(broker_url=CLOSED_PORT):
        content = make_content(provider=provider, user=admin_user)
    content.refresh_from_db()
    assert content.status == H5PContent.Status.PENDING
    H5PContent.objects.filter(pk=content.pk).update(created_at=timezone.now() - ELEVEN_MINUTES_AGO)
    assert queueing.sweep()["h5p-extraction"] == 1
    content.refresh_from_db()
    assert content.status == H5PContent.Status.READY
    assert queueing.sweep()["h5p-extraction"] == 0


def test_certificate_issue_and_delivery_are_swept_up_after_an_outage(learner, provider):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    with publishing_to(broker_url=CLOSED_PORT):
        LevelProgress.objects.filter(user=learner, level=aspirant).update(
            completed_at=timezone.now() - ELEVEN_MINUTES_AGO
        )
        certification.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    certificate = Certificate.objects.get(user=learner, level=aspirant)
    assert certificate.emailed_at is None  # delivery could not be queued
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - ELEVEN_MINUTES_AGO
    )
    counts = queueing.sweep()
    assert counts["certificates-delivery"] == 1
    assert counts["certificates-issue"] == 0  # the certificate exists: nothing to issue
    certificate.refresh_from_db()
    assert certificate.emailed_at is not None
    assert len([m for m in mail.outbox if certificate.number in m.subject]) == 1
    assert queueing.sweep()["certificates-delivery"] == 0


def test_completed_level_without_certificate_is_issued_by_the_sweeper(learner, provider):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(
        completed_at=timezone.now() - ELEVEN_MINUTES_AGO
    )
    assert queueing.sweep()["certificates-issue"] == 1
    assert Certificate.objects.filter(user=learner, level=aspirant).count() == 1
    assert queueing.sweep()["certificates-issue"] == 0
