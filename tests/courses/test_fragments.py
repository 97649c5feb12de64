"""Cached parts of course and lesson pages (the outline, the lesson's text blocks in
{% wagtailpagecache %}): a publish shows at once, and what one learner did never shows up on
another learner's page (the cached parts hold nothing of a learner)."""

import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import Enrollment, LessonPage
from courses.seed.blocks import method, stream_data, text
from practice.models import Method, MethodStep
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(provider):
    return make_course(provider, modules=2, lessons_per_module=2)


def _publish_body(lesson: LessonPage, body: str) -> None:
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = body
    lesson.save_revision().publish()


def test_published_lesson_text_replaces_the_cached_text(client, course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    assert "Lestekst." in client.get(lesson.url).content.decode()
    assert "Lestekst." in client.get(lesson.url).content.decode()  # from the cache

    _publish_body(lesson, json.dumps(stream_data(lesson.slug, [text("<p>Nieuwe uitleg.</p>")], {})))

    content = client.get(lesson.url).content.decode()
    assert "Nieuwe uitleg." in content and "Lestekst." not in content


def test_draft_does_not_replace_the_published_text(client, course, learner):
    enrol(learner, course)
    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    client.force_login(learner)
    client.get(lesson.url)
    lesson.body = json.dumps(stream_data(lesson.slug, [text("<p>Nog een concept.</p>")], {}))
    lesson.save_revision()  # saved, not published
    content = client.get(lesson.url).content.decode()
    assert "Lestekst." in content and "Nog een concept." not in content


def test_renamed_lesson_shows_in_the_cached_outline(client, course, learner):
    enrol(learner, course)
    lesson = LessonPage.objects.get(pk=lessons_of(course)[1].pk)
    client.force_login(learner)
    assert "Les 1.2" in client.get(course.url).content.decode()
    lesson.title = "Doorvragen zonder advies"
    lesson.save_revision().publish()
    course.refresh_from_db()
    content = client.get(course.url).content.decode()
    assert "Doorvragen zonder advies" in content and "Les 1.2" not in content


def test_renamed_lesson_shows_in_the_outline_of_its_sibling_lesson(client, course, learner):
    """The lesson page reads its course's outline key from the cache: a publish must reach it."""
    enrol(learner, course)
    first, second = (LessonPage.objects.get(pk=les.pk) for les in lessons_of(course)[:2])
    client.force_login(learner)
    assert "Les 1.2" in client.get(first.url).content.decode()
    second.title = "Samenvatten voor de casusinbrenger"
    second.save_revision().publish()
    content = client.get(first.url).content.decode()
    assert "Samenvatten voor de casusinbrenger" in content and "Les 1.2" not in content


def test_edited_method_shows_in_lessons_that_use_it(client, course, learner):
    found = Method.objects.create(name="Incidentmethode", slug="incident", summary="Kort.")
    for order, name in enumerate(["Inbrengen", "Vragen"]):
        MethodStep.objects.create(
            method=found, sort_order=order, name=name, purpose="Doel", minutes=10, speaker="group"
        )
    lesson = lessons_of(course)[0]
    _publish_body(
        lesson, json.dumps(stream_data(lesson.slug, [method("incident")], {"incident": found}))
    )
    enrol(learner, course)
    client.force_login(learner)
    assert "Incidentmethode" in client.get(lesson.url).content.decode()
    found.name = "Incidentmethode (kort)"
    found.save()
    assert "Incidentmethode (kort)" in client.get(lesson.url).content.decode()


def test_one_learners_answers_and_ticks_never_reach_another(client, course, learner, other_learner):
    lessons = lessons_of(course)
    first, second = lessons[0], lessons[1]
    mine = enrol(learner, course)
    theirs = enrol(other_learner, course)
    block_id, answers = quiz_answers(first)
    services.quiz_answer_submit(user=learner, lesson=first, block_id=block_id, answers=answers)
    reflection_id = next(b.id for b in first.body if b.block_type == "reflection")
    services.reflection_save(
        user=learner, lesson=first, block_id=reflection_id, text="Mijn geheime antwoord"
    )
    client.force_login(learner)
    own = client.get(first.url).content.decode()
    own_course = client.get(course.url).content.decode()
    assert "Mijn geheime antwoord" in own and "badge-success" in own
    assert reverse("courses:quiz_answer", args=[mine.pk, first.pk, block_id]) in own
    assert "is-done" in own_course and "1/2" in own_course

    client.force_login(other_learner)  # same cached outline and blocks, another learner
    other = client.get(first.url).content.decode()
    other_course = client.get(course.url).content.decode()
    assert "Mijn geheime antwoord" not in other
    assert "quiz-passed" not in other and "checked" not in other
    assert reverse("courses:quiz_answer", args=[theirs.pk, first.pk, block_id]) in other
    assert reverse("courses:quiz_answer", args=[mine.pk, first.pk, block_id]) not in other
    assert "is-done" not in other_course and "0/2" in other_course
    assert "is-done" not in client.get(second.url).content.decode()
    assert Enrollment.objects.get(pk=theirs.pk).lesson_progress.count() == 0


def test_quiz_and_reflection_show_each_new_attempt_and_answer(client, course, learner):
    enrollment = enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id, wrong = quiz_answers(lesson, right=False)
    _block_id, right = quiz_answers(lesson)
    reflection_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    client.force_login(learner)
    client.get(lesson.url)

    client.post(
        reverse("courses:quiz_answer", args=[enrollment.pk, lesson.pk, block_id]),
        {f"q-{qid}": ids for qid, ids in wrong.items()},
    )
    content = client.get(lesson.url).content.decode()
    assert "Not passed yet" in content or "Nog niet gehaald" in content
    assert "quiz-passed" not in content

    client.post(
        reverse("courses:quiz_answer", args=[enrollment.pk, lesson.pk, block_id]),
        {f"q-{qid}": ids for qid, ids in right.items()},
    )
    assert "quiz-passed" in client.get(lesson.url).content.decode()

    for text_ in ("Eerste gedachte", "Tweede gedachte"):
        client.post(
            reverse("courses:reflection_answer", args=[enrollment.pk, lesson.pk, reflection_id]),
            {"text": text_},
        )
        assert text_ in client.get(lesson.url).content.decode()


def test_forms_carry_this_requests_csrf_token(client, course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    client.get(lesson.url)
    content = client.get(lesson.url).content.decode()
    assert content.count('name="csrfmiddlewaretoken"') >= 3  # logout, quiz, reflection


def test_quiz_form_posts_with_csrf_checks_on(course, learner):
    enrollment = enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id, right = quiz_answers(lesson)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(lesson.url)
    content = client.get(lesson.url).content.decode()
    action = reverse("courses:quiz_answer", args=[enrollment.pk, lesson.pk, block_id])
    form = content[content.index(f'action="{action}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    data = {f"q-{qid}": ids for qid, ids in right.items()}
    assert client.post(action, {**data, "csrfmiddlewaretoken": token}).status_code == 302
    assert client.post(action, data).status_code == 403


def test_dashboard_follows_progress_enrolment_and_publishing(client, course, learner, provider):
    """ "My learning" shows cached outlines; each kind of change must show on the next visit."""
    enrollment = enrol(learner, course)
    client.force_login(learner)
    assert "0 van de 4 lessen" in client.get("/mijn-leren/").content.decode()
    first = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    block_id, answers = quiz_answers(first, right=True)
    services.quiz_answer_submit(user=learner, lesson=first, block_id=block_id, answers=answers)
    assert "1 van de 4 lessen" in client.get("/mijn-leren/").content.decode()
    second = LessonPage.objects.get(pk=lessons_of(course)[1].pk)
    second.title = "Een casus kiezen zonder dwang"
    second.save_revision().publish()
    assert "Een casus kiezen zonder dwang" in client.get("/mijn-leren/").content.decode()
    other = make_course(provider, slug="vervolg", modules=1, lessons_per_module=1)
    enrol(learner, other)
    assert "Cursus vervolg" in client.get("/mijn-leren/").content.decode()
    Enrollment.objects.filter(pk=enrollment.pk).delete()
    assert "Cursus cursus" not in client.get("/mijn-leren/").content.decode()
