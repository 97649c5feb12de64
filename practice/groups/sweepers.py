from django.utils import timezone

from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue

from .models import Membership
from .tasks import send_group_invitation


def invitations_requeue() -> int:
    """Invitations recorded but never sent (their enqueue failed): queue them again."""
    now = timezone.now()
    ids = list(
        Membership.objects.filter(
            status=Membership.Status.INVITED,
            invitation_sent_at__isnull=True,
            invited_at__lt=now - SWEEP_AFTER,
            invited_at__gt=now - SWEEP_GIVE_UP,
        ).values_list("pk", flat=True)
    )
    for membership_id in ids:
        enqueue(send_group_invitation, membership_id)
    return len(ids)
