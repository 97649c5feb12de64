from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

LABEL_CHOICES = [
    ("open", _("Open question")),
    ("closed", _("Closed question")),
    ("why", _("Why question")),
    ("leading", _("Leading question")),
    ("advice", _("Advice or opinion")),
    ("summary", _("Summary or reflection")),
    ("process", _("Process intervention")),
]


class Drill(ClusterableModel):
    """A short case and a series of moments at which the learner types what they would say."""

    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=160, unique=True)
    case = models.TextField(_("the case"), help_text=_("A few sentences the learner reads first."))
    live = models.BooleanField(_("open to learners"), default=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("case"),
        FieldPanel("live"),
        InlinePanel("moments", label=_("moments"), min_num=1),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("practice drill")
        verbose_name_plural = _("practice drills")

    def __str__(self):
        return self.title


class DrillMoment(Orderable):
    drill = ParentalKey(Drill, on_delete=models.CASCADE, related_name="moments")
    text = models.TextField(_("what happens or is said"))
    step_name = models.CharField(_("method step"), max_length=120, blank=True)
    advice_allowed = models.BooleanField(_("advice allowed"), default=False)

    panels = [FieldPanel("text"), FieldPanel("step_name"), FieldPanel("advice_allowed")]

    class Meta(Orderable.Meta):
        verbose_name = _("drill moment")
        verbose_name_plural = _("drill moments")

    def __str__(self):
        return self.text[:60]


class TypedLine(models.Model):
    """What a learner typed, in a simulation or a drill, with the label it got at the time."""

    class Source(models.TextChoices):
        SIMULATION = "simulation", _("Simulation")
        DRILL = "drill", _("Drill")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="typed_lines"
    )
    source = models.CharField(max_length=20, choices=Source.choices)
    text = models.TextField(_("what you would say"))
    label = models.CharField(max_length=20, choices=LABEL_CHOICES)
    confidence = models.FloatField()
    decided_by = models.JSONField(default=list, blank=True)
    advice_allowed = models.BooleanField(null=True)
    run = models.ForeignKey(
        "practice.SimulationRun",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="typed_lines",
    )
    position = models.PositiveIntegerField(null=True, blank=True)
    situation_key = models.CharField(max_length=60, blank=True)
    moment = models.ForeignKey(
        DrillMoment, on_delete=models.SET_NULL, null=True, blank=True, related_name="typed_lines"
    )
    moment_text = models.TextField(blank=True)
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="typed_lines_shared_with_me",
        verbose_name=_("shared with trainer"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("typed line")
        verbose_name_plural = _("typed lines")
        indexes = [models.Index(fields=["user", "-created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["run", "position"],
                condition=models.Q(run__isnull=False),
                name="one_typed_line_per_run_position",
            )
        ]

    def __str__(self):
        return f"{self.user_id}: {self.text[:40]} ({self.label})"


class LabelCorrection(models.Model):
    """A trainer's label for a typed line; exported to add cues and test lines."""

    line = models.ForeignKey(TypedLine, on_delete=models.CASCADE, related_name="corrections")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    label = models.CharField(_("label"), max_length=20, choices=LABEL_CHOICES)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("label correction")
        verbose_name_plural = _("label corrections")

    def __str__(self):
        return f"{self.line_id}: {self.line.label} -> {self.label}"
