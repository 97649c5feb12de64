"""Proof of attendance per member per year, checked against a professional body's rules.

The proof lists meetings, hours, group size, method and facilitator, and nothing of what was
discussed: no case, no theme, no notes. Rules are rows (`AttendanceStandard`), so a provider's
admin can add another body's rules next to NOvA's.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.providers.models import ProviderMembership

from .models import Attendance, AttendanceStandard, IntervisieGroup, Meeting


@dataclass(frozen=True)
class AttendedMeeting:
    date: datetime.date
    minutes: int
    group_size: int
    method: str
    facilitator: str
    facilitator_trained: bool


@dataclass
class StandardCheck:
    standard: AttendanceStandard
    counted_minutes: int = 0
    counted: int = 0
    reasons: list[str] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return round(self.counted_minutes / 60, 1)

    @property
    def passed(self) -> bool:
        return self.counted_minutes >= self.standard.min_hours_per_year * 60


@dataclass
class AttendanceProof:
    member_name: str
    group: IntervisieGroup
    year: int
    meetings: list[AttendedMeeting]

    @property
    def hours(self) -> float:
        return round(sum(m.minutes for m in self.meetings) / 60, 1)


def _trained_ids(group: IntervisieGroup, leader_ids: set[int]) -> set[int]:
    trained = set(
        ProviderMembership.objects.filter(
            user_id__in=leader_ids, role=ProviderMembership.Role.TRAINER
        ).values_list("user_id", flat=True)
    )
    if group.facilitator_course:
        trained.add(group.facilitator_id)
    return trained


def attendance_proof(*, group: IntervisieGroup, user, year: int) -> AttendanceProof:
    meetings = list(
        Meeting.objects.filter(
            group=group,
            status=Meeting.Status.HELD,
            starts_at__year=year,
            attendance__user=user,
            attendance__present=True,
        )
        .select_related("method", "led_by")
        .order_by("starts_at")
    )
    leaders = {m.pk: m.led_by_id for m in meetings}
    sizes = Counter(
        meeting_id
        for meeting_id, user_id in Attendance.objects.filter(
            meeting_id__in=leaders, present=True
        ).values_list("meeting_id", "user_id")
        if user_id != leaders[meeting_id]
    )
    trained = _trained_ids(group, {m.led_by_id for m in meetings if m.led_by_id})
    rows = [
        AttendedMeeting(
            date=timezone.localdate(m.starts_at),
            minutes=m.duration_minutes,
            group_size=sizes[m.pk],
            method=m.method.name if m.method else "",
            facilitator=m.led_by.display_name if m.led_by else "",
            facilitator_trained=m.led_by_id in trained,
        )
        for m in meetings
    ]
    return AttendanceProof(member_name=user.display_name, group=group, year=year, meetings=rows)


def standard_check(*, proof: AttendanceProof, standard: AttendanceStandard) -> StandardCheck:
    check = StandardCheck(standard=standard)
    for meeting in proof.meetings:
        day = meeting.date.strftime("%d-%m-%Y")
        if not standard.min_group_size <= meeting.group_size <= standard.max_group_size:
            check.reasons.append(
                _("%(day)s: %(n)s participants, outside %(low)s-%(high)s.")
                % {
                    "day": day,
                    "n": meeting.group_size,
                    "low": standard.min_group_size,
                    "high": standard.max_group_size,
                }
            )
            continue
        if not standard.min_meeting_minutes <= meeting.minutes <= standard.max_meeting_minutes:
            check.reasons.append(
                _("%(day)s: %(m)s minutes, outside %(low)s-%(high)s.")
                % {
                    "day": day,
                    "m": meeting.minutes,
                    "low": standard.min_meeting_minutes,
                    "high": standard.max_meeting_minutes,
                }
            )
            continue
        if standard.trained_facilitator and not meeting.facilitator_trained:
            check.reasons.append(
                _("%(day)s: led by someone without a recorded facilitator course.") % {"day": day}
            )
            continue
        check.counted += 1
        check.counted_minutes += meeting.minutes
    if not check.passed:
        check.reasons.append(
            _("%(h)s of the required %(req)s hours this year.")
            % {"h": check.hours, "req": standard.min_hours_per_year}
        )
    return check
