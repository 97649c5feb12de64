"""Reads for pages: the unread count in the header, the inbox, the preference form."""

from django.core.cache import cache

from intervisor.caching import UNREAD_TIMEOUT, unread_key

from . import kinds
from .models import Notification, NotificationPreference

INBOX_SIZE = 50


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return cache.get_or_set(
        unread_key(user.pk),
        lambda: Notification.objects.filter(recipient=user, read_at=None).count(),
        timeout=UNREAD_TIMEOUT,
    )


def inbox(user) -> list[Notification]:
    return list(Notification.objects.filter(recipient=user)[:INBOX_SIZE])


def email_preferences(user) -> list[tuple[kinds.Kind, bool]]:
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "email"))
    return [(kind, chosen.get(kind.key, kind.email_default)) for kind in kinds.all_kinds()]
