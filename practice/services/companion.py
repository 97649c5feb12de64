import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.invitations import accept_check, new_token
from intervisor.providers.models import ProviderMembership
from intervisor.queueing import enqueue_on_commit

from .. import signals, tasks
from ..competencies import COMPETENCY_KEYS, RUBRIC_LEVELS
from ..models import (
    CompanionSession,
    LogbookBaseline,
    LogbookEntry,
    Method,
    Observation,
    SessionEvaluation,
    SessionNote,
    SessionParticipant,
)

Role = SessionParticipant.Role


def _locked_session(*, session_id: int, facilitator) -> CompanionSession:
    session = (
        CompanionSession.objects.select_for_update()
        .filter(pk=session_id, facilitator=facilitator)
        .first()
    )
    if session is None:
        raise PermissionDenied("Not your session")
    return session


@transaction.atomic
def companion_session_create(
    *, facilitator, group_name: str, date: datetime.date, method: Method
) -> CompanionSession:
    return CompanionSession.objects.create(
        facilitator=facilitator, group_name=group_name.strip(), date=date, method=method
    )


@transaction.atomic
def session_participant_add(
    *, session_id: int, facilitator, email: str = "", name: str = ""
) -> SessionParticipant:
    """Invite someone by e-mail, or add just a name for someone without an account.

    An invitation says the same whether or not the address has an account, and links nothing
    to an account: that happens when its owner accepts (`participant_invitation_accept`)."""
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    if session.status == CompanionSession.Status.CLOSED:
        raise ValidationError(_("This session is closed."))
    email, name = email.strip().lower(), name.strip()
    if email:
        if email == facilitator.email.lower():
            raise ValidationError(_("You facilitate this session yourself."))
        if session.participants.filter(email__iexact=email).exists():
            raise ValidationError(_("This address has already been invited to the session."))
        participant = SessionParticipant.objects.create(
            session=session,
            email=email,
            name=email[:120],
            token=new_token(),
            invited_at=timezone.now(),
        )
        enqueue_on_commit(tasks.send_participant_invitation, participant.pk)
        return participant
    if not name:
        raise ValidationError(_("Give an e-mail address or a name."))
    return SessionParticipant.objects.create(session=session, name=name)


@transaction.atomic
def participant_invitation_accept(*, token: str, user) -> SessionParticipant:
    """The invited person joins: the account is linked, and a closed session gives them their
    logbook entry now."""
    participant = (
        SessionParticipant.objects.select_for_update(of=("self",))
        .select_related("session")
        .filter(token=token)
        .first()
    )
    if participant is None:
        raise PermissionDenied("Unknown invitation")
    accept_check(invited_email=participant.email, user=user)
    if participant.user_id == user.pk:
        return participant
    participant.user = user
    participant.name = user.display_name[:120]
    participant.accepted_at = timezone.now()
    try:
        with transaction.atomic():
            participant.save(update_fields=["user", "name", "accepted_at"])
    except IntegrityError as error:
        raise ValidationError(_("You are already in this session.")) from error
    if participant.session.status == CompanionSession.Status.CLOSED:
        LogbookEntry.objects.get_or_create(user=user, session=participant.session)
    return participant


@transaction.atomic
def session_roles_set(
    *, session_id: int, facilitator, case_bringer_id: int | None, timekeeper_id: int | None
) -> CompanionSession:
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    participants = {p.pk: p for p in session.participants.all()}
    for pid in (case_bringer_id, timekeeper_id):
        if pid is not None and pid not in participants:
            raise PermissionDenied("Participant of another session")
    if case_bringer_id is not None and case_bringer_id == timekeeper_id:
        raise ValidationError(_("The case-bringer cannot keep the time as well."))
    for participant in participants.values():
        role = Role.MEMBER
        if participant.pk == case_bringer_id:
            role = Role.CASE_BRINGER
        elif participant.pk == timekeeper_id:
            role = Role.TIMEKEEPER
        if participant.role != role:
            participant.role = role
            participant.save(update_fields=["role"])
    return session


@transaction.atomic
def companion_session_start(*, session_id: int, facilitator) -> CompanionSession:
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    if session.status != CompanionSession.Status.PLANNED:
        return session
    now = timezone.now()
    session.status = CompanionSession.Status.RUNNING
    session.started_at = now
    session.step_started_at = now
    session.current_step = 0
    session.save(update_fields=["status", "started_at", "step_started_at", "current_step"])
    return session


@transaction.atomic
def companion_step_go(*, session_id: int, facilitator, step_index: int) -> CompanionSession:
    """Move to a step; the posted index makes a double click harmless."""
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    if session.status != CompanionSession.Status.RUNNING:
        raise PermissionDenied("Session is not running")
    count = session.method.steps.count()
    if not 0 <= step_index < count:
        raise PermissionDenied("No such step")
    if step_index != session.current_step:
        session.current_step = step_index
        session.step_started_at = timezone.now()
        session.save(update_fields=["current_step", "step_started_at"])
    return session


@transaction.atomic
def session_note_add(*, session_id: int, facilitator, text: str) -> SessionNote:
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    if session.status == CompanionSession.Status.CLOSED:
        raise ValidationError(_("This session is closed."))
    text = text.strip()
    if not text:
        raise ValidationError(_("The note is empty."))
    return SessionNote.objects.create(session=session, step_index=session.current_step, text=text)


@transaction.atomic
def companion_session_close(*, session_id: int, facilitator) -> CompanionSession:
    """Close the session; every account holder, the facilitator included, gets a logbook entry."""
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    if session.status == CompanionSession.Status.CLOSED:
        return session
    if session.status != CompanionSession.Status.RUNNING:
        raise ValidationError(_("Start the session before you close it."))
    session.status = CompanionSession.Status.CLOSED
    session.closed_at = timezone.now()
    session.save(update_fields=["status", "closed_at"])
    user_ids = {facilitator.pk} | set(
        session.participants.filter(user__isnull=False).values_list("user_id", flat=True)
    )
    existing = set(session.logbook_entries.values_list("user_id", flat=True))
    LogbookEntry.objects.bulk_create(
        [LogbookEntry(session=session, user_id=uid) for uid in user_ids - existing]
    )
    transaction.on_commit(
        lambda: signals.companion_session_closed.send(
            sender=CompanionSession, session=session, facilitator=facilitator
        )
    )
    return session


def trainers_queryset():
    return (
        get_user_model()
        .objects.filter(provider_memberships__role=ProviderMembership.Role.TRAINER)
        .distinct()
        .order_by("first_name", "last_name", "email")
    )


def _check_trainer(trainer_id: int | None):
    if trainer_id is None:
        return None
    trainer = trainers_queryset().filter(pk=trainer_id).first()
    if trainer is None:
        raise PermissionDenied("Not a trainer")
    return trainer


@transaction.atomic
def session_observer_set(*, session_id: int, facilitator, trainer_id: int | None):
    session = _locked_session(session_id=session_id, facilitator=facilitator)
    session.observer = _check_trainer(trainer_id)
    session.save(update_fields=["observer"])
    return session


@transaction.atomic
def logbook_baseline_save(*, user, **fields) -> LogbookBaseline:
    baseline, _created = LogbookBaseline.objects.update_or_create(user=user, defaults=fields)
    return baseline


LOGBOOK_FIELDS = (
    "situations_discussed",
    "learning_question",
    "learned_normative",
    "learned_methodical",
    "learned_personal",
)


@transaction.atomic
def logbook_entry_submit(
    *, entry_id: int, user, content: dict, evaluation: dict, shared_with_id: int | None
) -> LogbookEntry:
    entry = LogbookEntry.objects.select_for_update().filter(pk=entry_id, user=user).first()
    if entry is None:
        raise PermissionDenied("Not your logbook")
    for field in LOGBOOK_FIELDS:
        setattr(entry, field, (content.get(field) or "").strip())
    entry.shared_with = _check_trainer(shared_with_id)
    if entry.submitted_at is None:
        entry.submitted_at = timezone.now()
    entry.save()
    SessionEvaluation.objects.update_or_create(
        session_id=entry.session_id, user=user, defaults=evaluation
    )
    # Sent on every save, not only the first: sharing an entry later must reach the
    # listeners too (certification stores evidence idempotently per entry).
    transaction.on_commit(
        lambda: signals.logbook_entry_submitted.send(sender=LogbookEntry, entry=entry, user=user)
    )
    return entry


@transaction.atomic
def observation_record(*, session_id: int, trainer, scores: dict, notes: str) -> Observation:
    """Only the trainer the facilitator picked may observe; recording twice updates it."""
    session = (
        CompanionSession.objects.select_for_update()
        .filter(pk=session_id, observer=trainer)
        .select_related("facilitator")
        .first()
    )
    if session is None:
        raise PermissionDenied("Not shared with you")
    valid_levels = {level for level, _label in RUBRIC_LEVELS}
    if set(scores) != set(COMPETENCY_KEYS) or not set(scores.values()) <= valid_levels:
        raise ValidationError(_("Score every competency on the rubric."))
    observation, created = Observation.objects.update_or_create(
        session=session,
        trainer=trainer,
        defaults={"facilitator": session.facilitator, "scores": scores, "notes": notes.strip()},
    )
    transaction.on_commit(
        lambda: signals.observation_recorded.send(
            sender=Observation,
            observation=observation,
            learner=session.facilitator,
            trainer=trainer,
        )
    )
    return observation
