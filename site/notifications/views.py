from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .forms import PreferencesForm


@login_required
def inbox(request):
    return render(
        request,
        "notifications/inbox.html",
        {"notifications": selectors.inbox(request.user)},
    )


@login_required
@require_POST
def open_notification(request, notification_id: int):
    """Mark it read and follow its link (a path on this site), or back to the inbox."""
    notification = services.notification_read(user=request.user, notification_id=notification_id)
    link = notification.link if notification else ""
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts={request.get_host()}):
        return redirect(link)
    return redirect("notifications:inbox")


@login_required
@require_POST
def read_all(request):
    services.notifications_read_all(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:inbox")


@login_required
def preferences(request):
    current = [kind.key for kind, email in selectors.email_preferences(request.user) if email]
    form = PreferencesForm(request.POST or None, initial={"email_kinds": current})
    if request.method == "POST" and form.is_valid():
        services.preferences_set(
            user=request.user, email_kinds=set(form.cleaned_data["email_kinds"])
        )
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
