from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from intervisor.shuffle import shuffled

from ..competencies import COMPETENCIES


class SimulationRun(models.Model):
    """One play-through of a scenario by a learner. Every run is kept, to show growth.

    `competency_scores` holds 0-100 per competency the scenario exercises (0: the weakest
    path the scenario allows, 100: the expert's path); certification compares it with its own
    thresholds once `completed_at` is set.
    """

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        ABANDONED = "abandoned", _("Stopped")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="simulation_runs"
    )
    scenario = models.ForeignKey(
        "practice.ScenarioPage", on_delete=models.CASCADE, related_name="runs"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IN_PROGRESS)
    current_key = models.CharField(max_length=60)
    position = models.PositiveIntegerField(default=0, help_text="Number of choices made.")
    state = models.JSONField(default=dict)
    raw_scores = models.JSONField(default=dict)
    competency_scores = models.JSONField(default=dict, blank=True)
    expert_matches = models.PositiveSmallIntegerField(default=0)
    reflection = models.TextField(_("reflection"), blank=True)
    reflected_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("simulation run")
        verbose_name_plural = _("simulation runs")
        indexes = [models.Index(fields=["user", "scenario", "-started_at"])]

    def __str__(self):
        return f"{self.user} - {self.scenario_id} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("practice:run_debrief", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status != self.Status.IN_PROGRESS

    def score_rows(self) -> list[dict]:
        scores = self.competency_scores
        return [
            {"key": key, "label": label, "score": scores[key]}
            for key, label in COMPETENCIES.items()
            if key in scores
        ]

    def options_shown(self, situation) -> list:
        """The situation's interventions in this run's own order for this decision: fixed per
        run and step, so a reload shows the same order and another run another one."""
        return shuffled(
            situation.interventions,
            seed=f"run:{self.pk}:{self.position}:{situation.key}",
            key=lambda intervention: intervention.id,
        )

    @property
    def average_score(self) -> int | None:
        scores = self.competency_scores
        if not scores:
            return None
        return round(sum(scores.values()) / len(scores))


class SimulationChoice(models.Model):
    """A choice as it was shown: the texts are copied so the debrief survives later edits."""

    run = models.ForeignKey(SimulationRun, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveIntegerField()
    situation_key = models.CharField(max_length=60)
    situation_title = models.CharField(max_length=160)
    intervention_id = models.CharField(max_length=64)
    label = models.CharField(max_length=400)
    feedback = models.TextField()
    expert = models.BooleanField(default=False)
    effects = models.JSONField(default=dict)
    next_key = models.CharField(max_length=60)
    shown_order = models.JSONField(
        default=list, blank=True, help_text="Intervention ids in the order they were shown."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["run", "position"]
        constraints = [
            models.UniqueConstraint(fields=["run", "position"], name="unique_choice_per_position")
        ]

    def __str__(self):
        return f"{self.run_id}#{self.position}: {self.situation_key}"
