"""Receivers fed by the real senders (courses now; practice once its models are on main)."""

import pytest
from django.core.exceptions import ValidationError

from certification.models import Evidence, LevelProgress, Requirement
from courses import services as course_services
from tests.factories.certification import make_level, make_path, started
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


def _complete_course(user, course):
    enrol(user, course)
    for lesson in lessons_of(course):
        block_id, answers = quiz_answers(lesson)
        course_services.quiz_answer_submit(
            user=user, lesson=lesson, block_id=block_id, answers=answers
        )


def test_completing_the_required_course_meets_the_requirement(
    learner, provider, django_capture_on_commit_callbacks
):
    course = make_course(provider, slug="basis", lessons_per_module=2)
    other = make_course(provider, slug="anders", lessons_per_module=1)
    path = make_path(provider)
    level = make_level(
        path, 1, "Aspirant", [(Requirement.Kind.COURSE_COMPLETED, {"target_page": course})]
    )
    started(learner, path)

    with django_capture_on_commit_callbacks(execute=True):
        _complete_course(learner, other)
    status = LevelProgress.objects.get(user=learner, level=level).statuses.get()
    assert status.state == "missing"  # another course does not count

    with django_capture_on_commit_callbacks(execute=True):
        _complete_course(learner, course)
    status.refresh_from_db()
    assert status.state == "met"
    evidence = Evidence.objects.get(user=learner, target_id=course.pk)
    assert evidence.kind == Evidence.Kind.COURSE_COMPLETED
    assert status.evidence[0]["title"] == course.title
    assert status.evidence[0]["url"]


def test_a_course_requirement_only_points_at_a_course(provider):
    path = make_path(provider)
    level = make_level(path, 1, "A", [])
    requirement = Requirement(
        level=level, kind=Requirement.Kind.COURSE_COMPLETED, target_page=provider.root_page
    )
    with pytest.raises(ValidationError):
        requirement.clean()


def test_recorded_workshop_attendance_counts_and_absence_takes_it_back(
    provider, team_lead, editor, trainer, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    from courses.workshops.services import attendance_record, booking_confirm
    from intervisor.accounts.models import User
    from tests.factories.workshops import make_booking, make_date, make_workshop_page

    wdate = make_date(make_workshop_page(provider), trainer)
    booking = make_booking(wdate, team_lead, participant_emails=("deelnemer@example.test",))
    with django_capture_on_commit_callbacks(execute=True):
        booking_confirm(booking=booking, by=editor)
    wdate.date = timezone.localdate()
    wdate.save()
    participant = booking.participants.get()
    path = make_path(provider)
    level = make_level(path, 1, "Dag", [(Requirement.Kind.WORKSHOP_ATTENDED, {})])
    user = User.objects.get(email="deelnemer@example.test")
    started(user, path)

    with django_capture_on_commit_callbacks(execute=True):
        attendance_record(booking=booking, by=trainer, attendance={participant.pk: True})
    status = LevelProgress.objects.get(user=user, level=level).statuses.get()
    assert status.state == "met"
    with django_capture_on_commit_callbacks(execute=True):
        attendance_record(booking=booking, by=trainer, attendance={participant.pk: False})
    status.refresh_from_db()
    assert status.state == "missing"
    assert not Evidence.objects.filter(user=user).exists()
