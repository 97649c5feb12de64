"""Pages and JSON anyone can open: the overview, verification, Open Badges documents."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from intervisor.providers.models import Provider

from ..documents import (
    OB_CONTEXT,
    absolute_url,
    achievement_document,
    open_badge,
    provider_profile,
    qr_data_uri,
    revocation_list,
    verification_url,
)
from ..forms import LookupForm
from ..models import Certificate, Level
from ..selectors import (
    certificate_by_number,
    learner_path,
    learner_path_ids,
    paths_open,
    trainer_provider_ids,
)
from .common import not_found

JSONLD = "application/ld+json"


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


def _unknown(request, number):
    return not_found(
        request,
        _(
            "No certificate with number %(number)s exists. Check the number on the "
            "certificate; it looks like IV-2026-000123."
        )
        % {"number": number},
        title=_("Certificate not found"),
    )


def verify(request, number):
    certificate = certificate_by_number(number)
    if certificate is None:
        return _unknown(request, number)
    url = verification_url(certificate)
    return render(
        request,
        "certification/verify.html",
        {
            "certificate": certificate,
            "status": certificate.current_status,
            "holder": certificate.holder,
            "qr": qr_data_uri(url),
            "verify_url": url,
            "badge_url": absolute_url("certification:badge", certificate.number),
        },
    )


def badge(request, number):
    certificate = certificate_by_number(number)
    if certificate is None:
        return JsonResponse({"error": "unknown certificate"}, status=404)
    return JsonResponse(open_badge(certificate), content_type=JSONLD)


def issuer(request, slug):
    provider = get_object_or_404(Provider, slug=slug)
    profile = {"@context": OB_CONTEXT, **provider_profile(provider)}
    return JsonResponse(profile, content_type=JSONLD)


def revocations(request, slug):
    provider = get_object_or_404(Provider, slug=slug)
    revoked = Certificate.objects.filter(
        level__path__provider=provider, status=Certificate.Status.REVOKED
    )
    return JsonResponse(revocation_list(provider, revoked), content_type=JSONLD)


def achievement(request, level_id):
    level = get_object_or_404(Level.objects.select_related("path__provider"), pk=level_id)
    document = {"@context": OB_CONTEXT, **achievement_document(level)}
    return JsonResponse(document, content_type=JSONLD)
