from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intervisor.providers.admin import ScopedChooserViewSet

from .models import AttendanceStandard


class AttendanceStandardViewSet(SnippetViewSet):
    """Professional bodies' rules for attendance proofs; site admins add MfN, vFAS and others."""

    chooser_viewset_class = ScopedChooserViewSet

    model = AttendanceStandard
    icon = "list-ul"
    menu_label = _("Attendance standards")
    list_display = ["name", "code", "min_hours_per_year"]


register_snippet(AttendanceStandardViewSet)
