"""One real action per notification kind, through the apps' own services.

Each event takes the `World` of users and returns the notification kind and whom it is for.
The on-commit work of the service (the signal, then the e-mail task) runs as the test's
transaction mode allows: captured in the SQLite tests, at once with a real worker.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from certification import services as certification
from certification.models import Certificate, Intake, LearningGoal, LevelProgress
from courses.workshops.services import booking_cancel, booking_confirm
from intervisor.notifications import kinds
from practice import services as practice
from practice.models import LogbookEntry
from tests.factories.certification import (
    facilitate_session,
    rubric,
    sessions,
    started,
    three_level_path,
)
from tests.factories.practice import make_method
from tests.factories.workshops import make_booking, make_date, make_workshop_page

GOOD_GOAL = (
    "Voor de zomer vat ik in elke vragenronde van onze intervisiebijeenkomst samen wat de "
    "inbrenger heeft verteld."
)


@dataclass
class World:
    provider: object
    learner: object
    trainer: object
    team_lead: object
    editor: object


def intake_submitted(w: World):
    path = started(w.learner, three_level_path(w.provider)[0])
    certification.intake_goal_add(user=w.learner, path=path, text=GOOD_GOAL)
    certification.intake_save(user=w.learner, path=path, trainer=w.trainer)
    certification.intake_submit(user=w.learner, path=path)
    return kinds.INTAKE_SUBMITTED, w.trainer


def intake_confirmed(w: World):
    path = started(w.learner, three_level_path(w.provider)[0])
    intake = Intake.objects.create(
        user=w.learner, path=path, trainer=w.trainer, status=Intake.Status.SUBMITTED
    )
    LearningGoal.objects.create(intake=intake, text=GOOD_GOAL)
    certification.intake_confirm(intake=intake, trainer=w.trainer)
    return kinds.INTAKE_CONFIRMED, w.learner


def logbook_shared(w: World):
    session = facilitate_session(w.learner, method=make_method(provider=w.provider))
    entry = LogbookEntry.objects.get(session=session, user=w.learner)
    practice.logbook_entry_submit(
        entry_id=entry.pk,
        user=w.learner,
        content={"situations_discussed": "Een collega die steeds te laat komt."},
        evaluation={"case_score": 4, "method_score": 4, "collaboration_score": 5},
        shared_with_id=w.trainer.pk,
    )
    return kinds.LOGBOOK_SHARED, w.trainer


def logbook_answered(w: World):
    from intervisor.replies.services import reply_add

    logbook_shared(w)
    entry = LogbookEntry.objects.get(user=w.learner, shared_with=w.trainer)
    reply_add(
        target=entry,
        author=w.trainer,
        text="Mooi verslag. Wat deed je toen het stil werd?",
        recipients=[(w.learner, "/oefenen/logboek/"), (w.trainer, "/oefenen/logboek/")],
    )
    return kinds.LOGBOOK_ANSWERED, w.learner


def observation_saved(w: World):
    session = facilitate_session(
        w.learner, method=make_method(provider=w.provider), observer=w.trainer
    )
    practice.observation_record(
        session_id=session.pk, trainer=w.trainer, scores=rubric(4), notes="Sterke samenvatting."
    )
    return kinds.OBSERVATION_SAVED, w.learner


def _ready_for_assessment(w: World):
    path, _a, _c, independent = three_level_path(w.provider)
    started(w.learner, path)
    sessions(w.learner, 6, observed=3, rubric=4)
    intake = Intake.objects.create(
        user=w.learner, path=path, trainer=w.trainer, status=Intake.Status.CONFIRMED
    )
    LearningGoal.objects.create(intake=intake, text=GOOD_GOAL, evaluated_at=timezone.now())
    certification.requirement_statuses_evaluate(user=w.learner, level=independent)
    return independent


def assessment_requested(w: World):
    certification.assessment_request(user=w.learner, level=_ready_for_assessment(w))
    return kinds.ASSESSMENT_REQUESTED, w.trainer


def assessment_decided(w: World):
    from certification.models import Assessment

    assessment = Assessment.objects.create(user=w.learner, level=_ready_for_assessment(w))
    certification.assessment_decide(
        assessment_id=assessment.pk, assessor=w.trainer, passed=False, feedback="Oefen meer."
    )
    return kinds.ASSESSMENT_DECIDED, w.learner


def _completed_level(w: World):
    path, aspirant, *_ = three_level_path(w.provider)
    started(w.learner, path)
    LevelProgress.objects.filter(user=w.learner, level=aspirant).update(completed_at=timezone.now())
    return aspirant


def certificate_issued(w: World):
    certification.certificate_issue(user_id=w.learner.pk, level_id=_completed_level(w).pk)
    return kinds.CERTIFICATE_ISSUED, w.learner


def certificate_expiring(w: World):
    level = _completed_level(w)
    Certificate.objects.create(
        user=w.learner,
        level=level,
        number="IV-2026-900001",
        period_start=timezone.localdate() - datetime.timedelta(days=1000),
        expires_on=timezone.localdate() + datetime.timedelta(days=20),
        emailed_at=timezone.now(),
    )
    certification.certificates_remind()
    return kinds.CERTIFICATE_EXPIRING, w.learner


def _booking(w: World):
    page = make_workshop_page(w.provider)
    return make_booking(make_date(page, w.trainer), w.team_lead)


def booking_requested(w: World):
    _booking(w)
    return kinds.BOOKING_REQUESTED, w.trainer


def booking_confirmed(w: World):
    booking_confirm(booking=_booking(w), by=w.editor)
    return kinds.BOOKING_CONFIRMED, w.trainer


def booking_cancelled(w: World):
    booking_cancel(booking=_booking(w), by=w.team_lead, reason="De afdeling wordt opgeheven.")
    return kinds.BOOKING_CANCELLED, w.trainer


EVENTS = [
    intake_submitted,
    intake_confirmed,
    logbook_shared,
    logbook_answered,
    observation_saved,
    assessment_requested,
    assessment_decided,
    certificate_issued,
    certificate_expiring,
    booking_requested,
    booking_confirmed,
    booking_cancelled,
]
# Kinds whose e-mail the app sends itself (with the PDF, or the booking's own mail).
APP_EMAILS_ITSELF = {kinds.CERTIFICATE_ISSUED, kinds.CERTIFICATE_EXPIRING}
