from django.db.models import Q

from .models import Notification, NotificationPreference


def export_notifications(user) -> dict:
    return {
        "notifications": list(
            Notification.objects.filter(recipient=user).values(
                "kind", "title", "body", "link", "created", "read_at", "emailed_at"
            )
        ),
        "email_preferences": dict(
            NotificationPreference.objects.filter(user=user).values_list("kind", "email")
        ),
    }


def erase_notifications(user) -> None:
    # Also what others were told about this person: those titles carry their name.
    Notification.objects.filter(Q(recipient=user) | Q(actor=user)).delete()
    NotificationPreference.objects.filter(user=user).delete()
