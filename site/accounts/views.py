import json

from csp.decorators import csp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from . import roles, services
from .forms import AccountDeleteForm, PhotoForm, ProfileForm, VerificationResendForm
from .language import language_cookie_set
from .selectors import email_unconfirmed
from .services import user_account_delete, user_data_export


def _profile_page(request, *, form=None, photo_form=None, status=200):
    user = request.user
    user_roles = [
        label for name, label in roles.ROLE_LABELS.items() if roles.user_has_role(user, name)
    ]
    context = {
        "user_roles": user_roles,
        "form": form or ProfileForm.for_user(user),
        "photo_form": photo_form or PhotoForm(),
        "unconfirmed_email": email_unconfirmed(user=user),
    }
    return render(request, "accounts/profile.html", context, status=status)


@login_required
def profile(request):
    if request.method != "POST":
        return _profile_page(request)
    form = ProfileForm.for_user(request.user, request.POST)
    if not form.is_valid():
        return _profile_page(request, form=form, status=400)
    user = services.user_profile_update(user=request.user, **form.cleaned_data)
    # The rest of the visit is in the chosen language: its URL, its cookie, this message.
    with translation.override(user.preferred_language):
        messages.success(request, _("Your profile is saved."))
        response = redirect(reverse("accounts:profile"))
    return language_cookie_set(response, user.preferred_language)


@login_required
@require_POST
def photo_upload(request):
    form = PhotoForm(request.POST, request.FILES)
    if not form.is_valid():
        return _profile_page(request, photo_form=form, status=400)
    services.user_photo_set(user=request.user, content=form.cleaned_data["photo"])
    messages.success(request, _("Your photo is saved."))
    return redirect("accounts:profile")


@login_required
@require_POST
def photo_remove(request):
    services.user_photo_remove(user=request.user)
    messages.success(request, _("Your photo is removed."))
    return redirect("accounts:profile")


@login_required
@require_GET
@cache_control(private=True, max_age=60 * 60 * 24)
def photo(request):
    """The user's own photo. Its URL carries the stored name (`?v=`), which changes with every
    upload, so the browser may keep it for a day."""
    name = request.user.photo.name
    if not name:
        raise Http404("No photo")
    try:
        handle = request.user.photo.storage.open(name, "rb")
    except FileNotFoundError:  # the row outlived its file (a restore without the files)
        raise Http404("No photo") from None
    return FileResponse(handle, content_type="image/jpeg")


@require_POST
def verification_resend(request):
    """A new confirmation e-mail, from the "confirm your address" pages and the profile."""
    if request.user.is_authenticated:
        result = services.verification_resend(request=request, user=request.user)
        back = reverse("accounts:profile")
    else:
        form = VerificationResendForm(request.POST)
        back = reverse("account_email_verification_sent")
        if not form.is_valid():
            messages.error(request, _("Enter the e-mail address you signed up with."))
            return redirect(back)
        result = services.verification_resend(request=request, email=form.cleaned_data["email"])
    if result == "wait":
        messages.warning(
            request,
            _(
                "We sent a confirmation e-mail to this address a moment ago. Check your inbox "
                "and spam folder, and ask again in a few minutes if it has not arrived."
            ),
        )
    elif result == "verified":
        messages.info(request, _("Your e-mail address is already confirmed."))
    elif request.user.is_authenticated:
        messages.success(request, _("We sent a new confirmation e-mail. Open its link."))
    else:
        messages.success(
            request,
            _(
                "If an account with this address still waits for confirmation, we sent it a "
                "new confirmation e-mail. Open its link."
            ),
        )
    return redirect(back)


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
