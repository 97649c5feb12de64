from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index


class Method(index.Indexed, ClusterableModel):
    """An intervisie method (incident method, 5-step, Balint...): named steps in order.

    A snippet, owned by a provider (or shared when provider is empty), so provider editors
    maintain their own catalogue; lessons and simulations refer to it.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    provider = models.ForeignKey(
        "providers.Provider",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="methods",
        verbose_name=_("provider"),
        help_text=_("Empty: part of the shared catalogue."),
    )
    summary = models.TextField(_("summary"))
    suited_for = models.TextField(_("suited for"), blank=True)
    min_group_size = models.PositiveSmallIntegerField(_("minimum group size"), default=3)
    max_group_size = models.PositiveSmallIntegerField(_("maximum group size"), default=10)
    source_note = models.CharField(_("source note"), max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("provider"),
        FieldPanel("summary"),
        FieldPanel("suited_for"),
        FieldPanel("min_group_size"),
        FieldPanel("max_group_size"),
        FieldPanel("source_note"),
        InlinePanel("steps", label=_("steps"), min_num=2),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("summary")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("method")
        verbose_name_plural = _("methods")

    def __str__(self):
        return self.name

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps.all())


class MethodStep(Orderable):
    class Speaker(models.TextChoices):
        CASE_BRINGER = "case_bringer", _("Case-bringer")
        GROUP = "group", _("Group")
        EVERYONE = "everyone", _("Everyone")
        FACILITATOR = "facilitator", _("Facilitator")
        SILENT = "silent", _("Everyone writes in silence")

    method = ParentalKey(Method, on_delete=models.CASCADE, related_name="steps")
    name = models.CharField(_("name"), max_length=120)
    purpose = models.TextField(_("purpose"))
    minutes = models.PositiveSmallIntegerField(_("suggested minutes"))
    speaker = models.CharField(_("who speaks"), max_length=20, choices=Speaker.choices)
    advice_allowed = models.BooleanField(_("advice allowed"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("minutes"),
        FieldPanel("speaker"),
        FieldPanel("advice_allowed"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("method step")
        verbose_name_plural = _("method steps")

    def __str__(self):
        return f"{self.sort_order + 1}. {self.name}"
