"""Listens to courses and practice and turns what they report into evidence.

Each receiver stores the evidence (idempotently, one row per source object) and then
re-evaluates the learner, so a signal delivered twice changes nothing the second time.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from courses.signals import course_completed, lesson_completed
from courses.workshops.signals import workshop_attendance_recorded
from practice.signals import (
    companion_session_closed,
    logbook_entry_submitted,
    observation_recorded,
    simulation_run_completed,
)

from .models import Evidence
from .services import (
    companion_session_evidence_record,
    evidence_record,
    logbook_entry_evidence_record,
    observation_evidence_record,
    simulation_run_evidence_record,
    user_progress_refresh,
)


def on_course_completed(sender, *, enrollment, course, user, **kwargs):
    evidence_record(
        user=user,
        kind=Evidence.Kind.COURSE_COMPLETED,
        source=enrollment,
        target_id=course.pk,
        title=course.title,
        url=course.get_url() or "",
        occurred_at=enrollment.completed_at,
    )
    user_progress_refresh(user=user)


def on_lesson_completed(sender, *, enrollment, lesson, user, **kwargs):
    """A course requirement shows how far the course has come, so a lesson counts too."""
    user_progress_refresh(user=user)


def on_simulation_run_completed(sender, *, run, user, **kwargs):
    simulation_run_evidence_record(run=run, user=user)
    user_progress_refresh(user=user)


def on_companion_session_closed(sender, *, session, facilitator, **kwargs):
    companion_session_evidence_record(session=session, facilitator=facilitator)
    user_progress_refresh(user=facilitator)


def on_observation_recorded(sender, *, observation, learner, trainer, **kwargs):
    observation_evidence_record(observation=observation, learner=learner)
    user_progress_refresh(user=learner)


def on_logbook_entry_submitted(sender, *, entry, user, **kwargs):
    logbook_entry_evidence_record(entry=entry, user=user)
    user_progress_refresh(user=user)


def on_workshop_attendance_recorded(sender, *, booking, participant, attended, **kwargs):
    if attended:
        evidence_record(
            user=participant,
            kind=Evidence.Kind.WORKSHOP_ATTENDED,
            source=booking,
            title=str(booking),
            occurred_at=timezone.now(),
        )
    else:
        Evidence.objects.filter(
            user=participant,
            kind=Evidence.Kind.WORKSHOP_ATTENDED,
            source_type=ContentType.objects.get_for_model(booking),
            source_id=booking.pk,
        ).delete()
    user_progress_refresh(user=participant)


def connect() -> None:
    pairs = [
        (lesson_completed, on_lesson_completed),
        (course_completed, on_course_completed),
        (simulation_run_completed, on_simulation_run_completed),
        (companion_session_closed, on_companion_session_closed),
        (observation_recorded, on_observation_recorded),
        (logbook_entry_submitted, on_logbook_entry_submitted),
        (workshop_attendance_recorded, on_workshop_attendance_recorded),
    ]
    for signal, receiver in pairs:
        signal.connect(receiver, dispatch_uid=f"certification.{receiver.__name__}")
