"""Invitations by e-mail with a token link, accepted by whoever owns the address.

Intervisie groups (members) and the session companion (participants) invite this way: the
inviter's answer never depends on whether the address has an account, and nothing is linked to
an account until its owner, logged in with that address, accepts.
"""

import secrets
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .accounts.language import language_for_email
from .notifications.services import absolute_url
from .queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue


def new_token() -> str:
    return secrets.token_urlsafe(24)


def accept_check(*, invited_email: str, user) -> None:
    """Only the address the invitation went to may accept it."""
    if invited_email.lower() != (user.email or "").lower():
        raise ValidationError(
            _("This invitation was sent to another e-mail address. Log in with that address.")
        )


def mail_send(
    *, to: str, template: str, context: dict, attachments=(), language: str | None = None
) -> None:
    """Send `<template>_subject.txt` and `<template>.txt` in `language` (by default the
    preference of the account that uses `to`, else the site's language); `attachments` holds
    (filename, content, mimetype) triples."""
    with translation.override(language or language_for_email(to)):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[to])
    for attachment in attachments:
        message.attach(*attachment)
    message.send()


def invitation_send_once(
    invitations, *, pk: int, url_name: str, template: str, context: Callable[[Any], dict]
) -> bool:
    """Send the invitation `pk` of `invitations` (a queryset of rows with `email`, `token` and
    `invitation_sent_at`) once: the row lock makes a retry a no-op. The e-mail gets
    `context(invitation)` plus `accept_url`, the absolute URL of `url_name` with the token."""
    with transaction.atomic():
        invitation = invitations.select_for_update(of=("self",)).filter(pk=pk).first()
        if invitation is None or invitation.invitation_sent_at is not None:
            return False
        # The invitee's language if the address has an account with a preference; else Dutch.
        language = language_for_email(invitation.email)
        with translation.override(language):
            accept = reverse(url_name, args=[invitation.token])
        mail_send(
            to=invitation.email,
            language=language,
            template=template,
            context={**context(invitation), "accept_url": absolute_url(accept)},
        )
        invitation.invitation_sent_at = timezone.now()
        invitation.save(update_fields=["invitation_sent_at"])
    return True


def unsent_requeue(invitations, task) -> int:
    """Invitations recorded but never sent (their enqueue failed): queue `task` again."""
    now = timezone.now()
    ids = list(
        invitations.filter(
            invitation_sent_at__isnull=True,
            invited_at__lt=now - SWEEP_AFTER,
            invited_at__gt=now - SWEEP_GIVE_UP,
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        enqueue(task, pk)
    return len(ids)
