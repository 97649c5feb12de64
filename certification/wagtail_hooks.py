from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet

from intervisor.providers.models import Provider

from .views.admin import issuer_key_rotate_view
from .viewsets import CertificationViewSetGroup, editable_providers

register_snippet(CertificationViewSetGroup)


@hooks.register("register_admin_urls")
def credential_admin_urls():
    return [
        path(
            "certification/issuer-key/<int:provider_id>/rotate/",
            issuer_key_rotate_view,
            name="certification_issuer_key_rotate",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def provider_key_button(snippet, user, next_url=None):
    if isinstance(snippet, Provider) and editable_providers(user).filter(pk=snippet.pk).exists():
        yield ListingButton(
            _("Rotate signing key"),
            reverse("certification_issuer_key_rotate", args=[snippet.pk]),
            icon_name="key",
            priority=50,
        )
