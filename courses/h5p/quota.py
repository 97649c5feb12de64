"""How much unpacked H5P content a provider may store (H5P_PROVIDER_QUOTA_BYTES).

Counted: the unpacked content files of each upload (h5p.json and content/), kept on the
content row. Libraries are shared by all providers and installed by site administrators, so
they count for nobody."""

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _

from .models import H5PContent

MB = 2**20


def provider_h5p_bytes(*, provider, excluding=None) -> int:
    contents = H5PContent.objects.filter(provider=provider)
    if excluding is not None and excluding.pk:
        contents = contents.exclude(pk=excluding.pk)
    return contents.aggregate(total=Sum("unpacked_bytes"))["total"] or 0


def quota_problem(*, provider, adding: int, replacing=None) -> str | None:
    """A message when `adding` bytes (replacing one content's files) exceed the quota."""
    quota = settings.H5P_PROVIDER_QUOTA_BYTES
    used = provider_h5p_bytes(provider=provider, excluding=replacing)
    if used + adding <= quota:
        return None
    return _(
        "This exercise takes %(need)s MB once unpacked, but %(provider)s has %(free)s MB left of "
        "its %(quota)s MB for H5P exercises. Delete exercises you no longer use, or ask the "
        "site administrator for more room."
    ) % {
        "need": max(1, round(adding / MB)),
        "provider": provider,
        "free": max(0, (quota - used) // MB),
        "quota": quota // MB,
    }
