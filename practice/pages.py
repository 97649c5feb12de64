"""Wagtail pages: a practice area per provider, and scenarios authored as pages inside it.

Pages (not snippets) because they bring what scenarios need for free: draft and publish
with revisions, a hook to validate the graph on publish, moderation workflows, and the
provider's page permissions on its own subtree.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from intervisor.language_urls import ActiveLanguageUrlMixin
from intervisor.providers.selectors import provider_for_page

from .blocks import SituationsBlock
from .competencies import ENERGY, SAFETY, TIME_LEFT
from .graph import ScenarioGraph, validate
from .models.methods import Method
from .panels import ScenarioDiagramPanel

PUBLISH_ACTIONS = ("action-publish", "action-submit")


class PracticeIndexPage(ActiveLanguageUrlMixin, Page):
    """A provider's practice area: lists its published scenarios."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["providers.ProviderPage"]
    subpage_types = ["practice.ScenarioPage"]
    max_count_per_parent = 1
    template = "practice/practice_index_page.html"

    class Meta:
        verbose_name = _("practice area")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["scenarios"] = (
            ScenarioPage.objects.child_of(self).live().public().select_related("method")
        )
        return context


class ScenarioPageForm(WagtailAdminPageForm):
    """Checks the graph when the editor publishes (or submits for moderation); drafts may be
    incomplete while a scenario is being written."""

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("method")
        provider = getattr(self, "provider", None)
        if (
            method
            and method.provider_id
            and (provider is None or method.provider_id != provider.pk)
        ):
            self.add_error("method", _("Choose a shared method or one of your own provider."))
        situations = cleaned.get("situations")
        if situations is not None:
            # Kept for the diagram, which draws what was submitted even when it is refused.
            self.submitted_situations = situations
        if situations is not None and any(action in self.data for action in PUBLISH_ACTIONS):
            errors = validate(ScenarioGraph.from_stream(situations))
            if errors:
                self.add_error(None, forms.ValidationError(errors))
                self.add_error(
                    "situations", _("The scenario cannot be published yet; see the problems above.")
                )
        return cleaned

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        anchor = self.instance if self.instance.pk else getattr(self, "parent_page", None)
        self.provider = provider_for_page(page=anchor) if anchor is not None else None
        if "method" in self.fields:
            self.fields["method"].queryset = Method.objects.filter(
                models.Q(provider__isnull=True) | models.Q(provider=self.provider)
            )


class ScenarioPage(ActiveLanguageUrlMixin, Page):
    """A simulated intervisie session: a cast, a method, and a graph of situations."""

    class Focus(models.TextChoices):
        NO_CASE = "no_case", _("Nobody brings a case")
        TEARS = "tears", _("The case-bringer cries")
        ADVICE = "advice", _("Jumping to advice")
        COMPLAINING = "complaining", _("A complaining hour")
        DOMINANT = "dominant", _("A dominant participant")
        SILENT = "silent", _("A silent participant")
        OTHERS_FAULT = "others_fault", _("It is the other person's fault")
        OUT_OF_TIME = "out_of_time", _("Running out of time")
        MANAGER = "manager", _("A manager joins")
        OTHER = "other", _("Other")

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for the list."))
    focus = models.CharField(_("worst case"), max_length=30, choices=Focus.choices)
    method = models.ForeignKey(
        "practice.Method",
        on_delete=models.PROTECT,
        related_name="scenarios",
        verbose_name=_("method"),
    )
    briefing = RichTextField(_("briefing"), blank=True, features=["bold", "italic", "ol", "ul"])
    reflection_question = models.CharField(_("reflection question"), max_length=300)
    clock_start = models.PositiveSmallIntegerField(
        _("starts at minute"),
        default=0,
        help_text=_("Minutes into the session when the scenario opens."),
    )
    time_budget = models.PositiveSmallIntegerField(_("minutes left at the start"), default=60)
    start_safety = models.PositiveSmallIntegerField(_("safety at the start"), default=60)
    start_energy = models.PositiveSmallIntegerField(_("energy at the start"), default=60)
    situations = StreamField(SituationsBlock(), verbose_name=_("situations"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("focus"),
        FieldPanel("method"),
        FieldPanel("briefing"),
        InlinePanel("cast", label=_("cast"), min_num=2),
        MultiFieldPanel(
            [
                FieldPanel("clock_start"),
                FieldPanel("time_budget"),
                FieldPanel("start_safety"),
                FieldPanel("start_energy"),
            ],
            heading=_("Starting state"),
        ),
        ScenarioDiagramPanel(),
        FieldPanel("situations"),
        FieldPanel("reflection_question"),
    ]
    base_form_class = ScenarioPageForm
    parent_page_types = ["practice.PracticeIndexPage"]
    subpage_types: list[str] = []
    template = "practice/scenario_page.html"

    class Meta:
        verbose_name = _("simulation scenario")
        verbose_name_plural = _("simulation scenarios")

    @property
    def graph(self) -> ScenarioGraph:
        # Parsed once per request; the StreamField is already loaded with the page row.
        if getattr(self, "_graph", None) is None:
            self._graph = ScenarioGraph.from_stream(self.situations)
        return self._graph

    def initial_state(self) -> dict:
        return {SAFETY: self.start_safety, ENERGY: self.start_energy, TIME_LEFT: self.time_budget}

    def get_context(self, request, *args, **kwargs):
        from .selectors import runs_for_scenario

        context = super().get_context(request, *args, **kwargs)
        context["cast"] = list(self.cast.all())
        context["steps"] = list(self.method.steps.all())
        context["my_runs"] = runs_for_scenario(user=request.user, scenario=self)
        return context


class ScenarioPersona(Orderable):
    scenario = ParentalKey(ScenarioPage, on_delete=models.CASCADE, related_name="cast")
    name = models.CharField(_("name"), max_length=80)
    role = models.CharField(_("role in the session"), max_length=120)
    description = models.CharField(_("short description"), max_length=300)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("group member")
        verbose_name_plural = _("cast")

    def __str__(self):
        return self.name
