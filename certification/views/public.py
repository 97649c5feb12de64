"""Pages anyone can open: the overview and the lookup of a certificate number."""

from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from ..forms import LookupForm
from ..selectors import (
    learner_path,
    learner_path_ids,
    paths_open,
    trainer_provider_ids,
)
from .common import not_found


def overview(request):
    paths = list(paths_open())
    context = {"listed_paths": paths, "lookup_form": LookupForm()}
    if request.user.is_authenticated:
        started = set(learner_path_ids(user=request.user))
        context["my_paths"] = [
            learner_path(user=request.user, path=p) for p in paths if p.pk in started
        ]
        context["listed_paths"] = [p for p in paths if p.pk not in started]
        context["is_trainer"] = bool(trainer_provider_ids(user=request.user))
    return render(request, "certification/overview.html", context)


@require_GET
def lookup(request):
    form = LookupForm(request.GET)
    if form.is_valid():
        return redirect("certification:verify", number=form.cleaned_data["number"])
    return render(
        request,
        "certification/overview.html",
        {"listed_paths": [], "lookup_form": form, "lookup_only": True},
        status=400,
    )


def unknown_certificate(request, number):
    return not_found(
        request,
        _(
            "No certificate with number %(number)s exists. Check the number on the "
            "certificate; it looks like IV-2026-000123."
        )
        % {"number": number},
        title=_("Certificate not found"),
    )
