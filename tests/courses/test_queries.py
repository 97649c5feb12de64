"""The course page, a lesson and the dashboard run the same number of queries whatever the
size of the course or the cohort (outline cache cold and warm)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from intervisor.accounts import roles
from tests.factories import make_user
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# With a warm cache, pinned: Wagtail serves course and lesson pages, so it finds the site (1),
# walks the tree to the page (home and provider: 2 each, the course index 1), checks view
# restrictions (ancestors and their restrictions: 2) and reads the session (tests keep sessions
# in the database); the outline, enrolment, progress and lesson state come from the cache.
# "My learning": the session, the enrolments, the completed lessons and the latest results.
WARM = {"course": 11, "lesson": 11, "dashboard": 4}


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _scenario(provider, learner, *, slug, modules, lessons, learners):
    course = make_course(provider, slug=slug, modules=modules, lessons_per_module=lessons)
    enrol(learner, course)
    all_lessons = lessons_of(course)
    for lesson in all_lessons[: len(all_lessons) // 2]:
        block_id, answers = quiz_answers(lesson)
        services.quiz_answer_submit(user=learner, lesson=lesson, block_id=block_id, answers=answers)
    for _ in range(learners - 1):
        enrol(make_user(roles.LEARNER), course)
    return course, all_lessons[-1]


def _counts(client, course, lesson):
    urls = {"course": course.url, "lesson": lesson.url, "dashboard": "/mijn-leren/"}
    cache.clear()
    cold = {name: _count(client, url) for name, url in urls.items()}
    warm = {name: _count(client, url) for name, url in urls.items()}
    return cold, warm


def test_query_counts_do_not_grow_with_content_or_learners(client, provider, learner):
    small = _scenario(provider, learner, slug="klein", modules=1, lessons=3, learners=1)
    large = _scenario(provider, learner, slug="groot", modules=4, lessons=3, learners=20)
    client.force_login(learner)
    client.get("/")  # session and site caches settle
    # The dashboard lists both courses in both runs; compare it against itself below.
    small_cold, small_warm = _counts(client, *small)
    large_cold, large_warm = _counts(client, *large)
    for name in ("course", "lesson"):
        assert small_cold[name] == large_cold[name], name
        assert small_warm[name] == large_warm[name], name
        assert large_warm[name] <= MAX_QUERIES, (name, large_warm[name])
    assert small_warm["dashboard"] == large_warm["dashboard"]
    assert large_warm == WARM


def test_dashboard_queries_do_not_grow_with_enrolled_courses_progress(client, provider, learner):
    client.force_login(learner)
    course, _lesson = _scenario(provider, learner, slug="een", modules=1, lessons=3, learners=1)
    _count(client, "/mijn-leren/")
    one = _count(client, "/mijn-leren/")
    _scenario(provider, learner, slug="twee", modules=5, lessons=4, learners=5)
    _count(client, "/mijn-leren/")  # fills the new course's outline cache
    two = _count(client, "/mijn-leren/")
    assert one == two <= MAX_QUERIES


def test_cohort_report_queries_do_not_grow_with_learners(client, provider, learner, trainer):
    small, _ = _scenario(provider, learner, slug="a", modules=1, lessons=3, learners=1)
    large, _ = _scenario(provider, learner, slug="b", modules=3, lessons=4, learners=20)
    client.force_login(trainer)
    counts = []
    for course in (small, large):
        url = f"/cursussen/{course.pk}/groep/"
        _count(client, url)
        counts.append(_count(client, url))
    assert counts[0] == counts[1]
