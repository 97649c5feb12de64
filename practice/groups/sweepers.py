from intervisor.invitations import unsent_requeue

from .models import Membership
from .tasks import send_group_invitation


def invitations_requeue() -> int:
    """Invitations recorded but never sent (their enqueue failed): queue them again."""
    invited = Membership.objects.filter(status=Membership.Status.INVITED)
    return unsent_requeue(invited, send_group_invitation)
