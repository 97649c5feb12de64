"""The check page and the signed Open Badges 3.0 documents: credential, DID, status list."""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from intervisor.providers.models import Provider

from ..credentials import did, selectors, services, verification
from ..documents import (
    OB_CONTEXT,
    absolute_url,
    achievement_document,
    linkedin_add_url,
    provider_profile,
    qr_data_uri,
    verification_url,
)
from ..forms import CredentialCheckForm
from ..models import Level
from ..selectors import certificate_by_number
from .public import unknown_certificate

JSONLD = "application/ld+json"


def _current_credential(certificate):
    return services.credential_current(certificate_id=certificate.pk)


def verify(request, number):
    certificate = certificate_by_number(number)
    if certificate is None:
        return unknown_certificate(request, number)
    credential = _current_credential(certificate)
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
            "outcome": verification.credential_verify(credential.document),
            "linkedin_url": linkedin_add_url(certificate),
            "check_form": CredentialCheckForm(),
        },
    )


@require_POST
def check(request):
    """A credential anyone pasted or uploaded: every check on the server, the first failure
    named. Bad input is answered on the same form (400), never with an error page."""
    form = CredentialCheckForm(request.POST, request.FILES)
    outcome = None
    if form.is_valid():
        outcome = verification.credential_verify(form.cleaned_data["document"])
    return render(
        request,
        "certification/check.html",
        {"check_form": form, "outcome": outcome},
        status=200 if outcome else 400,
    )


def badge(request, number):
    certificate = certificate_by_number(number)
    if certificate is None:
        return JsonResponse({"error": "unknown certificate"}, status=404)
    document = _current_credential(certificate).document
    response = JsonResponse(document, content_type=JSONLD)
    response["Content-Disposition"] = f'inline; filename="{certificate.number}.json"'
    return response


def did_document(request, slug):
    provider = get_object_or_404(Provider, slug=slug)
    document = selectors.did_document_for(provider=provider)
    return JsonResponse(document, content_type="application/did+ld+json")


def status_list(request, slug):
    provider = get_object_or_404(Provider, slug=slug)
    document = selectors.status_list_document(provider=provider)
    if document is None:  # nothing issued yet, so nothing to list
        return JsonResponse({"error": "no status list"}, status=404)
    return JsonResponse(document, content_type="application/vc+ld+json")


def issuer(request, slug):
    provider = get_object_or_404(Provider, slug=slug)
    profile = {"@context": OB_CONTEXT, **provider_profile(provider)}
    profile["id"] = did.provider_did(provider)
    return JsonResponse(profile, content_type=JSONLD)


def achievement(request, level_id):
    level = get_object_or_404(Level.objects.select_related("path__provider"), pk=level_id)
    document = {"@context": OB_CONTEXT, **achievement_document(level)}
    return JsonResponse(document, content_type=JSONLD)
