from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _


class StaffMFAMiddleware:
    """Staff may not enter the Wagtail admin until they have set up an authenticator app.

    Only admin paths are checked, so ordinary pages pay nothing for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/admin/")
            and getattr(settings, "INTERVISOR_STAFF_MFA_REQUIRED", True)
            and request.user.is_authenticated
            and (request.user.is_staff or request.user.has_perm("wagtailadmin.access_admin"))
            and not _has_totp(request.user)
        ):
            messages.warning(
                request,
                _(
                    "Set up two-step verification with an authenticator app before you "
                    "open the management environment."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def _has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
