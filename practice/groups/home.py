"""What groups add to the trainer's home and to the personal calendar feed."""

from django.db.models import Q
from django.utils import timezone

from intervisor.trainer.registry import ITEMS_MAX, Item

from .calendar import meeting_event
from .models import IntervisieGroup, Meeting
from .selectors import meetings_for_calendar


def groups_facilitated(user) -> list[Item]:
    groups = IntervisieGroup.objects.filter(Q(facilitator=user) | Q(trainer=user)).order_by("name")
    next_meetings = {
        m.group_id: m
        for m in Meeting.objects.filter(
            group__in=groups, status=Meeting.Status.PLANNED, starts_at__gte=timezone.now()
        ).order_by("-starts_at")
    }
    items = []
    for group in groups[:ITEMS_MAX]:
        meeting = next_meetings.get(group.pk)
        when = timezone.localtime(meeting.starts_at).strftime("%d-%m-%Y %H:%M") if meeting else ""
        items.append(Item(group.name, group.get_absolute_url(), when))
    return items


def calendar_events(user) -> list:
    return [meeting_event(meeting) for meeting in meetings_for_calendar(user=user)]
