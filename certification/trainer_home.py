"""Intakes and assessments waiting on the trainer's home."""

from django.urls import reverse
from django.utils.translation import gettext as _

from intervisor.trainer.registry import ITEMS_MAX, Item

from .models import Assessment, Intake
from .selectors import trainer_provider_ids


def intakes_to_confirm(user) -> list[Item]:
    intakes = (
        Intake.objects.filter(trainer=user, status=Intake.Status.SUBMITTED)
        .select_related("user", "path")
        .order_by("submitted_at")[:ITEMS_MAX]
    )
    return [
        Item(
            intake.user.display_name,
            reverse("certification:trainer_intake", args=[intake.pk]),
            intake.path.name,
        )
        for intake in intakes
    ]


def assessments_to_decide(user) -> list[Item]:
    assessments = (
        Assessment.objects.filter(
            status=Assessment.Status.REQUESTED,
            level__path__provider_id__in=trainer_provider_ids(user=user),
        )
        .exclude(user=user)
        .select_related("user", "level")
        .order_by("requested_at")[:ITEMS_MAX]
    )
    return [
        Item(
            assessment.user.display_name,
            reverse("certification:trainer_assessment", args=[assessment.pk]),
            _("%(level)s, asked on %(date)s")
            % {"level": assessment.level.name, "date": f"{assessment.requested_at:%d-%m-%Y}"},
        )
        for assessment in assessments
    ]
