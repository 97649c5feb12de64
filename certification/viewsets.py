"""Admin for providers: paths and levels, each editor seeing only their own provider's."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    HistoryView,
    SnippetViewSet,
    UsageView,
)

from intervisor.choosers import ChooserViewSet
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.selectors import providers_for_user

from .models import Level, Path


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


class ScopedObjectMixin:
    """Editing another provider's path by id is refused, not just hidden from the list."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        provider_id = obj.provider_id if isinstance(obj, Path) else obj.path.provider_id
        if not editable_providers(self.request.user).filter(pk=provider_id).exists():
            raise PermissionDenied
        return obj


class ScopedEditView(ScopedObjectMixin, EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, DeleteView):
    pass


class ScopedUsageView(ScopedObjectMixin, UsageView):
    pass


class ScopedHistoryView(ScopedObjectMixin, HistoryView):
    pass


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


class ScopedViewSet(SnippetViewSet):
    chooser_viewset_class = ChooserViewSet
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView
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

    def get_queryset(self, request):
        return Path.objects.filter(provider__in=editable_providers(request.user))


class LevelViewSet(ScopedViewSet):
    model = Level
    icon = "list-ol"
    menu_label = _("Levels and requirements")
    add_view_class = LevelCreateView
    edit_view_class = LevelEditView
    list_display = ["name", "path", "position"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return Level.objects.filter(path__provider__in=editable_providers(request.user))


class CertificationViewSetGroup(ViewSetGroup):
    items = (PathViewSet, LevelViewSet)
    menu_icon = "success"
    menu_label = _("Certification")
    menu_order = 310
