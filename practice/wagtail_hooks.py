from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CopyView,
    DeleteView,
    EditView,
    HistoryView,
    InspectView,
    SnippetViewSet,
    UsageView,
)

from intervisor.choosers import ChooserViewSet
from intervisor.providers.models import Provider

from .models import Method
from .permissions import MethodPermissionPolicy, editable_provider_ids


class MethodAdminForm(WagtailAdminModelForm):
    """An editor creates methods for their own provider only; only admins edit shared ones."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is not None and not user.is_superuser and "provider" in self.fields:
            field = self.fields["provider"]
            field.queryset = Provider.objects.filter(pk__in=editable_provider_ids(user))
            field.required = True
            field.empty_label = None

    def clean_provider(self):
        provider = self.cleaned_data.get("provider")
        user = self.for_user
        if (
            user is not None
            and not user.is_superuser
            and (provider is None or provider.pk not in editable_provider_ids(user))
        ):
            raise forms.ValidationError(_("Choose your own provider."))
        return provider


class _InstanceCheck:
    permission_action = "change"

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_action, instance
        ):
            raise PermissionDenied
        return instance


class MethodEditView(_InstanceCheck, EditView):
    permission_action = "change"


class MethodDeleteView(_InstanceCheck, DeleteView):
    permission_action = "delete"


class MethodInspectView(_InstanceCheck, InspectView):
    permission_action = "view"


class MethodCopyView(_InstanceCheck, CopyView):
    permission_action = "view"


class MethodHistoryView(_InstanceCheck, HistoryView):
    permission_action = "view"


class MethodUsageView(_InstanceCheck, UsageView):
    permission_action = "view"


class MethodViewSet(SnippetViewSet):
    model = Method
    icon = "list-ol"
    menu_label = _("Methods")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "provider", "min_group_size", "max_group_size"]
    list_filter = ["provider"]
    search_fields = ["name", "summary"]
    inspect_view_enabled = True
    chooser_viewset_class = ChooserViewSet
    edit_view_class = MethodEditView
    delete_view_class = MethodDeleteView
    inspect_view_class = MethodInspectView
    copy_view_class = MethodCopyView
    history_view_class = MethodHistoryView
    usage_view_class = MethodUsageView
    edit_handler = ObjectList(Method.panels, base_form_class=MethodAdminForm)

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_permission_for(request.user, "view")


register_permission_policy(Method, MethodPermissionPolicy(Method))
register_snippet(MethodViewSet)
