"""The scenario editor's diagram: a Wagtail panel beside the situations it draws."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from . import diagram
from .graph import ScenarioGraph


class ScenarioDiagramPanel(Panel):
    """Draws the graph being edited: what the editor just submitted when the form came back
    with errors (so a refused publish shows its problems), otherwise the latest revision."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Diagram of the scenario"))
        kwargs.setdefault(
            "help_text",
            _("How the situations connect. It follows the last saved or submitted version."),
        )
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "practice/admin/scenario_diagram.html"

        class Media:
            css = {"all": ["css/scenario-diagram.css"]}

        def stream(self):
            submitted = getattr(self.form, "submitted_situations", None)
            return self.instance.situations if submitted is None else submitted

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            graph = ScenarioGraph.from_stream(self.stream())
            context["diagram"] = diagram.build(graph, self.instance.initial_state())
            if self.instance.pk:
                context["playtest_url"] = reverse("practice_playtest", args=[self.instance.pk])
            return context
