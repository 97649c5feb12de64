"""Admin: drills (written by editors) and trainers' label corrections (reviewed, exported)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intervisor.providers.admin import ScopedChooserViewSet

from .models import Drill, LabelCorrection


class DrillViewSet(SnippetViewSet):
    chooser_viewset_class = ScopedChooserViewSet
    model = Drill
    icon = "edit"
    menu_label = _("Drills")
    list_display = ["title", "slug", "live"]
    search_fields = ["title", "case"]
    chooser_viewset_class = ScopedChooserViewSet


class LabelCorrectionViewSet(SnippetViewSet):
    chooser_viewset_class = ScopedChooserViewSet
    """Corrections with the line and the label it got: export them (CSV or Excel) to add
    cues to practice/language/cues.py and lines to tests/language/data."""

    model = LabelCorrection
    icon = "tick"
    menu_label = _("Label corrections")
    list_display = ["line", "label", "trainer", "created_at"]
    list_filter = ["label"]
    list_export = ["line__text", "line__label", "label", "note", "created_at"]
    export_headings = {
        "line__text": _("Typed line"),
        "line__label": _("Label given"),
        "label": _("Right label"),
    }
    export_filename = "label-corrections"
    chooser_viewset_class = ScopedChooserViewSet


class LanguageGroup(ViewSetGroup):
    menu_label = _("Practising the words")
    menu_icon = "openquote"
    menu_order = 310
    items = (DrillViewSet, LabelCorrectionViewSet)


register_snippet(LanguageGroup)
