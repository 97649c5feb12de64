"""Snippet choosers without a creation form.

Wagtail routes a chooser's "create" URL for every snippet, also when the chooser offers no
creation form (none of ours do: snippets are created on their own add page, through the
services that scope them to a provider). A POST there then fails with a 500 because the form
is None. This view answers 404 instead, as for any URL that offers nothing.
"""

from django.http import Http404
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView


class CreationlessCreateView(SnippetCreateView):
    def dispatch(self, request, *args, **kwargs):
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class ChooserViewSet(SnippetChooserViewSet):
    create_view_class = CreationlessCreateView
