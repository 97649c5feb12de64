"""Participants into the courses around the day: preparation before, practice after."""

from courses.models import Enrollment
from courses.services import enrollment_create

from ..models import WorkshopBooking, WorkshopParticipant
from .accounts import user_for_email


def preparatory_enrol(*, participant: WorkshopParticipant) -> None:
    course = participant.booking.workshop_date.page.preparatory_course
    if course is not None and participant.user_id is not None:
        enrollment_create(user=participant.user, course=course, source=Enrollment.Source.WORKSHOP)


def followup_enrol(*, booking: WorkshopBooking, by) -> int:
    """Enrol everyone not recorded as absent, making an account where none exists yet."""
    course = booking.workshop_date.page.followup_course
    if course is None:
        return 0
    count = 0
    for participant in booking.participants.exclude(attended=False).select_related("user"):
        if participant.user is None:
            participant.user, _created = user_for_email(participant.email)
            participant.save(update_fields=["user"])
        enrollment_create(
            user=participant.user, course=course, source=Enrollment.Source.WORKSHOP, enrolled_by=by
        )
        count += 1
    return count
