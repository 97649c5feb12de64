"""Admin: rotate a provider's credential signing key (a button on the provider listing)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.auth import require_admin_access

from ..credentials.services import issuer_key_rotate
from ..models import IssuerKey
from ..viewsets import editable_providers


@require_admin_access
def issuer_key_rotate_view(request, provider_id):
    provider = get_object_or_404(editable_providers(request.user), pk=provider_id)
    if request.method == "POST":
        issuer_key_rotate(provider=provider)
        messages.success(
            request,
            _("%(provider)s signs new credentials with a new key; earlier ones stay valid.")
            % {"provider": provider.name},
        )
        return redirect("wagtailsnippets_providers_provider:list")
    keys = IssuerKey.objects.filter(provider=provider).order_by("-created_at")
    return TemplateResponse(
        request,
        "certification/admin/rotate_key.html",
        {"provider": provider, "keys": keys, "page_title": _("Rotate signing key")},
    )
