from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.providers.models import ProviderMembership
from intervisor.providers.selectors import user_is_provider_member

from .. import signals
from ..models import Assessment, Level, Requirement, RequirementStatus
from .errors import CertificationError
from .evaluation import requirement_statuses_evaluate


def user_can_assess(*, user, level: Level) -> bool:
    return user.is_authenticated and (
        user.is_superuser
        or user_is_provider_member(
            user=user, provider=level.path.provider, role=ProviderMembership.Role.TRAINER
        )
    )


@transaction.atomic
def assessment_request(*, user, level: Level) -> Assessment:
    """Ask for the final assessment; only once everything else on the level is met."""
    if not level.requirements.filter(kind=Requirement.Kind.FINAL_ASSESSMENT).exists():
        raise CertificationError(_("This level has no final assessment."))
    progress = requirement_statuses_evaluate(user=user, level=level)
    if progress is None:
        raise CertificationError(_("Start this path first."))
    statuses = progress.statuses.select_related("requirement").filter(
        requirement__for_renewal=False
    )
    open_items = [
        s.requirement.display_title
        for s in statuses
        if s.requirement.kind != Requirement.Kind.FINAL_ASSESSMENT
        and s.state != RequirementStatus.State.MET
    ]
    if open_items:
        raise CertificationError(
            _("You can request the assessment once everything else is met. Still open: %(items)s.")
            % {"items": ", ".join(open_items)}
        )
    existing = Assessment.objects.filter(user=user, level=level)
    if existing.filter(status=Assessment.Status.PASSED).exists():
        raise CertificationError(_("You have already passed this assessment."))
    if existing.filter(status=Assessment.Status.REQUESTED).exists():
        raise CertificationError(_("Your request is already with the assessor."))
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(user=user, level=level)
    except IntegrityError as exc:  # a double submit that raced the check above
        raise CertificationError(_("Your request is already with the assessor.")) from exc
    requirement_statuses_evaluate(user=user, level=level)
    transaction.on_commit(
        lambda: signals.assessment_requested.send(sender=Assessment, assessment=assessment)
    )
    return assessment


@transaction.atomic
def assessment_decide(
    *, assessment_id: int, assessor, passed: bool, feedback: str = ""
) -> Assessment:
    assessment = (
        Assessment.objects.select_for_update()
        .select_related("level__path__provider", "user")
        .filter(pk=assessment_id)
        .first()
    )
    if assessment is None or not user_can_assess(user=assessor, level=assessment.level):
        raise CertificationError(_("That assessment does not exist."))
    if assessment.user_id == assessor.pk:
        raise CertificationError(_("You cannot assess yourself."))
    if assessment.status != Assessment.Status.REQUESTED:
        raise CertificationError(_("This assessment has already been decided."))
    feedback = feedback.strip()
    if not passed and not feedback:
        raise CertificationError(_("Explain what is still needed when the answer is not yet."))
    assessment.status = Assessment.Status.PASSED if passed else Assessment.Status.NOT_YET
    assessment.feedback = feedback
    assessment.decided_by = assessor
    assessment.decided_at = timezone.now()
    assessment.save()
    requirement_statuses_evaluate(user=assessment.user, level=assessment.level)
    transaction.on_commit(
        lambda: signals.assessment_decided.send(
            sender=Assessment, assessment=assessment, assessor=assessor
        )
    )
    return assessment
