from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Site
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .admin import ScopedChooserViewSet, ScopedDeleteBulkAction, visible_instances
from .models import Provider
from .permissions import OwnProvidersPolicy, is_site_admin, provider_ids
from .services import provider_create

register_permission_policy(Provider, OwnProvidersPolicy(Provider))


class ProviderCreateView(CreateView):
    """Creating a provider also creates its page subtree, collection and editors' group."""

    def save_instance(self):
        data = self.form.cleaned_data
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        provider = provider_create(name=data["name"], parent_page=site.root_page)
        provider.website = data.get("website", "")
        provider.contact_email = data.get("contact_email", "")
        provider.save(update_fields=["website", "contact_email"])
        return provider


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "group"
    menu_label = _("Training providers")
    add_to_settings_menu = True
    add_view_class = ProviderCreateView
    chooser_viewset_class = ScopedChooserViewSet
    list_display = ["name", "website", "contact_email", "created_at"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("contact_email"),
        FieldPanel("allow_certificate_name_removal"),
    ]


register_snippet(ProviderViewSet)


# --- Provider scoping beyond the viewsets (see intervisor.providers.permissions) ----------


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API lists only images the user may choose (their provider's collection)."""

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(pk__in=visible_instances(self.model, self.request.user, ["choose"]))
        )


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .filter(pk__in=visible_instances(self.model, self.request.user, ["choose"]))
        )


@hooks.register("construct_admin_api", order=1)  # after Wagtail's own endpoints, replacing them
def scope_media_endpoints(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


hooks.register("register_bulk_action", ScopedDeleteBulkAction, order=1)


@hooks.register("construct_page_chooser_queryset")
def hide_other_providers_pages(pages, request):
    """The page chooser shows shared pages and the user's own providers' subtrees."""
    user = request.user
    if is_site_admin(user):
        return pages
    others = Provider.objects.exclude(pk__in=provider_ids(user, role=None))
    for root_path in others.values_list("root_page__path", flat=True):
        pages = pages.exclude(path__startswith=root_path)
    return pages
