from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intervisor.providers.admin import ScopedChooserViewSet, ScopedSnippetViewSet
from intervisor.providers.permissions import ProviderScopedPolicy

from .forms import H5PContentForm
from .models import H5PContent, H5PLibrary
from .views import admin

register_permission_policy(H5PContent, ProviderScopedPolicy(H5PContent))


class H5PContentViewSet(ScopedSnippetViewSet):
    model = H5PContent
    icon = "pick"
    menu_label = _("H5P exercises")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = admin.ContentIndexView
    add_view_class = admin.ContentCreateView
    edit_view_class = admin.ContentEditView
    delete_view_class = admin.ContentDeleteView
    chooser_viewset_class = admin.ContentChooserViewSet
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "title",
        "provider",
        "main_library",
        "max_score",
        "status",
        "failure_reason",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("provider"),
            FieldPanel("title"),
            FieldPanel("upload"),
            FieldPanel("max_score"),
            FieldPanel("status", read_only=True),
            FieldPanel("failure_reason", read_only=True),
        ],
        base_form_class=H5PContentForm,
    )


class H5PLibraryViewSet(SnippetViewSet):
    model = H5PLibrary
    icon = "code"
    menu_label = _("H5P libraries")
    add_to_settings_menu = True
    add_view_class = admin.LibraryCreateView
    chooser_viewset_class = ScopedChooserViewSet
    copy_view_enabled = False
    list_display = ["machine_name", "major_version", "minor_version", "patch_version", "title"]
    search_fields = ["machine_name", "title"]
    panels = [
        FieldPanel("title", read_only=True),
        FieldPanel("machine_name", read_only=True),
        FieldPanel("patch_version", read_only=True),
        FieldPanel("installed_by", read_only=True),
    ]


register_snippet(H5PContentViewSet)
register_snippet(H5PLibraryViewSet)
