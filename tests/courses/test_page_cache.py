"""Course and lesson pages come from the cache (intervisor.pagecache.live_page) once read; any
change to a page shows on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage, ModulePage
from intervisor.pagecache import GENERATION_KEY, live_page, live_page_key
from tests.factories.courses import enrol, lesson_body, lessons_of, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client, provider, learner):
    course = make_course(provider, slug="cache", modules=2, lessons_per_module=2)
    enrol(learner, course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    for url in (course.url, lesson.url):  # warm
        assert client.get(url).status_code == 200
    return course, lesson


def _page_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    # Rows of pages themselves (Wagtail's view restriction check reads only ancestor ids).
    loads = [q["sql"] for q in ctx.captured_queries if '"wagtailcore_page"."title"' in q["sql"]]
    return response, loads


def test_warm_pages_are_not_read_from_the_database(client, setup):
    course, lesson = setup
    for url in (course.url, lesson.url):
        response, queries = _page_queries(client, url)
        assert response.status_code == 200
        assert queries == []


def test_a_published_revision_shows_at_once(client, setup):
    _course, lesson = setup
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.title = "Een nieuwe titel voor deze les"
    lesson.save_revision().publish()
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Een nieuwe titel voor deze les" in response.content.decode()


def test_a_page_saved_without_publishing_is_not_served_from_an_older_copy(client, setup):
    course, lesson = setup
    course.title = "Cursus met een andere naam"
    course.save()  # e.g. a data fix in a shell or a migration, no revision
    assert "Cursus met een andere naam" in client.get(course.url).content.decode()


def test_an_unpublished_lesson_is_gone_at_once(client, setup):
    _course, lesson = setup
    LessonPage.objects.get(pk=lesson.pk).unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_lesson_moved_to_another_course_redirects_from_its_old_url(client, provider, setup):
    _course, lesson = setup
    other = make_course(provider, slug="ander", modules=1, lessons_per_module=1)
    old_url = lesson.url
    page = LessonPage.objects.get(pk=lesson.pk)
    page.move(ModulePage.objects.child_of(other).get(), pos="last-child")
    response = client.get(old_url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/cursussen/{other.pk}/les/{lesson.pk}/")


def test_an_entry_of_another_page_type_under_the_same_id_is_not_used(setup):
    course, lesson = setup
    from django.core.cache import cache

    from courses.models import CoursePage

    known = cache.get_many([live_page_key(lesson.pk), GENERATION_KEY])
    assert known  # the lesson's entry
    page, _extra = live_page(CoursePage.objects, lesson.pk, known=known)
    assert page is None  # no course with the lesson's id: not the cached lesson


def test_a_missing_generation_starts_one_and_reads_the_page(setup):
    _course, lesson = setup
    from django.core.cache import cache

    cache.delete(GENERATION_KEY)
    page, extra = live_page(LessonPage.objects, lesson.pk, known={}, extra=lambda p: p.slug)
    assert page.pk == lesson.pk and extra == lesson.slug
    assert cache.get(GENERATION_KEY) is not None
    entry = cache.get(live_page_key(lesson.pk))
    assert entry.generation == cache.get(GENERATION_KEY) and entry.extra == lesson.slug


def test_body_edits_through_a_new_revision_replace_the_cached_body(client, setup):
    _course, lesson = setup
    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = lesson_body(page.slug).replace("Lestekst.", "Vernieuwde lestekst.")
    page.save_revision().publish()
    assert "Vernieuwde lestekst." in client.get(lesson.url).content.decode()


def test_versioned_entries_are_answered_from_the_workers_copies(client, setup, monkeypatch):
    """A lesson this worker served before reads only the learner's own entries: its outline,
    outline HTML, body and learner blocks come from the process's copies."""
    from django.core.cache import cache

    _course, lesson = setup
    asked = []
    real = cache.get_many

    def spy(keys, *args, **kwargs):
        asked.extend(keys)
        return real(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", spy)
    assert client.get(lesson.url).status_code == 200
    assert asked and not [key for key in asked if key.startswith("courses:outline:")]
    assert not [key for key in asked if key.startswith(("courses:lesson-body:", "courses:memo:"))]


def test_a_copy_is_never_used_for_a_newer_version(client, setup):
    """Publishing writes new keys: the worker's copy of the old body is not shown."""
    _course, lesson = setup
    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = lesson_body(page.slug).replace("Lestekst.", "Lestekst, tweede versie.")
    page.save_revision().publish()
    content = client.get(lesson.url).content.decode()
    assert "Lestekst, tweede versie." in content


def test_local_copies_keep_the_most_recently_used():
    from intervisor.caching import LocalCopies

    copies = LocalCopies(max_entries=2)
    copies.put("a", 1)
    copies.put("b", 2)
    assert copies.get("a") == 1  # a is now the most recent
    copies.put("c", 3)
    assert copies.get("b") is None and copies.get("a") == 1 and copies.get("c") == 3
    copies.put("d", None)  # a miss is not kept
    assert copies.get("d") is None
    copies.clear()
    assert copies.get("a") is None
