"""The basis course states durations its lessons can back up, and its quizzes cannot be
answered by picking the longest option."""

import pytest

from courses.models import LessonPage
from courses.reading import lesson_reading_time
from courses.seed import BASIS_HOURS, basis_course_build
from practice.seed import seed_methods
from tests.factories.courses import course_index

pytestmark = pytest.mark.django_db

MIN_WORDS = 12_000


@pytest.fixture
def basis(provider):
    course, _created = basis_course_build(index=course_index(provider), methods=seed_methods())
    return course


def _lessons(course):
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def test_the_basis_course_holds_enough_words_for_its_hours(basis):
    lessons = _lessons(basis)
    readings = {lesson.pk: lesson_reading_time(lesson.body) for lesson in lessons}
    total_words = sum(r.words for r in readings.values())
    print(f"basis course: {total_words} words in {len(lessons)} lessons")
    assert total_words >= MIN_WORDS
    for lesson in lessons:
        needed = readings[lesson.pk].minutes
        # Honest: never less than the reading and exercises take, and not padded either.
        assert needed <= lesson.duration_minutes <= needed * 1.3 + 3, (
            lesson.title,
            lesson.duration_minutes,
            round(needed, 1),
        )
    stated = sum(lesson.duration_minutes for lesson in lessons)
    assert basis.estimated_hours == BASIS_HOURS
    assert abs(BASIS_HOURS * 60 - stated) <= 30, (BASIS_HOURS, stated)


def test_every_method_lesson_shows_a_bad_and_a_good_fragment(basis):
    methods = {"incidentmethode", "vijfstappenmodel", "tienstappenmodel", "balintmethode"}
    methods |= {"vragenmethode"}
    found = {lesson.slug: lesson for lesson in _lessons(basis) if lesson.slug in methods}
    assert set(found) == methods
    for lesson in found.values():
        html = " ".join(str(b.value) for b in lesson.body if b.block_type == "text")
        assert "zo loopt het mis" in html and "zo kan het ook" in html, lesson.slug
        assert "Wat je hier ziet" in html, lesson.slug


def test_quiz_answers_cannot_be_told_by_their_length(basis):
    single = []
    for lesson in _lessons(basis):
        for block in lesson.body:
            if block.block_type != "quiz":
                continue
            for question in block.value["questions"]:
                options = [(o["text"], o["correct"]) for o in question["options"]]
                lengths = [len(text) for text, _correct in options]
                if not question["multiple"]:
                    # Comparable lengths: no option under half the longest.
                    assert min(lengths) >= max(lengths) / 2, (lesson.title, options)
                    single.append(max(options, key=lambda o: len(o[0]))[1])
    assert len(single) >= 35
    longest_is_right = sum(single)
    print(f"correct option is the longest in {longest_is_right} of {len(single)} questions")
    assert longest_is_right <= len(single) / 3
