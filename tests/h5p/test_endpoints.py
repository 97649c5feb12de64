"""xAPI and state endpoints of a lesson's H5P block: only enrolled learners, nothing trusted."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.h5p.models import H5PAttempt, H5PStatement, H5PUserState
from courses.h5p.privacy import erase_h5p
from courses.models import BlockResult, LessonProgress
from tests.factories.courses import enrol
from tests.factories.h5p import (
    course_with_h5p,
    make_content,
    place_in_lesson,
    scored_outcome,
    xapi,
)


@pytest.fixture
def content(provider, admin_user):
    return make_content(provider=provider, user=admin_user)  # IntervisorCheck, max score 2


@pytest.fixture
def setup(content, provider, learner):
    course, lesson, block_id = course_with_h5p(provider, content)
    enrol(learner, course)
    return course, lesson, block_id


def _post(client, lesson, block_id, payload, name="xapi"):
    url = reverse(f"h5p:{name}", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
    return client.post(url, json.dumps(payload), content_type="application/json")


def _progress(learner, lesson):
    return (
        list(BlockResult.objects.filter(enrollment__user=learner).values_list("score", "passed")),
        LessonProgress.objects.filter(
            enrollment__user=learner, lesson=lesson, completed_at__isnull=False
        ).count(),
    )


@pytest.mark.django_db
class TestStatements:
    def test_scored_answer_is_recorded_in_the_request(self, client, learner, setup, content):
        """A later try, the usual case: the answer, its attempt's score, the block's result and
        the course progress in one transaction, and the player is told at once."""
        _course, lesson, block_id = setup
        client.force_login(learner)
        _post(client, lesson, block_id, xapi(content, "attempted"))
        _post(client, lesson, block_id, xapi(content, "answered", raw=2))  # completes, at once
        _post(client, lesson, block_id, xapi(content, "attempted"))
        with CaptureQueriesContext(connection) as request:
            response = _post(client, lesson, block_id, xapi(content, "answered", raw=1))
        assert response.status_code == 201
        assert len(request.captured_queries) <= 20
        outcome = response.json()
        assert outcome["status"] == "recorded"
        assert (outcome["score"], outcome["max_score"], outcome["passed"]) == (1, 2, False)
        assert outcome["result"] == {"score": 2, "max_score": 2, "passed": True}  # the best
        assert outcome["progress"] == {"done": 1, "total": 2, "percent": 50}
        assert outcome["lesson_completed"] is True  # by the first answer
        assert _progress(learner, lesson) == ([(2.0, True)], 1)
        assert H5PAttempt.objects.get(number=2).passed is False
        assert BlockResult.objects.get().attempts == 2
        answered = H5PStatement.objects.filter(verb="answered")
        assert set(answered.values_list("score_status", flat=True)) == {"recorded"}

    def test_answers_are_recorded_each_once_in_the_order_sent(
        self, client, learner, content, provider
    ):
        course, lesson, block_id = course_with_h5p(provider, content, policy="last", threshold=50)
        enrol(learner, course)
        client.force_login(learner)
        for raw in (2, 0, 1):
            _post(client, lesson, block_id, xapi(content, "attempted"))
            _post(client, lesson, block_id, xapi(content, "answered", raw=raw))
        result = BlockResult.objects.get(enrollment__user=learner)
        assert (result.score, result.attempts) == (1.0, 3)
        assert list(result.attempt_log.values_list("score", flat=True)) == [2.0, 0.0, 1.0]
        assert list(H5PAttempt.objects.filter(user=learner).values_list("number", "score_raw")) == [
            (1, 2.0),
            (2, 0.0),
            (3, 1.0),
        ]

    def test_a_score_in_a_lesson_unpublished_since_is_refused_and_the_player_is_told(
        self, client, learner, setup, content
    ):
        """The placement and the access check are cached for a minute; recording the score
        checks the lesson again, keeps the answer and tells the player why it did not count."""
        from courses.models import LessonPage

        _course, lesson, block_id = setup
        client.force_login(learner)
        assert _post(client, lesson, block_id, xapi(content, "attempted")).status_code == 201
        LessonPage.objects.get(pk=lesson.pk).unpublish()
        outcome = scored_outcome(_post(client, lesson, block_id, xapi(content, "answered", raw=2)))
        assert outcome["status"] == "refused"
        assert "no longer" in outcome["error"] or "niet meer" in outcome["error"]
        assert not BlockResult.objects.exists()
        assert H5PAttempt.objects.get(user=learner).score_raw is None
        answered = H5PStatement.objects.get(verb="answered")
        assert answered.score_status == H5PStatement.ScoreStatus.REFUSED

    def test_full_attempt_is_stored_and_completes_the_lesson(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        assert _post(client, lesson, block_id, xapi(content, "attempted")).status_code == 201
        response = _post(client, lesson, block_id, xapi(content, "answered", raw=2))
        body = scored_outcome(response)
        assert body["status"] == "recorded"
        assert body["passed"] is True
        assert body["progress"] == {"done": 1, "total": 2, "percent": 50}
        _post(client, lesson, block_id, xapi(content, "completed", raw=2))
        stored = H5PStatement.objects.filter(user=learner)
        assert [s.verb for s in stored] == ["attempted", "answered", "completed"]
        assert [s.score_status for s in stored] == ["", "recorded", "recorded"]
        assert all(s.statement["actor"]["account"]["name"] == str(learner.pk) for s in stored)
        assert "forged" not in json.dumps([s.statement for s in stored])
        attempt = H5PAttempt.objects.get(user=learner)
        assert (attempt.number, attempt.score_raw, attempt.score_max, attempt.passed) == (
            1,
            2,
            2,
            True,
        )
        assert attempt.finished_at is not None
        assert _progress(learner, lesson) == ([(2.0, True)], 1)

    def test_every_attempt_is_kept(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        for raw in (1, 2):
            _post(client, lesson, block_id, xapi(content, "attempted"))
            _post(client, lesson, block_id, xapi(content, "answered", raw=raw))
        assert list(
            H5PAttempt.objects.filter(user=learner).values_list("number", "score_raw", "passed")
        ) == [(1, 1.0, False), (2, 2.0, True)]

    @pytest.mark.parametrize(("policy", "expected"), [("best", 2.0), ("last", 0.0)])
    def test_score_policy_of_the_block(self, client, learner, content, provider, policy, expected):
        course, lesson, block_id = course_with_h5p(provider, content, policy=policy, threshold=50)
        enrol(learner, course)
        client.force_login(learner)
        for raw in (2, 0):
            _post(client, lesson, block_id, xapi(content, "attempted"))
            _post(client, lesson, block_id, xapi(content, "answered", raw=raw))
        assert BlockResult.objects.get(enrollment__user=learner).score == expected

    def test_below_threshold_does_not_complete(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        response = _post(client, lesson, block_id, xapi(content, "answered", raw=1))
        outcome = scored_outcome(response)
        assert (outcome["passed"], outcome["lesson_completed"]) == (False, False)
        assert _progress(learner, lesson) == ([(1.0, False)], 0)

    @pytest.mark.parametrize(
        ("payload_kind", "status", "message"),
        [
            ("above-max", 400, "is impossible"),
            ("other-max", 400, "differs from the content's maximum"),
            ("other-content", 400, "not about the content of this block"),
            ("bad-verb", 400, "is not accepted"),
            ("not-json", 400, "not valid JSON"),
            ("no-statement", 400, "not a JSON object"),
        ],
    )
    def test_forged_statement_is_refused_logged_and_changes_nothing(
        self, client, learner, setup, content, caplog, payload_kind, status, message
    ):
        _course, lesson, block_id = setup
        client.force_login(learner)
        payloads = {
            "above-max": xapi(content, raw=3, maximum=2),
            "other-max": xapi(content, raw=10, maximum=10),
            "other-content": xapi(content, raw=2, object_id="http://testserver/h5p/inhoud/999"),
            "bad-verb": xapi(content, "mastered", raw=2),
            "no-statement": {"statement": "answered 2/2"},
        }
        url = reverse("h5p:xapi", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
        if payload_kind == "not-json":
            response = client.post(url, "{oops", content_type="application/json")
        else:
            response = _post(client, lesson, block_id, payloads[payload_kind])
        assert response.status_code == status
        assert message in response.json()["error"]
        assert "H5P request refused" in caplog.text
        assert not H5PStatement.objects.exists()
        assert _progress(learner, lesson) == ([], 0)

    def test_not_enrolled_learner_is_refused(self, client, other_learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(other_learner)
        response = _post(client, lesson, block_id, xapi(content, raw=2))
        assert response.status_code == 403
        assert "not enrolled" in response.json()["error"]
        assert not H5PStatement.objects.exists()
        assert not H5PAttempt.objects.exists()

    def test_anonymous_is_refused(self, client, setup, content):
        _course, lesson, block_id = setup
        assert _post(client, lesson, block_id, xapi(content, raw=2)).status_code == 401

    def test_unknown_block_or_lesson_is_refused(self, client, learner, setup, content):
        _course, lesson, _block_id = setup
        client.force_login(learner)
        assert _post(client, lesson, "not-a-block", xapi(content, raw=2)).status_code == 404

    def test_content_of_another_provider_does_not_play(
        self, client, learner, provider, other_provider, admin_user
    ):
        foreign = make_content(provider=other_provider, user=admin_user)
        own = make_content(provider=provider, user=admin_user)
        course, lesson, block_id = course_with_h5p(provider, own)
        foreign_block = place_in_lesson(lesson, foreign)
        enrol(learner, course)
        client.force_login(learner)
        assert _post(client, lesson, foreign_block, xapi(foreign, raw=2)).status_code == 404
        page = client.get(lesson.url).content.decode()
        assert page.count('sandbox="allow-scripts"') == 1
        assert _post(client, lesson, block_id, xapi(own, raw=2)).status_code == 201

    def test_csrf_is_required(self, learner, setup, content):
        _course, lesson, block_id = setup
        client = Client(enforce_csrf_checks=True)
        client.force_login(learner)
        assert _post(client, lesson, block_id, xapi(content, raw=2)).status_code == 403
        assert not H5PStatement.objects.exists()

    def test_query_count_does_not_depend_on_history(
        self, client, learner, setup, content, django_assert_max_num_queries
    ):
        _course, lesson, block_id = setup
        client.force_login(learner)
        for _ in range(5):
            _post(client, lesson, block_id, xapi(content, "attempted"))
        with django_assert_max_num_queries(14):
            assert _post(client, lesson, block_id, xapi(content, "interacted")).status_code == 201


@pytest.mark.django_db
class TestState:
    def test_saved_and_restored_per_user_and_content(
        self, client, learner, other_learner, setup, content
    ):
        course, lesson, block_id = setup
        client.force_login(learner)
        assert _post(client, lesson, block_id, {"state": '{"selected":[1]}'}, "state").json() == {
            "saved": True
        }
        url = reverse("h5p:state", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
        assert client.get(url).json() == {"state": '{"selected":[1]}'}
        enrol(other_learner, course)
        client.force_login(other_learner)
        assert client.get(url).json() == {"state": None}
        assert H5PUserState.objects.count() == 1

    def test_state_follows_saves_and_erasure(self, client, learner, setup):
        _course, lesson, block_id = setup
        client.force_login(learner)
        url = reverse("h5p:state", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
        assert client.get(url).json() == {"state": None}
        _post(client, lesson, block_id, {"state": '{"page":1}'}, "state")
        assert client.get(url).json() == {"state": '{"page":1}'}
        _post(client, lesson, block_id, {"state": '{"page":2}'}, "state")
        assert client.get(url).json() == {"state": '{"page":2}'}
        erase_h5p(learner)
        assert client.get(url).json() == {"state": None}

    @pytest.mark.parametrize(
        "payload", [{"state": "not json"}, {"state": {"a": 1}}, {"state": '"' + "x" * 70000 + '"'}]
    )
    def test_bad_state_is_refused(self, client, learner, setup, payload):
        _course, lesson, block_id = setup
        client.force_login(learner)
        assert _post(client, lesson, block_id, payload, "state").status_code == 400
        assert not H5PUserState.objects.exists()

    def test_not_enrolled_gets_no_state(self, client, other_learner, setup):
        _course, lesson, block_id = setup
        client.force_login(other_learner)
        assert _post(client, lesson, block_id, {"state": "{}"}, "state").status_code == 403


@pytest.mark.django_db
class TestBlock:
    def test_lesson_renders_sandboxed_player_on_the_player_origin(
        self, client, learner, setup, content
    ):
        _course, lesson, block_id = setup
        client.force_login(learner)
        html = client.get(lesson.url).content.decode()
        assert 'sandbox="allow-scripts"' in html
        assert "allow-same-origin" not in html
        assert 'src="http://h5p-player.testserver/h5p-speler/' in html
        # In the test's language (English here, see conftest): the lesson's links keep it.
        xapi_url = reverse("h5p:xapi", kwargs={"lesson_id": lesson.pk, "block_id": block_id})
        assert f'data-xapi-url="{xapi_url}"' in html
        assert "js/h5p/bridge.js" in html

    def test_best_score_is_shown_after_attempts(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        _post(client, lesson, block_id, xapi(content, "answered", raw=2))
        html = client.get(lesson.url).content.decode()
        assert "Beste score: 2 van 2" in html or "Best score: 2 of 2" in html

    def test_anonymous_visitor_sees_no_player(self, client, setup):
        _course, lesson, _block_id = setup
        html = client.get(lesson.url).content.decode()
        assert "h5p-speler" not in html


@pytest.mark.django_db
class TestAttempts:
    """Unscored statements go to the attempt started last."""

    def test_interactions_go_to_the_attempt_started_last(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        for _round in range(2):
            _post(client, lesson, block_id, xapi(content, "attempted"))
            assert _post(client, lesson, block_id, xapi(content, "interacted")).status_code == 201
        interacted = H5PStatement.objects.filter(user=learner, verb="interacted")
        assert [s.attempt.number for s in interacted.order_by("stored_at")] == [1, 2]

    def test_a_deleted_attempt_is_never_used_again(self, client, learner, setup, content):
        _course, lesson, block_id = setup
        client.force_login(learner)
        _post(client, lesson, block_id, xapi(content, "attempted"))
        _post(client, lesson, block_id, xapi(content, "interacted"))
        H5PAttempt.objects.filter(user=learner).delete()
        assert _post(client, lesson, block_id, xapi(content, "interacted")).status_code == 201
        attempt = H5PAttempt.objects.get(user=learner)
        assert attempt.statements.filter(verb="interacted").count() == 1


@pytest.mark.django_db(transaction=True)
def test_unscored_statement_outside_a_transaction_is_stored_whole(client, learner, setup, content):
    """The path the running site takes (no surrounding transaction: on PostgreSQL the insert
    that does not wait for the disk flush, intervisor.fastinsert)."""
    _course, lesson, block_id = setup
    client.force_login(learner)
    _post(client, lesson, block_id, xapi(content, "attempted"))
    response = _post(client, lesson, block_id, xapi(content, "interacted"))
    assert response.status_code == 201
    stored = H5PStatement.objects.get(verb="interacted")
    attempt = H5PAttempt.objects.get(user=learner)
    assert (stored.user, stored.content, stored.lesson_id, stored.block_id, stored.attempt) == (
        learner,
        content,
        lesson.pk,
        block_id,
        attempt,
    )
    assert stored.statement["actor"]["account"]["name"] == str(learner.pk)
    assert stored.is_top_level and stored.score_raw is None and stored.stored_at is not None
