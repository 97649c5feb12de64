"""What a provider defines: a path, its ordered levels and each level's requirements."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable


class Path(models.Model):
    """A route toward independent facilitation, owned by one provider."""

    provider = models.ForeignKey(
        "providers.Provider",
        on_delete=models.CASCADE,
        related_name="certification_paths",
        verbose_name=_("provider"),
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150)
    intro = models.TextField(_("introduction"), blank=True)
    live = models.BooleanField(
        _("open for learners"),
        default=True,
        help_text=_("Learners can only start a path that is open."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        # A plain select: the form limits it to the editor's own providers.
        FieldPanel("provider", widget=forms.Select),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("intro"),
        FieldPanel("live"),
    ]

    class Meta:
        ordering = ["provider__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "slug"], name="unique_path_slug")
        ]
        verbose_name = _("certification path")
        verbose_name_plural = _("certification paths")

    def __str__(self):
        return f"{self.name} ({self.provider})"


class Level(ClusterableModel):
    """One step of a path; a certificate is issued per learner and level."""

    path = models.ForeignKey(
        Path, on_delete=models.CASCADE, related_name="levels", verbose_name=_("path")
    )
    name = models.CharField(_("name"), max_length=150)
    position = models.PositiveSmallIntegerField(
        _("position"), help_text=_("1 is the first level of the path.")
    )
    description = models.TextField(_("description"), blank=True)
    validity_days = models.PositiveIntegerField(
        _("validity in days"),
        null=True,
        blank=True,
        help_text=_("Empty: the site default (INTERVISOR_CERTIFICATE_VALIDITY_DAYS)."),
    )

    panels = [
        FieldPanel("path", widget=forms.Select),
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("description"),
        FieldPanel("validity_days"),
        InlinePanel("requirements", label=_("requirements"), min_num=1),
    ]

    class Meta:
        ordering = ["path", "position"]
        constraints = [
            models.UniqueConstraint(fields=["path", "position"], name="unique_level_position")
        ]
        verbose_name = _("level")
        verbose_name_plural = _("levels")

    def __str__(self):
        return f"{self.path.name}: {self.name}"

    @property
    def validity(self) -> timedelta:
        return timedelta(days=self.validity_days or settings.INTERVISOR_CERTIFICATE_VALIDITY_DAYS)


class Requirement(Orderable):
    """One condition of a level; `kind` says which evidence counts and which fields apply."""

    class Kind(models.TextChoices):
        COURSE_COMPLETED = "course_completed", _("Course completed")
        SIMULATIONS_PASSED = "simulations_passed", _("Simulation scenarios passed")
        SESSIONS_FACILITATED = "sessions_facilitated", _("Sessions facilitated")
        LOGBOOK_ENTRIES = "logbook_entries", _("Logbook entries")
        INTAKE_GOALS = "intake_goals", _("Learning goals agreed at intake")
        GOALS_EVALUATED = "goals_evaluated", _("Learning goals evaluated")
        WORKSHOP_ATTENDED = "workshop_attended", _("Workshop day attended")
        FINAL_ASSESSMENT = "final_assessment", _("Final assessment passed")

    level = ParentalKey(Level, on_delete=models.CASCADE, related_name="requirements")
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Empty: a title from the kind.")
    )
    count = models.PositiveSmallIntegerField(
        _("number needed"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_("Scenarios, sessions or logbook entries needed."),
    )
    observed_count = models.PositiveSmallIntegerField(
        _("of which observed"),
        default=0,
        help_text=_("Sessions only: how many a trainer must have observed."),
    )
    min_score = models.DecimalField(
        _("minimum score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_(
            "Simulations: minimum per competency (0-100). "
            "Sessions: minimum rubric score of an observation (1-5)."
        ),
    )
    # A course (or any page a later requirement kind points at); empty means "any course".
    # Kept as a Page FK so the courses app never has to know about certification.
    target_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("course"),
    )
    for_renewal = models.BooleanField(
        _("renewal requirement"),
        default=False,
        help_text=_(
            "Counted within the validity period of the certificate and needed to renew it, "
            "not to obtain it."
        ),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("count"),
                FieldPanel("observed_count"),
                FieldPanel("min_score"),
                PageChooserPanel("target_page", ["courses.CoursePage"]),
            ],
            heading=_("Parameters"),
        ),
        FieldPanel("for_renewal"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self) -> str:
        return self.title or str(self.get_kind_display())

    @property
    def counted(self) -> bool:
        """Kinds measured against `count` (the others are yes/no)."""
        return self.kind in {
            self.Kind.SIMULATIONS_PASSED,
            self.Kind.SESSIONS_FACILITATED,
            self.Kind.LOGBOOK_ENTRIES,
        }

    def clean(self):
        errors = {}
        if self.kind == self.Kind.SESSIONS_FACILITATED:
            if self.observed_count > self.count:
                errors["observed_count"] = _("Cannot be more than the number of sessions.")
            if self.observed_count and self.min_score is not None and self.min_score > 5:
                errors["min_score"] = _("A rubric score is between 1 and 5.")
        elif self.observed_count:
            errors["observed_count"] = _("Only sessions can require observations.")
        if self.target_page_id:
            from courses.models import CoursePage

            if self.kind != self.Kind.COURSE_COMPLETED:
                errors["target_page"] = _("Only a course requirement points at a course.")
            elif not CoursePage.objects.filter(pk=self.target_page_id).exists():
                errors["target_page"] = _("Choose a course page.")
        if self.for_renewal and self.kind == self.Kind.FINAL_ASSESSMENT:
            errors["for_renewal"] = _("A renewal does not need a new final assessment.")
        if errors:
            raise ValidationError(errors)
