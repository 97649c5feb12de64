"""E-mails of groups: the invitation, a planned meeting with its calendar file, a reminder.

Each function is called by one task and sends at most once: the invitation records
`invitation_sent_at`; reminders record a `ReminderSent` row per member and kind.
"""

from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from intervisor.invitations import invitation_send_once, mail_send
from intervisor.notifications.services import absolute_url, email_wanted, notify

from .calendar import calendar_bytes
from .models import Meeting, Membership, ReminderSent

NOTIFICATION_TITLES = {
    "planned": _("%(name)s: a meeting is planned"),
    "reminder": _("%(name)s: your meeting is coming up"),
}


def _send(
    *, to: str, language: str, template: str, context: dict, ics: bytes | None = None
) -> None:
    attachments = [("intervisie.ics", ics, "text/calendar")] if ics is not None else []
    mail_send(
        to=to,
        language=language,
        template=f"groups/email/{template}",
        context=context,
        attachments=attachments,
    )


def invitation_send(*, membership_id: int) -> bool:
    return invitation_send_once(
        Membership.objects.filter(status=Membership.Status.INVITED).select_related(
            "group__facilitator"
        ),
        pk=membership_id,
        url_name="groups:accept",
        template="groups/email/invitation",
        context=lambda membership: {"group": membership.group},
    )


def _recipients(meeting: Meeting) -> list:
    members = [
        m.user
        for m in meeting.group.memberships.filter(
            status=Membership.Status.ACTIVE, user__isnull=False
        ).select_related("user")
    ]
    facilitator = meeting.group.facilitator  # empty only if an admin removed that user
    return [*([facilitator] if facilitator else []), *members]


def meeting_mail_send(*, meeting_id: int, kind: str) -> int:
    """Tell everyone in the group who has not heard yet about a planned meeting (`kind`
    "planned") or remind them of it ("reminder"): a notification in their inbox, and an e-mail
    with the calendar file unless they turned e-mail off for that kind on their profile."""
    meeting = Meeting.objects.select_related("group__facilitator").filter(pk=meeting_id).first()
    if meeting is None or meeting.status != Meeting.Status.PLANNED:
        return 0
    sent = 0
    ics = calendar_bytes([meeting], name=meeting.group.name)
    for user in _recipients(meeting):
        try:
            with transaction.atomic():
                ReminderSent.objects.create(meeting=meeting, user=user, kind=kind)
                notify(
                    recipient=user,
                    kind=f"meeting_{kind}",
                    # A callable: notify renders it in the recipient's own language.
                    title=lambda: str(NOTIFICATION_TITLES[kind]) % {"name": meeting.group.name},
                    body=formats.date_format(timezone.localtime(meeting.starts_at), "l j F Y, H:i"),
                    link=meeting.get_absolute_url(),
                    key=f"meeting-{meeting.pk}-{kind}",
                    email=False,  # the e-mail below carries the calendar file
                )
                if not email_wanted(user=user, kind=f"meeting_{kind}"):
                    continue
                with translation.override(user.preferred_language):
                    url = absolute_url(meeting.get_absolute_url())
                _send(
                    to=user.email,
                    language=user.preferred_language,
                    template=f"meeting_{kind}",
                    context={
                        "meeting": meeting,
                        "group": meeting.group,
                        "url": url,
                        "is_turn": meeting.turn_id == user.pk,
                    },
                    ics=ics,
                )
        except IntegrityError:
            continue  # already sent to this person
        sent += 1
    return sent
