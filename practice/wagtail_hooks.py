from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Method


class MethodViewSet(SnippetViewSet):
    model = Method
    icon = "list-ol"
    menu_label = _("Methods")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "provider", "min_group_size", "max_group_size"]
    list_filter = ["provider"]
    search_fields = ["name", "summary"]


register_snippet(MethodViewSet)
