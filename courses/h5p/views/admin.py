"""Wagtail admin views for H5P content, scoped to the editor's providers."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets

from intervisor.choosers import ChooserViewSet

from ..models import H5PContent
from ..selectors import contents_for_editor
from ..services import h5p_content_create, h5p_content_delete, h5p_content_replace_package


class ScopedObjectMixin:
    """Another provider's content does not exist for this editor."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not contents_for_editor(user=self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class ContentIndexView(snippets.IndexView):
    def get_base_queryset(self):
        return contents_for_editor(user=self.request.user)


class ContentCreateView(snippets.CreateView):
    def save_instance(self):
        form = self.form
        return h5p_content_create(
            provider=form.cleaned_data["provider"],
            title=form.cleaned_data.get("title", ""),
            data=form.checked_data,
            user=self.request.user,
            max_score=form.cleaned_data.get("max_score"),
        )


class ContentEditView(ScopedObjectMixin, snippets.EditView):
    def save_instance(self):
        instance = self.form.save()
        if self.form.checked_data is not None:
            h5p_content_replace_package(
                content=instance, data=self.form.checked_data, user=self.request.user
            )
        return instance


class ContentDeleteView(ScopedObjectMixin, snippets.DeleteView):
    def delete_action(self):
        h5p_content_delete(content=self.object, user=self.request.user)


class ContentHistoryView(ScopedObjectMixin, snippets.HistoryView):
    pass


class ContentUsageView(ScopedObjectMixin, snippets.UsageView):
    pass


class ScopedChooserMixin:
    def get_object_list(self):
        return contents_for_editor(user=self.request.user).filter(status=H5PContent.Status.READY)


class ContentChooseView(ScopedChooserMixin, snippet_chooser.ChooseView):
    pass


class ContentChooseResultsView(ScopedChooserMixin, snippet_chooser.ChooseResultsView):
    pass


class ContentChooserViewSet(ChooserViewSet):
    choose_view_class = ContentChooseView
    choose_results_view_class = ContentChooseResultsView


class LibraryCreateView(snippets.CreateView):
    """Libraries are installed from packages only, never typed in."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied
