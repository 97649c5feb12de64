"""Admin for providers: paths and levels, each editor seeing only their own provider's."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import CreateView

from intervisor.providers.admin import ScopedEditView, ScopedSnippetViewSet
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.permissions import ProviderScopedPolicy
from intervisor.providers.selectors import providers_for_user

from .models import Level, Path

register_permission_policy(Path, ProviderScopedPolicy(Path))
register_permission_policy(Level, ProviderScopedPolicy(Level, provider_field="path__provider"))


def editable_providers(user):
    if user.is_superuser:
        return Provider.objects.all()
    return providers_for_user(user=user, role=ProviderMembership.Role.EDITOR)


class ProviderScopedForm(WagtailAdminModelForm):
    """Limits the provider / path choice to what the editor may edit."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None:
            return
        providers = editable_providers(for_user)
        if "provider" in self.fields:
            self.fields["provider"].queryset = providers
        if "path" in self.fields:
            self.fields["path"].queryset = Path.objects.filter(provider__in=providers)


class LevelSavedMixin:
    def save_instance(self):
        from intervisor.queueing import enqueue_on_commit

        from .tasks import level_progress_refresh_task

        instance = super().save_instance()
        enqueue_on_commit(level_progress_refresh_task, instance.pk)
        return instance


class LevelCreateView(LevelSavedMixin, CreateView):
    pass


class LevelEditView(LevelSavedMixin, ScopedEditView):
    pass


class ScopedViewSet(ScopedSnippetViewSet):
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_edit_handler(self):
        panels = ObjectList(self.model.panels, base_form_class=ProviderScopedForm)
        return panels.bind_to_model(self.model)


class PathViewSet(ScopedViewSet):
    model = Path
    icon = "pick"
    menu_label = _("Paths")
    list_display = ["name", "provider", "live"]
    list_filter = ["live"]
    search_fields = ["name"]


class LevelViewSet(ScopedViewSet):
    model = Level
    icon = "list-ol"
    menu_label = _("Levels and requirements")
    add_view_class = LevelCreateView
    edit_view_class = LevelEditView
    list_display = ["name", "path", "position"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("path")


class CertificationViewSetGroup(ViewSetGroup):
    items = (PathViewSet, LevelViewSet)
    menu_icon = "success"
    menu_label = _("Certification")
    menu_order = 310
