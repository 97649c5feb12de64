from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .views import admin_refused


class StaffMFAMiddleware:
    """The gate of the Wagtail admin: staff may not enter until they have set up an
    authenticator app, and a logged-in user without admin access gets a 403 page with a way
    home (Wagtail would send them to the login page, which sends a logged-in user back: a loop).

    Only admin paths are checked, so ordinary pages pay nothing for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/") or not request.user.is_authenticated:
            return self.get_response(request)
        is_staff = request.user.is_staff or request.user.has_perm("wagtailadmin.access_admin")
        if not is_staff:
            return admin_refused(request)
        if getattr(settings, "INTERVISOR_STAFF_MFA_REQUIRED", True) and not _has_totp(request.user):
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
