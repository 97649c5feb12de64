from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from intervisor.providers.admin import ScopedSnippetViewSet
from intervisor.providers.models import Provider
from intervisor.providers.permissions import ProviderScopedPolicy, provider_ids

from .models import Method
from .views.playtest import playtest_view

# Methods without a provider are the shared catalogue: every editor reads, only admins change.
register_permission_policy(Method, ProviderScopedPolicy(Method, shared=True))


class MethodAdminForm(WagtailAdminModelForm):
    """An editor creates methods for their own provider only; only admins edit shared ones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and not user.is_superuser and "provider" in self.fields:
            field = self.fields["provider"]
            field.queryset = Provider.objects.filter(pk__in=provider_ids(user))
            field.required = True
            field.empty_label = None

    def clean_provider(self):
        provider = self.cleaned_data.get("provider")
        user = self.for_user
        if (
            user is not None
            and not user.is_superuser
            and (provider is None or provider.pk not in provider_ids(user))
        ):
            raise forms.ValidationError(_("Choose your own provider."))
        return provider


class MethodViewSet(ScopedSnippetViewSet):
    model = Method
    icon = "list-ol"
    menu_label = _("Methods")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "provider", "min_group_size", "max_group_size"]
    list_filter = ["provider"]
    search_fields = ["name", "summary"]
    inspect_view_enabled = True
    edit_handler = ObjectList(Method.panels, base_form_class=MethodAdminForm)


register_snippet(MethodViewSet)


@hooks.register("register_admin_urls")
def scenario_playtest_urls():
    return [path("scenarios/<int:page_id>/test/", playtest_view, name="practice_playtest")]
