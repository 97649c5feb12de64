"""Reads for intervisie groups. Access rules live here: a non-member gets `Http404`."""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from .models import (
    CaseSubmission,
    Evaluation,
    EvaluationAnswer,
    EvaluationResponse,
    IntervisieGroup,
    Meeting,
    Membership,
    RuleComment,
    RuleItem,
    RuleSet,
)
from .rules import topic_label


def active_member_ids(*, group: IntervisieGroup) -> list[int]:
    """Active members' user ids, in the order they joined (the rotation's tie-break)."""
    return list(
        group.memberships.filter(status=Membership.Status.ACTIVE, user__isnull=False)
        .order_by("joined_at", "pk")
        .values_list("user_id", flat=True)
    )


def is_facilitator(*, group: IntervisieGroup, user) -> bool:
    return user.is_authenticated and user.pk == group.facilitator_id


def groups_for_user(*, user) -> QuerySet[IntervisieGroup]:
    """Groups the user facilitates, supervises as trainer, or is an active member of."""
    return (
        IntervisieGroup.objects.filter(
            Q(facilitator=user)
            | Q(trainer=user)
            | Q(memberships__user=user, memberships__status=Membership.Status.ACTIVE)
        )
        .distinct()
        .select_related("facilitator")
    )


@dataclass(frozen=True)
class GroupAccess:
    group: IntervisieGroup
    is_facilitator: bool
    is_trainer: bool
    is_member: bool
    is_contact: bool = False

    @property
    def inside(self) -> bool:
        """Facilitator, trainer or member: sees the group's content (cases, rules, meetings)."""
        return self.is_facilitator or self.is_member or self.is_trainer


def group_for_user(*, group_id: int, user, contact_allowed: bool = False) -> GroupAccess:
    """The group if the user belongs to it; 404 otherwise (never a hint that it exists).

    The organisation's contact gets the group only where `contact_allowed` (the overview of
    attendance and themes)."""
    if not user.is_authenticated:
        raise Http404
    group = (
        IntervisieGroup.objects.filter(pk=group_id)
        .select_related("facilitator", "trainer", "provider")
        .first()
    )
    if group is None:
        raise Http404
    member = group.memberships.filter(user=user, status=Membership.Status.ACTIVE).exists()
    access = GroupAccess(
        group=group,
        is_facilitator=group.facilitator_id == user.pk,
        is_trainer=group.trainer_id == user.pk,
        is_member=member,
        is_contact=group.contact_id == user.pk,
    )
    if not (access.inside or (contact_allowed and access.is_contact)):
        raise Http404
    return access


def meeting_for_user(*, group_id: int, meeting_id: int, user) -> tuple[GroupAccess, Meeting]:
    access = group_for_user(group_id=group_id, user=user)
    meeting = (
        access.group.meetings.filter(pk=meeting_id)
        .select_related("turn", "led_by", "method", "session__method", "chosen_case__author")
        .first()
    )
    if meeting is None:
        raise Http404
    return access, meeting


def current_rules(*, group: IntervisieGroup, with_comments: bool = True) -> RuleSet | None:
    items = RuleItem.objects.order_by("position", "pk")
    if with_comments:
        items = items.prefetch_related(
            Prefetch("comments", queryset=RuleComment.objects.select_related("author"))
        )
    return (
        group.rule_sets.order_by("-version")
        .prefetch_related(Prefetch("items", queryset=items), "agreements")
        .first()
    )


def rules_context(*, group: IntervisieGroup, user, with_comments: bool = True) -> dict:
    """The current rules with who agreed; pages that show only the rules skip the comments."""
    rule_set = current_rules(group=group, with_comments=with_comments)
    members = list(group.memberships.filter(status=Membership.Status.ACTIVE).select_related("user"))
    if rule_set is None:
        return {"rule_set": None, "members": members}
    agreed = {a.user_id for a in rule_set.agreements.all()}
    items = [
        {
            "item": item,
            "label": topic_label(item.topic),
            "comments": list(item.comments.all()) if with_comments else [],
        }
        for item in rule_set.items.all()
    ]
    return {
        "rule_set": rule_set,
        "rule_items": items,
        "members": members,
        "agreed_ids": agreed,
        "user_agreed": user.pk in agreed,
        "all_agreed": bool(members) and all(m.user_id in agreed for m in members),
        "agreed_count": sum(1 for m in members if m.user_id in agreed),
    }


def meetings_of(*, group: IntervisieGroup) -> list[Meeting]:
    return list(
        group.meetings.select_related("turn", "led_by", "method").order_by("starts_at", "pk")
    )


def cases_for_meeting(*, meeting: Meeting) -> list[CaseSubmission]:
    return list(meeting.cases.select_related("author"))


def evaluations_for(*, group: IntervisieGroup, user) -> tuple[Evaluation | None, Evaluation | None]:
    """(the newest evaluation, the newest one this user has not answered yet), in one query."""
    evaluations = list(
        group.evaluations.select_related("after_meeting")
        .annotate(
            answered=Exists(EvaluationResponse.objects.filter(evaluation=OuterRef("pk"), user=user))
        )
        .order_by("-opened_at", "-pk")
    )
    latest = evaluations[0] if evaluations else None
    return latest, next((e for e in evaluations if not e.answered), None)


def evaluation_results(*, evaluation: Evaluation) -> dict:
    """Averages and the free answers in a shuffled-free but nameless order (by id)."""
    answers = list(EvaluationAnswer.objects.filter(evaluation=evaluation).order_by("pk"))
    count = len(answers)

    def average(key):
        return round(sum(getattr(a, key) for a in answers) / count, 1) if count else None

    return {
        "evaluation": evaluation,
        "count": count,
        "meetings_go": average("meetings_go"),
        "yield_score": average("yield_score"),
        "value_for_work": average("value_for_work"),
        "must_change": [a.must_change for a in answers if a.must_change],
        "facilitation_wish": [a.facilitation_wish for a in answers if a.facilitation_wish],
    }


def maturity(*, meetings: list[Meeting]) -> dict:
    """Who led each meeting held so far (of the group's `meetings_of`), and how far the group
    is toward running itself."""
    held = [m for m in meetings if m.status == Meeting.Status.HELD]
    counts = Counter(m.facilitation for m in held)
    own = counts[Meeting.Facilitation.MEMBER] + counts[Meeting.Facilitation.CO_LED]
    leaders = {m.led_by_id for m in held if m.facilitation != Meeting.Facilitation.EXTERNAL}
    return {
        "held": held,
        "counts": {key: counts[key] for key in Meeting.Facilitation.values},
        "member_led_share": round(100 * own / len(held)) if held else 0,
        "member_leaders": len(leaders),
    }


def rotation_preview(*, group: IntervisieGroup) -> list[Meeting]:
    return [m for m in meetings_of(group=group) if m.status == Meeting.Status.PLANNED]


def meetings_for_calendar(*, user) -> QuerySet[Meeting]:
    """Planned and held meetings of every group the user is in, for the calendar feed."""
    return (
        Meeting.objects.filter(group__in=groups_for_user(user=user))
        .exclude(status=Meeting.Status.CANCELLED)
        .select_related("group")
        .order_by("starts_at")
    )


def meetings_due_for_reminder(*, now: datetime.datetime | None = None) -> list[int]:
    """Planned meetings starting within two days; the task sends each member one reminder."""
    now = now or timezone.now()
    return list(
        Meeting.objects.filter(
            status=Meeting.Status.PLANNED,
            starts_at__gt=now,
            starts_at__lte=now + datetime.timedelta(days=2),
        ).values_list("pk", flat=True)
    )


def organisation_overview(*, group: IntervisieGroup) -> list[dict]:
    """Per held meeting: date, hours, how many attended and the theme. Never a case."""
    held = (
        group.meetings.filter(status=Meeting.Status.HELD)
        .annotate(present=Count("attendance", filter=Q(attendance__present=True)))
        .order_by("starts_at")
    )
    return [
        {
            "date": m.starts_at,
            "hours": round(m.duration_minutes / 60, 1),
            "present": m.present,
            "theme": m.theme,
        }
        for m in held
    ]
