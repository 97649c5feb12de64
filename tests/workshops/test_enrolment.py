import pytest
from django.utils import timezone

from courses.models import CoursePage, Enrollment
from courses.workshops.services import (
    attendance_record,
    booking_complete,
    booking_confirm,
    participants_add,
)
from intervisor.accounts.models import User
from tests.factories.courses import make_course
from tests.factories.workshops import make_booking

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(provider, workshop):
    prep = make_course(provider, slug="voorbereiding", mode=CoursePage.EnrolmentMode.COHORT)
    follow = make_course(provider, slug="vervolg", mode=CoursePage.EnrolmentMode.COHORT)
    workshop.preparatory_course, workshop.followup_course = prep, follow
    workshop.save_revision().publish()
    return prep, follow


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(func, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(**kwargs)

    return run


def enrolled(course):
    return sorted(
        Enrollment.objects.filter(course=course, source="workshop").values_list(
            "user__email", flat=True
        )
    )


def test_confirmation_enrols_participants_in_the_preparatory_course(
    courses, wdate, team_lead, editor, run_on_commit
):
    prep, follow = courses
    booking = make_booking(wdate, team_lead, participant_emails=("a@example.test",))
    run_on_commit(booking_confirm, booking=booking, by=editor)
    assert enrolled(prep) == ["a@example.test"]
    assert enrolled(follow) == []
    run_on_commit(participants_add, booking=booking, emails=["b@example.test"])
    assert enrolled(prep) == ["a@example.test", "b@example.test"]


def test_a_requested_booking_enrols_nobody(courses, wdate, team_lead):
    make_booking(wdate, team_lead, participant_emails=("a@example.test",))
    assert not Enrollment.objects.exists()


def test_completion_enrols_everyone_not_absent_in_the_follow_up(
    courses, wdate, team_lead, editor, trainer, run_on_commit
):
    prep, follow = courses
    booking = make_booking(
        wdate, team_lead, participant_emails=("a@example.test", "b@example.test", "c@example.test")
    )
    run_on_commit(booking_confirm, booking=booking, by=editor)
    # The day has come: attendance and completion need it.
    wdate.date = timezone.localdate()
    wdate.save()
    absent = booking.participants.get(email="c@example.test")
    attendance_record(booking=booking, by=trainer, attendance={absent.pk: False})
    booking_complete(booking=booking, by=editor)
    assert enrolled(follow) == ["a@example.test", "b@example.test"]
    assert Enrollment.objects.get(course=follow, user__email="a@example.test").enrolled_by == editor


def test_enrolment_is_not_duplicated_for_an_existing_learner(
    courses, wdate, team_lead, editor, learner, run_on_commit
):
    prep, _follow = courses
    Enrollment.objects.create(user=learner, course=prep, source="self")
    booking = make_booking(wdate, team_lead, participant_emails=(learner.email,))
    run_on_commit(booking_confirm, booking=booking, by=editor)
    assert Enrollment.objects.filter(user=learner, course=prep).count() == 1
    assert User.objects.filter(email=learner.email).count() == 1


def test_without_linked_courses_nothing_is_enrolled(wdate, team_lead, editor, run_on_commit):
    booking = make_booking(wdate, team_lead, participant_emails=("a@example.test",))
    run_on_commit(booking_confirm, booking=booking, by=editor)
    assert not Enrollment.objects.exists()
