from celery import shared_task

from intervisor.invitations import unsent_requeue

from . import emails
from .models import SessionParticipant

RETRY = {"acks_late": True, "autoretry_for": (ConnectionError,), "retry_backoff": True}


@shared_task(max_retries=5, **RETRY)
def send_participant_invitation(participant_id: int) -> bool:
    return emails.participant_invitation_send(participant_id=participant_id)


def participant_invitations_requeue() -> int:
    pending = SessionParticipant.objects.filter(accepted_at__isnull=True, token__isnull=False)
    return unsent_requeue(pending, send_participant_invitation)
