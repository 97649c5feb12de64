"""The e-mail of the session companion: a participant's invitation (sent once)."""

from intervisor.invitations import invitation_send_once

from .models import SessionParticipant


def participant_invitation_send(*, participant_id: int) -> bool:
    return invitation_send_once(
        SessionParticipant.objects.filter(
            accepted_at__isnull=True, token__isnull=False
        ).select_related("session__facilitator"),
        pk=participant_id,
        url_name="practice:participant_accept",
        template="practice/email/participant_invitation",
        context=lambda participant: {"session": participant.session},
    )
