from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services


def feed(request, token: str):
    body = services.feed_calendar(token=token)
    if body is None:
        raise Http404("Unknown calendar")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="intervisor.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
def settings_page(request):
    token = services.feed_for(user=request.user).token
    url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
    webcal = "webcal://" + url.split("://", 1)[1]
    return render(request, "calendarfeed/settings.html", {"feed_url": url, "webcal_url": webcal})


@login_required
@require_POST
def reset(request):
    services.feed_token_reset(user=request.user)
    messages.success(request, _("Your calendar has a new address; the old one no longer works."))
    return redirect("calendarfeed:settings")
