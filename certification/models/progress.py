"""Stored evidence and stored progress: page views read these rows and never recompute."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from intervisor.progress import percent_of


class Evidence(models.Model):
    """A fact about a learner, copied from a courses/practice signal.

    Certification keeps its own ledger so that evaluating a requirement is a couple of
    aggregate queries on one table, whatever the shape of the sender's models.
    """

    class Kind(models.TextChoices):
        COURSE_COMPLETED = "course_completed", _("Course completed")
        SIMULATION_RUN = "simulation_run", _("Simulation run")
        SESSION_FACILITATED = "session_facilitated", _("Session facilitated")
        OBSERVATION = "observation", _("Observation by a trainer")
        LOGBOOK_ENTRY = "logbook_entry", _("Logbook entry")
        WORKSHOP_ATTENDED = "workshop_attended", _("Workshop attended")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certification_evidence"
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    source_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    source_id = models.PositiveBigIntegerField()
    # What the evidence is about: the course page, the scenario, or (for an observation)
    # the companion session observed.
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500, blank=True)
    occurred_at = models.DateTimeField()
    scores = models.JSONField(default=dict, blank=True)
    score = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    shared = models.BooleanField(default=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-occurred_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "source_type", "source_id"], name="unique_evidence"
            )
        ]
        indexes = [models.Index(fields=["user", "kind", "occurred_at"])]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


class State(models.TextChoices):
    MET = "met", _("Met")
    IN_PROGRESS = "in_progress", _("In progress")
    MISSING = "missing", _("Missing")


class LevelProgress(models.Model):
    """A learner on a level; created for every level when the learner starts the path."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="level_progress"
    )
    level = models.ForeignKey("certification.Level", on_delete=models.CASCADE, related_name="+")
    requirements_met = models.PositiveSmallIntegerField(default=0)
    requirements_total = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    evaluated_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["level__path", "level__position"]
        constraints = [
            models.UniqueConstraint(fields=["user", "level"], name="unique_level_progress")
        ]
        verbose_name = _("level progress")
        verbose_name_plural = _("level progress")

    def __str__(self):
        return f"{self.user} - {self.level}"


class RequirementStatus(models.Model):
    State = State

    progress = models.ForeignKey(LevelProgress, on_delete=models.CASCADE, related_name="statuses")
    requirement = models.ForeignKey(
        "certification.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.MISSING)
    current = models.PositiveIntegerField(default=0)
    target = models.PositiveIntegerField(default=1)
    # [[msgid, params], ...]: stored untranslated so each reader sees their own language.
    detail = models.JSONField(default=list, blank=True)
    # [{"title": ..., "url": ...}], so the path page links evidence without a query per row.
    evidence = models.JSONField(default=list, blank=True)
    evaluated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requirement__sort_order", "requirement_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["progress", "requirement"], name="unique_requirement_status"
            )
        ]

    def __str__(self):
        return f"{self.requirement}: {self.state}"

    @property
    def detail_text(self) -> str:
        return " ".join(
            gettext(msgid) % {key: _localised(value) for key, value in params.items()}
            for msgid, params in self.detail
        )

    @property
    def evidence_links(self) -> list[dict]:
        return [
            {**item, "title": gettext(item["title"]) if item.get("i18n") else item["title"]}
            for item in self.evidence
        ]

    @property
    def percent(self) -> int:
        if self.state == State.MET:
            return 100
        return percent_of(self.current, self.target)


def _localised(value):
    """Numbers in a detail are shown as the language writes them ("3,5" in Dutch)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number_format(value)
    return value
