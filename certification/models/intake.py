"""Intake (S002): learner, trainer and optionally the manager agree learning goals."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _


class Intake(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for the trainer")
        CONFIRMED = "confirmed", _("Confirmed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certification_intakes"
    )
    path = models.ForeignKey("certification.Path", on_delete=models.CASCADE, related_name="+")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("trainer"),
    )
    manager_name = models.CharField(_("manager (optional)"), max_length=150, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    submitted_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Learner and trainer talk under the intake; deleted with it.
    replies = GenericRelation(
        "replies.Reply", content_type_field="target_type", object_id_field="target_id"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "path"], name="unique_intake_per_path")
        ]
        verbose_name = _("intake")
        verbose_name_plural = _("intakes")

    def __str__(self):
        return f"{self.user} - {self.path.name}"


class LearningGoal(models.Model):
    class Outcome(models.TextChoices):
        ACHIEVED = "achieved", _("Achieved")
        PARTLY = "partly", _("Partly achieved")
        NOT_ACHIEVED = "not_achieved", _("Not achieved")

    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="goals")
    text = models.TextField(_("learning goal"))
    created_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    evaluation = models.TextField(_("evaluation"), blank=True)
    evaluated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    evaluated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("learning goal")
        verbose_name_plural = _("learning goals")

    def __str__(self):
        return self.text[:60]
