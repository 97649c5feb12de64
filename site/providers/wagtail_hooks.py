from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from intervisor.choosers import ChooserViewSet

from .models import Provider
from .services import provider_create


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
    chooser_viewset_class = ChooserViewSet
    list_display = ["name", "website", "contact_email", "created_at"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("contact_email"),
        FieldPanel("allow_certificate_name_removal"),
    ]


register_snippet(ProviderViewSet)
