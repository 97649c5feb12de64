"""Certificate deadlines in the personal calendar feed."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from intervisor.calendarfeed.services import all_day_event

from .models import Certificate


def calendar_events(user) -> list:
    certificates = Certificate.objects.filter(
        user=user, status=Certificate.Status.VALID
    ).select_related("level")
    with override(user.preferred_language):
        return [
            all_day_event(
                uid=f"certificate-expiry-{c.pk}@intervisor",
                summary=_("Certificate %(number)s (%(level)s) expires")
                % {"number": c.number, "level": c.level.name},
                day=c.expires_on,
                url=settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("certification:path", args=[c.level.path_id]),
            )
            for c in certificates
        ]
