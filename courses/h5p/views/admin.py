"""Wagtail admin views for H5P content, scoped to the editor's providers."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import snippets

from intervisor.providers import admin as scoped

from ..models import H5PContent
from ..services import h5p_content_create, h5p_content_delete, h5p_content_replace_package


class ContentIndexView(snippets.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("provider")


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


class ContentEditView(scoped.ScopedEditView):
    def save_instance(self):
        instance = self.form.save()
        if self.form.checked_data is not None:
            h5p_content_replace_package(
                content=instance, data=self.form.checked_data, user=self.request.user
            )
        return instance


class ContentDeleteView(scoped.ScopedDeleteView):
    def delete_action(self):
        h5p_content_delete(content=self.object, user=self.request.user)


class ReadyOnlyMixin:
    """Only extracted content can be placed in a lesson."""

    def get_object_list(self):
        return super().get_object_list().filter(status=H5PContent.Status.READY)


class ContentChooseView(ReadyOnlyMixin, scoped.ScopedChooseView):
    pass


class ContentChooseResultsView(ReadyOnlyMixin, scoped.ScopedChooseResultsView):
    pass


class ContentChooserViewSet(scoped.ScopedChooserViewSet):
    choose_view_class = ContentChooseView
    choose_results_view_class = ContentChooseResultsView


class LibraryCreateView(snippets.CreateView):
    """Libraries are installed from packages only, never typed in."""

    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied
