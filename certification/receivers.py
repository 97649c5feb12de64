"""Listens to courses and practice and turns what they report into evidence.

The senders' models are read through the attributes their signal contracts name; anything
optional is read with a default so a missing detail never loses the evidence itself.
"""

from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from courses.signals import course_completed
from courses.workshops.signals import workshop_attendance_recorded
from practice.signals import (
    companion_session_closed,
    logbook_entry_submitted,
    observation_recorded,
    simulation_run_completed,
)

from .models import Evidence
from .services import evidence_record, user_progress_refresh

COMPETENCIES = (
    "guarding_process",
    "neutrality",
    "inclusion",
    "emotional_safety",
    "time_management",
    "question_quality",
)


def _url(obj) -> str:
    for name in ("get_absolute_url", "get_url"):
        method = getattr(obj, name, None)
        if callable(method):
            return method() or ""
    return ""


def _when(obj, *names):
    for name in names:
        value = getattr(obj, name, None)
        if value:
            return value
    return timezone.now()


def _competency_scores(obj, *names) -> dict:
    for name in names:
        value = getattr(obj, name, None)
        value = value() if callable(value) else value
        if isinstance(value, dict) and value:
            return {k: float(v) for k, v in value.items() if k in COMPETENCIES and v is not None}
    return {}


def on_course_completed(sender, *, enrollment, course, user, **kwargs):
    evidence_record(
        user=user,
        kind=Evidence.Kind.COURSE_COMPLETED,
        source=enrollment,
        target_id=course.pk,
        title=course.title,
        url=_url(course),
        occurred_at=_when(enrollment, "completed_at"),
    )
    user_progress_refresh(user=user)


def on_simulation_run_completed(sender, *, run, user, **kwargs):
    scenario = getattr(run, "scenario", None)
    evidence_record(
        user=user,
        kind=Evidence.Kind.SIMULATION_RUN,
        source=run,
        target_id=getattr(run, "scenario_id", None),
        title=str(scenario or run),
        url=_url(run),
        occurred_at=_when(run, "completed_at"),
        scores=_competency_scores(run, "competency_scores", "scores"),
    )
    user_progress_refresh(user=user)


def on_companion_session_closed(sender, *, session, facilitator, **kwargs):
    evidence_record(
        user=facilitator,
        kind=Evidence.Kind.SESSION_FACILITATED,
        source=session,
        title=str(session),
        url=_url(session),
        occurred_at=_when(session, "closed_at", "ended_at", "started_at"),
    )
    user_progress_refresh(user=facilitator)


def on_observation_recorded(sender, *, observation, learner, trainer, **kwargs):
    scores = _competency_scores(observation, "competency_scores", "scores", "rubric_scores")
    overall = getattr(observation, "overall_score", None) or getattr(observation, "score", None)
    if overall is None and scores:
        overall = sum(scores.values()) / len(scores)
    evidence_record(
        user=learner,
        kind=Evidence.Kind.OBSERVATION,
        source=observation,
        target_id=getattr(observation, "session_id", None),
        title=str(observation),
        url=_url(observation),
        occurred_at=_when(observation, "recorded_at", "created_at"),
        scores=scores,
        score=None if overall is None else Decimal(str(overall)),
    )
    user_progress_refresh(user=learner)


def on_logbook_entry_submitted(sender, *, entry, user, **kwargs):
    evidence_record(
        user=user,
        kind=Evidence.Kind.LOGBOOK_ENTRY,
        source=entry,
        title=str(getattr(entry, "title", "") or entry),
        url=_url(entry),
        occurred_at=_when(entry, "submitted_at", "created_at"),
        # Private unless the learner shared it: the portfolio shows shared entries only.
        shared=bool(
            getattr(entry, "shared", False) or getattr(entry, "shared_with_trainer", False)
        ),
    )
    user_progress_refresh(user=user)


def on_workshop_attendance_recorded(sender, *, booking, participant, attended, **kwargs):
    if attended:
        evidence_record(
            user=participant,
            kind=Evidence.Kind.WORKSHOP_ATTENDED,
            source=booking,
            title=str(booking),
            url=_url(booking),
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
        (course_completed, on_course_completed),
        (simulation_run_completed, on_simulation_run_completed),
        (companion_session_closed, on_companion_session_closed),
        (observation_recorded, on_observation_recorded),
        (logbook_entry_submitted, on_logbook_entry_submitted),
        (workshop_attendance_recorded, on_workshop_attendance_recorded),
    ]
    for signal, receiver in pairs:
        signal.connect(receiver, dispatch_uid=f"certification.{receiver.__name__}")
