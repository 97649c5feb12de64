import pytest
from django.urls import reverse

from courses.models import BlockResult, CoursePage, Enrollment, LessonProgress, ReflectionAnswer
from tests.conftest import totp_activate
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(provider):
    return make_course(provider, modules=2, lessons_per_module=2)


def _quiz_post(client, enrollment, lesson, block_id, answers):
    url = reverse("courses:quiz_answer", args=[enrollment.pk, lesson.pk, block_id])
    data = {f"q-{qid}": ids for qid, ids in answers.items()}
    return client.post(url, data)


def test_catalogue_lists_live_courses_with_provider(client, course, other_provider):
    make_course(other_provider, slug="andere")
    response = client.get("/cursussen/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Cursus cursus" in content and "Cursus andere" in content
    assert "Aanbieder A" in content and "Aanbieder B" in content


def test_enrol_and_follow_a_lesson(client, course, learner):
    client.force_login(learner)
    page = client.get(course.url)
    assert page.status_code == 200 and course.url == "/aanbieder-a/cursussen/cursus/"
    assert reverse("courses:enrol", args=[course.pk]) in page.content.decode()
    response = client.post(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(user=learner, course=course)
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200
    block_id, answers = quiz_answers(lesson)
    response = _quiz_post(client, enrollment, lesson, block_id, answers)
    assert response.status_code == 302 and response.url.endswith(f"#block-{block_id}")
    assert LessonProgress.objects.get(lesson=lesson).completed_at
    page = client.get(lesson.url).content.decode()
    assert "You have completed this lesson" in page or "Je hebt deze les afgerond" in page


def test_short_urls_of_earlier_links_redirect_to_the_page(client, course):
    """Courses and lessons were served at /cursussen/<id>/...; Wagtail serves them at their
    place in the tree now, and links made before still arrive there."""
    lesson = lessons_of(course)[0]
    response = client.get(f"/cursussen/{course.pk}/{course.slug}/")
    assert response.status_code == 301 and response.url == course.url
    response = client.get(f"/cursussen/{course.pk}/les/{lesson.pk}/{lesson.slug}/")
    assert response.status_code == 301 and response.url == lesson.url
    assert client.get(f"/cursussen/{lesson.pk}/{lesson.slug}/").status_code == 404


def test_a_published_revision_shows_at_once_and_an_unpublished_lesson_is_gone(
    client, course, learner
):
    enrol(learner, course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200
    lesson.title = "Een nieuwe titel voor deze les"
    lesson.save_revision().publish()
    assert "Een nieuwe titel voor deze les" in client.get(lesson.url).content.decode()
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_lesson_needs_enrolment(client, course, learner):
    client.force_login(learner)
    response = client.get(lessons_of(course)[0].url)
    assert response.status_code == 403
    assert "Cursus cursus" in response.content.decode()


def test_quiz_for_another_users_enrolment_is_404(client, course, learner, other_learner):
    other = enrol(other_learner, course)
    enrol(learner, course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    block_id, answers = quiz_answers(lesson)
    assert _quiz_post(client, other, lesson, block_id, answers).status_code == 404
    assert not BlockResult.objects.exists()


def test_done_without_enrolment_is_403_and_changes_nothing(client, provider, learner):
    course = make_course(provider, slug="los", with_quiz=False)
    other_course = make_course(provider, slug="ander", with_quiz=False)
    enrollment = enrol(learner, other_course)
    client.force_login(learner)
    lesson = lessons_of(course)[0]
    url = reverse("courses:lesson_done", args=[enrollment.pk, lesson.pk])
    assert client.post(url).status_code == 404  # lesson of a course this enrolment isn't for
    assert not LessonProgress.objects.exists()


def test_lesson_behind_unmet_prerequisite_is_403(client, provider, learner):
    basis = make_course(provider, slug="basis", with_quiz=False)
    vervolg = make_course(provider, slug="vervolg", with_quiz=False)
    vervolg.prerequisites.add(basis)
    vervolg.save_revision().publish()
    enrollment = enrol(learner, vervolg)
    client.force_login(learner)
    lesson = lessons_of(vervolg)[0]
    response = client.get(lesson.url)
    assert response.status_code == 403 and "Cursus basis" in response.content.decode()
    response = client.post(reverse("courses:lesson_done", args=[enrollment.pk, lesson.pk]))
    assert response.status_code == 403
    assert not LessonProgress.objects.exists()


def test_reflection_answers_are_private(client, course, learner, other_learner):
    mine = enrol(learner, course)
    enrol(other_learner, course)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    client.force_login(learner)
    url = reverse("courses:reflection_answer", args=[mine.pk, lesson.pk, block_id])
    client.post(url, {"text": "Mijn geheime gedachte"})
    assert ReflectionAnswer.objects.get().user == learner
    assert "Mijn geheime gedachte" in client.get(lesson.url).content.decode()
    client.force_login(other_learner)
    assert "Mijn geheime gedachte" not in client.get(lesson.url).content.decode()
    assert client.post(url, {"text": "overschreven"}).status_code == 404
    assert ReflectionAnswer.objects.get().text == "Mijn geheime gedachte"


def test_cohort_course_cannot_be_self_enrolled(client, provider, learner):
    cohort = make_course(provider, slug="groep", mode=CoursePage.EnrolmentMode.COHORT)
    client.force_login(learner)
    response = client.post(reverse("courses:enrol", args=[cohort.pk]))
    assert response.status_code == 403
    assert not Enrollment.objects.exists()


def test_trainer_sees_cohort_report_and_csv(client, course, learner, trainer):
    enrollment = enrol(learner, course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    block_id, answers = quiz_answers(lesson)
    _quiz_post(client, enrollment, lesson, block_id, answers)
    client.force_login(trainer)
    report = client.get(reverse("courses:cohort", args=[course.pk]))
    assert report.status_code == 200
    assert learner.display_name in report.content.decode() and "2/2" in report.content.decode()
    csv = client.get(reverse("courses:cohort_csv", args=[course.pk])).content.decode()
    assert learner.email in csv and "2/2" in csv


def test_trainer_enrols_learner_into_cohort_course(client, provider, learner, trainer):
    cohort = make_course(provider, slug="groep", mode=CoursePage.EnrolmentMode.COHORT)
    client.force_login(trainer)
    client.post(reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": learner.email})
    enrollment = Enrollment.objects.get(user=learner, course=cohort)
    assert enrollment.source == "trainer" and enrollment.enrolled_by == trainer


@pytest.mark.parametrize("who", ["other_trainer", "learner"])
def test_others_cannot_see_or_enrol_in_cohort(client, course, request, who, other_learner):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("courses:cohort", args=[course.pk])).status_code == 403
    assert client.get(reverse("courses:cohort_csv", args=[course.pk])).status_code == 403
    url = reverse("courses:cohort_enrol", args=[course.pk])
    assert client.post(url, {"email": other_learner.email}).status_code == 403
    assert not Enrollment.objects.exists()


def test_dashboard_shows_progress_and_next_lesson(client, course, learner):
    enrol(learner, course)
    client.force_login(learner)
    content = client.get("/mijn-leren/").content.decode()
    assert "Cursus cursus" in content and "Les 1.1" in content and "<svg" in content


def test_dashboard_requires_login(client):
    assert client.get("/mijn-leren/").status_code == 302


def test_editor_adds_course_only_under_own_provider(client, editor, provider, other_provider):
    from tests.factories.courses import course_index

    own, other = course_index(provider), course_index(other_provider)
    totp_activate(editor)
    client.force_login(editor)
    add = "/admin/pages/add/courses/coursepage/{}/"
    data = {
        "title": "Nieuwe cursus",
        "slug": "nieuwe-cursus",
        "summary": "Kort",
        "enrolment_mode": "open",
        "estimated_hours": 2,
    }
    assert client.get(add.format(own.pk)).status_code == 200
    client.post(add.format(own.pk), data)
    assert CoursePage.objects.child_of(own).filter(slug="nieuwe-cursus").exists()
    assert client.get(add.format(other.pk)).status_code == 302
    client.post(add.format(other.pk), data)
    assert not CoursePage.objects.child_of(other).exists()


def test_view_restrictions_of_a_course_hold_on_its_own_urls(client, course, learner):
    """Editors can limit a course to a group; its course and lesson pages honour that, and
    lifting the restriction shows at once."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    enrol(learner, course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    assert client.get(course.url).status_code == 200
    assert client.get(lesson.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen het team van Noord"))
    for url in (course.url, lesson.url):  # Wagtail sends people outside the group to log in
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    restriction.delete()
    assert client.get(lesson.url).status_code == 200
