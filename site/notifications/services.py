"""Writes: notify someone, send the e-mail once, mark read, set preferences."""

import datetime
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from intervisor.caching import forget, unread_key
from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue, enqueue_on_commit

from . import kinds
from .models import Notification, NotificationPreference

logger = logging.getLogger(__name__)


SEND_EMAIL_TASK = "intervisor.notifications.tasks.send_notification_email"


def _forget_unread(user_id: int) -> None:
    forget(unread_key(user_id))


def email_wanted(*, user, kind: str) -> bool:
    pref = NotificationPreference.objects.filter(user=user, kind=kind).first()
    return pref.email if pref is not None else kinds.get(kind).email_default


def _text(value) -> str:
    return str(value() if callable(value) else value)


def notify(
    *,
    recipient,
    kind: str,
    title,
    body="",
    link: str | Callable[[], str] = "",
    key: str = "",
    email: bool = True,
    actor=None,
) -> Notification:
    """Tell `recipient` about an event; see the package docstring for the arguments."""
    kinds.get(kind)  # an unregistered kind is a programming error: fail loudly
    if key:
        existing = Notification.objects.filter(recipient=recipient, kind=kind, key=key).first()
        if existing is not None:
            return existing
    with translation.override(recipient.preferred_language):
        fields = {"title": _text(title)[:200], "body": _text(body), "link": _text(link)}
    wanted = email and bool(recipient.email) and recipient.is_active
    wanted = wanted and email_wanted(user=recipient, kind=kind)
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                kind=kind,
                key=key,
                actor=actor,
                email_wanted=wanted,
                **fields,
            )
    except IntegrityError:  # the same key raced us; the other one counts
        return Notification.objects.get(recipient=recipient, kind=kind, key=key)
    _forget_unread(recipient.pk)
    if wanted:
        enqueue_on_commit(SEND_EMAIL_TASK, notification.pk)
    return notification


def absolute_url(link: str) -> str:
    if not link:
        return settings.WAGTAILADMIN_BASE_URL
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + link


def notification_email_send(*, notification_id: int) -> bool:
    """Send one notification's e-mail at most once; True when it was sent now."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("recipient")
            .filter(pk=notification_id, email_wanted=True, emailed_at=None)
            .first()
        )
        if notification is None:
            return False
        recipient = notification.recipient
        with translation.override(recipient.preferred_language):
            message = render_to_string(
                "notifications/email/notification.txt",
                {
                    "notification": notification,
                    "recipient": recipient,
                    "url": absolute_url(notification.link),
                    "preferences_url": absolute_url(_preferences_path()),
                },
            )
        send_mail(notification.title, message, None, [recipient.email])
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return True


def _preferences_path() -> str:
    from django.urls import reverse

    return reverse("notifications:preferences")


def unsent_emails_requeue(*, now: datetime.datetime | None = None) -> int:
    """Sweeper: queue again the e-mails whose enqueue failed or whose task was lost."""

    now = now or timezone.now()
    ids = Notification.objects.filter(
        email_wanted=True,
        emailed_at=None,
        created__lt=now - SWEEP_AFTER,
        created__gt=now - SWEEP_GIVE_UP,
    ).values_list("pk", flat=True)
    return sum(enqueue(SEND_EMAIL_TASK, pk) for pk in ids)


def notification_read(*, user, notification_id: int) -> Notification | None:
    notification = Notification.objects.filter(pk=notification_id, recipient=user).first()
    if notification is not None and notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
        _forget_unread(user.pk)
    return notification


def notifications_read_all(*, user) -> int:
    count = Notification.objects.filter(recipient=user, read_at=None).update(read_at=timezone.now())
    _forget_unread(user.pk)
    return count


@transaction.atomic
def preferences_set(*, user, email_kinds: set[str]) -> None:
    """E-mail for exactly the kinds in `email_kinds`; the inbox always gets everything."""
    for kind in kinds.all_kinds():
        NotificationPreference.objects.update_or_create(
            user=user, kind=kind.key, defaults={"email": kind.key in email_kinds}
        )
