from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import signals
from .models import MAX_LENGTH, Reply


@transaction.atomic
def reply_add(*, target, author, text: str, recipients) -> Reply:
    """Store a reply under `target`; the caller has checked that `author` may write there.

    `recipients` are (user, link) pairs: whom to tell, and the path where each reads it."""
    text = text.strip()
    if not text:
        raise ValidationError(_("Write a reply first."))
    if len(text) > MAX_LENGTH:
        raise ValidationError(_("Keep your reply under %(n)s characters.") % {"n": MAX_LENGTH})
    reply = Reply.objects.create(target=target, author=author, text=text)
    others = [(user, link) for user, link in recipients if user and user.pk != author.pk]
    transaction.on_commit(
        lambda: signals.reply_added.send(sender=Reply, reply=reply, recipients=others)
    )
    return reply
