"""Shared logbook entries and observations waiting on the trainer's home."""

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from intervisor.replies.selectors import answered_by
from intervisor.trainer.registry import ITEMS_MAX, Item

from .models import CompanionSession, LogbookEntry


def _when(session) -> str:
    return formats.date_format(session.date, "j F Y")


def logbooks_to_answer(user) -> list[Item]:
    """Entries shared with her that she has not replied to yet, oldest first."""
    entries = list(
        LogbookEntry.objects.filter(shared_with=user, submitted_at__isnull=False)
        .select_related("user", "session")
        .order_by("submitted_at")[: ITEMS_MAX * 3]
    )
    answered = answered_by(model=LogbookEntry, user=user, target_ids=[e.pk for e in entries])
    return [
        Item(
            entry.user.display_name,
            reverse("practice:logbook_entry", args=[entry.pk]),
            f"{entry.session.group_name}, {_when(entry.session)}",
        )
        for entry in entries
        if entry.pk not in answered
    ][:ITEMS_MAX]


def observations_to_give(user) -> list[Item]:
    sessions = (
        CompanionSession.objects.filter(observer=user)
        .exclude(observations__trainer=user)
        .select_related("facilitator")
        .order_by("date")[:ITEMS_MAX]
    )
    return [
        Item(
            session.facilitator.display_name,
            reverse("practice:observation", args=[session.pk]),
            _("%(group)s, %(date)s") % {"group": session.group_name, "date": _when(session)},
        )
        for session in sessions
    ]
