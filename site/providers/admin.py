"""Admin views that ask the model's permission policy about every object they touch.

Wagtail's generic views check model permissions only; these check the registered policy
(`intervisor.providers.permissions.ProviderScopedPolicy` for provider-owned models) for the
single object too, so an id of another provider is 404 on edit, delete, copy, inspect,
history, usage and the chooser's `chosen` view. Listings, choosers and bulk actions start
from the policy's queryset. `ScopedSnippetViewSet` wires them all; apps subclass its views.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import ProtectedError, Q
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views import chooser, snippets

from intervisor.choosers import ChooserViewSet

from .permissions import SEE_ACTIONS


def visible_instances(model, user, actions=SEE_ACTIONS):
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, actions)


def protected_message(error: ProtectedError) -> str:
    return _(
        "This cannot be deleted: %(count)d other records (such as certificates or bookings) "
        "still refer to it. Archive it instead, or remove those first."
    ) % {"count": len(error.protected_objects)}


class ScopedObjectMixin:
    """The object must be one the user may see (else 404) and, when the view changes it,
    one they may `scope_action` (else 403)."""

    scope_action = None

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        policy = policy_registry.get_by_type(type(obj))
        user = self.request.user
        if not policy.user_has_any_permission_for_instance(user, SEE_ACTIONS, obj):
            raise Http404
        if self.scope_action and not policy.user_has_permission_for_instance(
            user, self.scope_action, obj
        ):
            raise PermissionDenied
        return obj


class ScopedEditView(ScopedObjectMixin, snippets.EditView):
    scope_action = "change"


class ScopedDeleteView(ScopedObjectMixin, snippets.DeleteView):
    scope_action = "delete"

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError as error:
            messages.error(self.request, protected_message(error))
            return HttpResponseRedirect(self.get_success_url())


class ScopedHistoryView(ScopedObjectMixin, snippets.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, snippets.UsageView):
    pass


class ScopedInspectView(ScopedObjectMixin, snippets.InspectView):
    pass


class ScopedCopyView(ScopedObjectMixin, snippets.CopyView):
    pass


# --- Choosers ----------------------------------------------------------------------------


class DatabaseSearchForm(BaseFilterForm):
    """The chooser's search in the database: the search index cannot apply the policy's
    filters (provider lookups across relations, OR with the shared catalogue)."""

    q = forms.CharField(label=gettext_lazy("Search term"), required=False)

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching, self.search_query = True, query
        model = objects.model
        if hasattr(model, "get_searchable_search_fields"):
            names = [field.field_name for field in model.get_searchable_search_fields()]
        else:
            names = [name for name in ("title", "name") if hasattr(model, name)]
        matches = Q(pk__in=[])
        for name in names:
            matches |= Q(**{f"{name}__icontains": query})
        return objects.filter(matches)


class ScopedChooserListMixin:
    filter_form_class = DatabaseSearchForm

    def get_object_list(self):
        return visible_instances(self.model_class, self.request.user, ["choose"])


class ScopedChooseView(ScopedChooserListMixin, chooser.ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserListMixin, chooser.ChooseResultsView):
    pass


class ScopedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return visible_instances(self.model_class, self.request.user, ["choose"]).get(pk=pk)


class ScopedChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        objects = visible_instances(self.model_class, self.request.user, ["choose"])
        return objects.filter(pk__in=[pk for pk in pks if str(pk).isdigit()])


class ScopedChooserViewSet(ChooserViewSet):
    """Main's creation-less chooser (create answers 404), scoped by the policy."""

    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ScopedSnippetViewSet(snippets.SnippetViewSet):
    """A snippet viewset whose every view goes through the model's permission policy."""

    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView
    copy_view_class = ScopedCopyView
    chooser_viewset_class = ScopedChooserViewSet
    # Search the scoped queryset in the database: the search index cannot apply the
    # policy's filters (provider lookups across relations, OR with the shared catalogue).
    search_backend_name = None

    def get_queryset(self, request):
        return visible_instances(self.model, request.user)


# --- Bulk actions --------------------------------------------------------------------------


class ScopedDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete, starting from the rows the user may see: another provider's
    ids are left out (not listed by title as 'no access'), and rows still referred to by
    protected records are refused with a message instead of an error."""

    def get_queryset(self, model, object_ids):
        ids = [pk for pk in object_ids if str(pk).isdigit()]
        objects = list(visible_instances(model, self.request.user).filter(pk__in=ids))
        if not objects:
            raise Http404
        return objects

    def get_all_objects_in_listing_query(self, parent_id):
        return visible_instances(self.model, self.request.user).values_list("pk", flat=True)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError as error:
            messages.error(self.request, protected_message(error))
            return HttpResponseRedirect(self.next_url)
