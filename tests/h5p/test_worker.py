"""Scored H5P answers recorded by a real Celery worker on Redis and PostgreSQL, with the cache
shared between the requests and the worker as in production."""

import json
import time

import pytest
from django.urls import reverse

from courses.h5p.models import H5PAttempt, H5PStatement
from courses.models import BlockResult
from tests.conftest import wait_for
from tests.factories.courses import enrol
from tests.factories.h5p import course_with_h5p, make_content, xapi

pytestmark = [
    pytest.mark.celery_worker,
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]


def _send(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def _content_extracted_here(provider, user):
    """The package goes to this test's media folder, which the worker does not see: extract
    it in this process."""
    from intervisor.celery_app import app

    app.conf.task_always_eager = True
    try:
        return make_content(provider=provider, user=user)
    finally:
        app.conf.task_always_eager = False


def test_answers_in_a_row_are_each_recorded_once_in_order(
    shared_cache, client, provider, admin_user, learner
):
    content = _content_extracted_here(provider, admin_user)
    course, lesson, block_id = course_with_h5p(provider, content, policy="last", threshold=50)
    enrol(learner, course)
    client.force_login(learner)
    url = reverse("h5p:xapi", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
    checks = []
    # 0.4 s apart: answers join the run queued by an earlier one, or queue the next when that
    # run starts too soon after them.
    for raw in (2, 0, 1, 2, 1):
        assert _send(client, url, xapi(content, "attempted")).status_code == 201
        answered = _send(client, url, xapi(content, "answered", raw=raw))
        assert answered.status_code == 202
        checks.append(answered.json()["check_url"])
        time.sleep(0.4)

    def all_told():
        outcomes = [client.get(check).json() for check in checks]
        return outcomes if all(o["status"] != "queued" for o in outcomes) else None

    outcomes = wait_for(all_told, timeout=60, message="answers still queued")
    assert [o["status"] for o in outcomes] == ["recorded"] * 5
    assert [o["passed"] for o in outcomes] == [True, False, True, True, True]
    result = BlockResult.objects.get(enrollment__user=learner)
    assert (result.score, result.attempts) == (1.0, 5)  # policy "last": the last answer
    assert list(result.attempt_log.order_by("pk").values_list("score", flat=True)) == [
        2.0,
        0.0,
        1.0,
        2.0,
        1.0,
    ]
    assert list(H5PAttempt.objects.order_by("number").values_list("score_raw", flat=True)) == [
        2.0,
        0.0,
        1.0,
        2.0,
        1.0,
    ]
    assert not H5PStatement.objects.filter(score_status=H5PStatement.ScoreStatus.PENDING)
    runs = shared_cache.log().count("h5p.pending_scores_record") // 2  # received + succeeded
    assert 2 <= runs <= 5
