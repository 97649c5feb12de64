"""Writes for intervisie groups. Every function runs in one transaction and checks who may act."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.invitations import accept_check
from intervisor.queueing import enqueue_on_commit

from ..models import CompanionSession, SessionParticipant
from ..services import companion_session_start
from . import tasks
from .models import (
    MAX_GROUP_SIZE,
    MIN_GROUP_SIZE,
    Attendance,
    CaseSubmission,
    Evaluation,
    EvaluationAnswer,
    EvaluationResponse,
    IntervisieGroup,
    Meeting,
    Membership,
    RuleAgreement,
    RuleComment,
    RuleItem,
    RuleSet,
)
from .rules import TOPICS, default_rules
from .selectors import active_member_ids, is_facilitator

MIN_MEETING_MINUTES = 60
MAX_MEETING_MINUTES = 240
TEXT_LIMIT = 4000


def _clean_text(value: str, *, field: str, required: bool = True) -> str:
    value = (value or "").strip()
    if "\x00" in value:
        raise ValidationError(
            _("%(field)s contains a character that cannot be stored.") % {"field": field}
        )
    if required and not value:
        raise ValidationError(_("%(field)s is empty.") % {"field": field})
    if len(value) > TEXT_LIMIT:
        raise ValidationError(
            _("%(field)s is longer than %(n)s characters.") % {"field": field, "n": TEXT_LIMIT}
        )
    return value


def _require_facilitator(group: IntervisieGroup, user) -> None:
    if not is_facilitator(group=group, user=user):
        raise PermissionDenied("Only the group's facilitator may do this")


def _check_duration(minutes: int) -> None:
    if not MIN_MEETING_MINUTES <= minutes <= MAX_MEETING_MINUTES:
        raise ValidationError(
            _("A meeting lasts between %(low)s and %(high)s minutes.")
            % {"low": MIN_MEETING_MINUTES, "high": MAX_MEETING_MINUTES}
        )


@transaction.atomic
def group_create(
    *,
    name: str,
    facilitator,
    provider=None,
    organisation: str = "",
    facilitator_course: str = "",
    trainer=None,
    rhythm_weeks: int = 6,
    meeting_minutes: int = 150,
    evaluation_after: int = 3,
) -> IntervisieGroup:
    """A new group with the facilitator's first proposal for the ground rules."""
    _check_duration(meeting_minutes)
    if not 1 <= rhythm_weeks <= 26:
        raise ValidationError(_("A group meets at least twice a year and at most every week."))
    group = IntervisieGroup.objects.create(
        name=_clean_text(name, field=_("Name"))[:120],
        facilitator=facilitator,
        provider=provider,
        organisation=_clean_text(organisation, field=_("Organisation"), required=False)[:160],
        facilitator_course=_clean_text(facilitator_course, field=_("Course"), required=False)[:200],
        trainer=trainer,
        rhythm_weeks=rhythm_weeks,
        meeting_minutes=meeting_minutes,
        evaluation_after=max(1, evaluation_after),
    )
    rules_propose(group=group, by=facilitator, items=default_rules())
    return group


@transaction.atomic
def member_invite(*, group: IntervisieGroup, by, email: str) -> Membership:
    """Invite an address; the answer is the same whether or not it has an account."""
    _require_facilitator(group, by)
    email = _clean_text(email, field=_("E-mail address")).lower()
    group = IntervisieGroup.objects.select_for_update().get(pk=group.pk)
    existing = group.memberships.filter(email__iexact=email).first()
    if existing is not None and existing.status != Membership.Status.LEFT:
        raise ValidationError(_("This address has already been invited to the group."))
    open_places = group.memberships.exclude(status=Membership.Status.LEFT).count()
    if open_places >= MAX_GROUP_SIZE:
        raise ValidationError(_("A group has at most %(n)s members.") % {"n": MAX_GROUP_SIZE})
    if existing is not None:  # invited again after leaving
        existing.status = Membership.Status.INVITED
        existing.user = None
        existing.left_at = None
        existing.invitation_sent_at = None
        existing.save()
        membership = existing
    else:
        membership = Membership.objects.create(group=group, email=email)
    enqueue_on_commit(tasks.send_group_invitation, membership.pk)
    return membership


@transaction.atomic
def invitation_accept(*, token: str, user) -> Membership:
    membership = (
        Membership.objects.select_for_update().filter(token=token).select_related("group").first()
    )
    if membership is None or membership.status == Membership.Status.LEFT:
        raise PermissionDenied("Unknown invitation")
    accept_check(invited_email=membership.email, user=user)
    if membership.status == Membership.Status.ACTIVE:
        return membership
    membership.user = user
    membership.status = Membership.Status.ACTIVE
    membership.joined_at = timezone.now()
    try:
        with transaction.atomic():
            membership.save()
    except IntegrityError as error:
        raise ValidationError(_("You are already a member of this group.")) from error
    return membership


@transaction.atomic
def member_leave(*, group: IntervisieGroup, user, by) -> None:
    """A member leaves (or the facilitator removes them): access ends at once."""
    if by.pk != user.pk:
        _require_facilitator(group, by)
    updated = group.memberships.filter(user=user).exclude(status=Membership.Status.LEFT)
    updated.update(status=Membership.Status.LEFT, left_at=timezone.now())


@transaction.atomic
def rules_propose(*, group: IntervisieGroup, by, items: list[tuple[str, str]]) -> RuleSet:
    """A new version of the ground rules; agreements start again for it."""
    _require_facilitator(group, by)
    if not items:
        raise ValidationError(_("Propose at least one ground rule."))
    group = IntervisieGroup.objects.select_for_update().get(pk=group.pk)
    last = group.rule_sets.aggregate(v=Max("version"))["v"] or 0
    rule_set = RuleSet.objects.create(group=group, version=last + 1, proposed_by=by)
    RuleItem.objects.bulk_create(
        [
            RuleItem(
                rule_set=rule_set,
                topic=topic if topic in TOPICS else "own",
                text=_clean_text(text, field=_("Ground rule")),
                position=index,
            )
            for index, (topic, text) in enumerate(items)
        ]
    )
    return rule_set


@transaction.atomic
def rule_comment_add(*, item: RuleItem, author, text: str) -> RuleComment:
    group = item.rule_set.group
    if author.pk not in active_member_ids(group=group) and not is_facilitator(
        group=group, user=author
    ):
        raise PermissionDenied("Not in this group")
    return RuleComment.objects.create(
        item=item, author=author, text=_clean_text(text, field=_("Comment"))
    )


@transaction.atomic
def rules_agree(*, rule_set: RuleSet, user) -> RuleAgreement:
    group = rule_set.group
    if user.pk not in active_member_ids(group=group):
        raise PermissionDenied("Not a member")
    latest = group.rule_sets.order_by("-version").values_list("pk", flat=True).first()
    if latest != rule_set.pk:
        raise ValidationError(_("These rules have been changed since; read the new version."))
    agreement, _created = RuleAgreement.objects.get_or_create(rule_set=rule_set, user=user)
    return agreement


def _rotation(group: IntervisieGroup, member_ids: list[int]) -> list[int]:
    """Members in the order of their next turn: fewest turns first, then who joined first."""
    turns = dict(
        group.meetings.exclude(status=Meeting.Status.CANCELLED)
        .filter(turn__isnull=False)
        .values_list("turn")
        .annotate(n=Count("pk"))
    )
    return sorted(member_ids, key=lambda uid: (turns.get(uid, 0), member_ids.index(uid)))


@transaction.atomic
def meetings_plan(
    *, group: IntervisieGroup, by, first_start: datetime.datetime, count: int, location: str = ""
) -> list[Meeting]:
    """Plan `count` meetings in the group's rhythm; the rotation gives each one a case-bringer."""
    _require_facilitator(group, by)
    group = IntervisieGroup.objects.select_for_update().get(pk=group.pk)
    member_ids = active_member_ids(group=group)
    if not MIN_GROUP_SIZE <= len(member_ids) <= MAX_GROUP_SIZE:
        raise ValidationError(
            _("A group meets with %(low)s to %(high)s members; this one has %(n)s.")
            % {"low": MIN_GROUP_SIZE, "high": MAX_GROUP_SIZE, "n": len(member_ids)}
        )
    _check_duration(group.meeting_minutes)
    if not 1 <= count <= 12:
        raise ValidationError(_("Plan between 1 and 12 meetings at a time."))
    if first_start < timezone.now():
        raise ValidationError(_("The first meeting must be in the future."))
    location = _clean_text(location, field=_("Location"), required=False)[:200]
    number = group.meetings.aggregate(n=Max("number"))["n"] or 0
    order = _rotation(group, member_ids)
    meetings = []
    for index in range(count):
        meetings.append(
            Meeting.objects.create(
                group=group,
                number=number + index + 1,
                starts_at=first_start + datetime.timedelta(weeks=group.rhythm_weeks * index),
                duration_minutes=group.meeting_minutes,
                location=location,
                turn_id=order[index % len(order)],
                led_by=group.facilitator,
            )
        )
    for meeting in meetings:
        enqueue_on_commit(tasks.send_meeting_planned, meeting.pk)
    return meetings


@transaction.atomic
def case_submit(
    *,
    meeting: Meeting,
    author,
    situation: str,
    own_share: str,
    question: str,
    learning_goal: str,
    check: dict,
) -> CaseSubmission:
    if author.pk not in active_member_ids(group=meeting.group):
        raise PermissionDenied("Not a member")
    if meeting.status != Meeting.Status.PLANNED:
        raise ValidationError(_("This meeting has already taken place."))
    fields = {
        "situation": _clean_text(situation, field=_("The situation")),
        "own_share": _clean_text(own_share, field=_("Your own share")),
        "question": _clean_text(question, field=_("Your question")),
        "learning_goal": _clean_text(learning_goal, field=_("What you want to learn")),
        "question_check": check,
    }
    case, _created = CaseSubmission.objects.update_or_create(
        meeting=meeting, author=author, defaults=fields
    )
    return case


@transaction.atomic
def meeting_start(
    *,
    meeting: Meeting,
    by,
    case: CaseSubmission | None,
    method,
    led_by,
    facilitation: str,
    theme: str = "",
) -> CompanionSession:
    """Open the meeting in the session companion with the group's members and the chosen case."""
    group = meeting.group
    _require_facilitator(group, by)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.session_id is not None:
        return meeting.session
    if meeting.status != Meeting.Status.PLANNED:
        raise ValidationError(_("This meeting has already taken place."))
    members = active_member_ids(group=group)
    if case is not None and case.meeting_id != meeting.pk:
        raise PermissionDenied("Case of another meeting")
    if led_by.pk not in set(members) | {group.facilitator_id}:
        raise ValidationError(_("The meeting is led by the facilitator or one of the members."))
    if facilitation not in Meeting.Facilitation.values:
        raise ValidationError(_("Choose who facilitates."))
    if led_by.pk == group.facilitator_id:
        facilitation = Meeting.Facilitation.EXTERNAL
    elif facilitation == Meeting.Facilitation.EXTERNAL:
        facilitation = Meeting.Facilitation.MEMBER
    session = CompanionSession.objects.create(
        facilitator=led_by,
        group_name=group.name,
        date=timezone.localdate(meeting.starts_at),
        method=method,
        observer=group.trainer,
    )
    users = {
        m.user_id: m.user
        for m in group.memberships.filter(user_id__in=members).select_related("user")
    }
    participant_ids = [uid for uid in members if uid != led_by.pk]
    if led_by.pk != group.facilitator_id:
        participant_ids.append(group.facilitator_id)
        users[group.facilitator_id] = group.facilitator
    SessionParticipant.objects.bulk_create(
        [
            SessionParticipant(
                session=session,
                user_id=uid,
                name=users[uid].display_name,
                role=(
                    SessionParticipant.Role.CASE_BRINGER
                    if case is not None and uid == case.author_id
                    else SessionParticipant.Role.MEMBER
                ),
            )
            for uid in participant_ids
        ]
    )
    meeting.session = session
    meeting.method = method
    meeting.chosen_case = case
    meeting.led_by = led_by
    meeting.facilitation = facilitation
    meeting.theme = _clean_text(theme, field=_("Theme"), required=False)[:120]
    meeting.save()
    return companion_session_start(session_id=session.pk, facilitator=led_by)


@transaction.atomic
def meeting_held(*, session: CompanionSession) -> Meeting | None:
    """The companion session of a meeting closed: record attendance and maybe open an evaluation."""
    meeting = Meeting.objects.select_for_update().filter(session=session).first()
    if meeting is None or meeting.status == Meeting.Status.HELD:
        return meeting
    meeting.status = Meeting.Status.HELD
    meeting.held_at = session.closed_at or timezone.now()
    meeting.save(update_fields=["status", "held_at"])
    present = set(
        session.participants.filter(user__isnull=False).values_list("user_id", flat=True)
    ) | {session.facilitator_id}
    present &= set(active_member_ids(group=meeting.group)) | {meeting.group.facilitator_id}
    Attendance.objects.bulk_create(
        [Attendance(meeting=meeting, user_id=uid) for uid in sorted(present)],
        ignore_conflicts=True,
    )
    held = meeting.group.meetings.filter(status=Meeting.Status.HELD).count()
    if held % meeting.group.evaluation_after == 0:
        Evaluation.objects.get_or_create(group=meeting.group, after_meeting=meeting)
    return meeting


@transaction.atomic
def attendance_set(*, meeting: Meeting, by, present_ids: set[int]) -> None:
    group = meeting.group
    _require_facilitator(group, by)
    if meeting.status != Meeting.Status.HELD:
        raise ValidationError(_("Attendance is recorded once the meeting has taken place."))
    allowed = set(active_member_ids(group=group)) | {group.facilitator_id}
    if not present_ids <= allowed:
        raise PermissionDenied("Not in this group")
    meeting.attendance.exclude(user_id__in=present_ids).delete()
    Attendance.objects.bulk_create(
        [Attendance(meeting=meeting, user_id=uid) for uid in sorted(present_ids)],
        ignore_conflicts=True,
    )


@transaction.atomic
def evaluation_answer(*, evaluation: Evaluation, user, answers: dict) -> None:
    """Store the answers without the name; a second answer from the same member is refused."""
    if user.pk not in active_member_ids(group=evaluation.group):
        raise PermissionDenied("Not a member")
    for key in ("meetings_go", "yield_score", "value_for_work"):
        if answers.get(key) not in (1, 2, 3, 4, 5):
            raise ValidationError(_("Give every question a score from 1 to 5."))
    try:
        with transaction.atomic():
            EvaluationResponse.objects.create(evaluation=evaluation, user=user)
    except IntegrityError as error:
        raise ValidationError(_("You have already filled in this evaluation.")) from error
    EvaluationAnswer.objects.create(
        evaluation=evaluation,
        meetings_go=answers["meetings_go"],
        yield_score=answers["yield_score"],
        value_for_work=answers["value_for_work"],
        must_change=_clean_text(answers.get("must_change", ""), field=_("Answer"), required=False),
        facilitation_wish=_clean_text(
            answers.get("facilitation_wish", ""), field=_("Answer"), required=False
        ),
    )
