import json

from csp.decorators import csp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import roles
from .forms import AccountDeleteForm
from .services import user_account_delete, user_data_export


@login_required
def profile(request):
    user = request.user
    user_roles = [
        label for name, label in roles.ROLE_LABELS.items() if roles.user_has_role(user, name)
    ]
    return render(request, "accounts/profile.html", {"user_roles": user_roles})


@login_required
def privacy(request):
    form = AccountDeleteForm(user=request.user)
    return render(request, "accounts/privacy.html", {"form": form})


@login_required
def data_export(request):
    data = user_data_export(user=request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="intervisor-gegevens-{stamp}.json"'
    return response


@login_required
@require_POST
def account_delete(request):
    form = AccountDeleteForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "accounts/privacy.html", {"form": form}, status=400)
    user = request.user
    logout(request)
    user_account_delete(user=user, options=form.chosen_options())
    messages.success(request, _("Your account and personal data have been deleted."))
    return redirect("/")


def admin_refused(request):
    """A logged-in user without admin access who opens the admin: 403, with a way home.

    It is a page of the site, so it gets the site's policy, not the admin's."""
    site_policy = csp(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    return site_policy(render)(request, "accounts/admin_refused.html", status=403)
