from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.providers.models import ProviderMembership
from intervisor.providers.selectors import user_is_provider_member

from .. import signals
from ..goals import goal_missing_qualities
from ..models import Intake, LearningGoal, Level, LevelProgress, Path
from .errors import CertificationError
from .evaluation import requirement_statuses_evaluate

MAX_GOALS = 5


def _reevaluate(intake: Intake) -> None:
    levels = Level.objects.filter(
        path_id=intake.path_id,
        pk__in=LevelProgress.objects.filter(user=intake.user).values("level_id"),
    )
    for level in levels:
        requirement_statuses_evaluate(user=intake.user, level=level)


def _is_path_trainer(user, path: Path) -> bool:
    return user.is_superuser or user_is_provider_member(
        user=user, provider=path.provider, role=ProviderMembership.Role.TRAINER
    )


@transaction.atomic
def intake_save(*, user, path: Path, trainer=None, manager_name: str = "") -> Intake:
    if trainer is not None and not _is_path_trainer(trainer, path):
        raise CertificationError(
            _("Choose a trainer of %(provider)s.") % {"provider": path.provider}
        )
    intake, _created = Intake.objects.select_for_update().get_or_create(user=user, path=path)
    if intake.status == Intake.Status.CONFIRMED:
        raise CertificationError(_("This intake is confirmed; ask your trainer to change it."))
    intake.trainer = trainer
    intake.manager_name = manager_name.strip()
    intake.save()
    return intake


def _editable(intake: Intake) -> None:
    if intake.status == Intake.Status.CONFIRMED:
        raise CertificationError(_("This intake is confirmed; ask your trainer to change it."))


@transaction.atomic
def intake_goal_add(*, user, path: Path, text: str) -> LearningGoal:
    text = text.strip()
    missing = goal_missing_qualities(text)
    if missing:
        raise CertificationError(" ".join(str(q.explanation) for q in missing))
    intake, _created = Intake.objects.select_for_update().get_or_create(user=user, path=path)
    _editable(intake)
    if intake.goals.count() >= MAX_GOALS:
        raise CertificationError(_("Keep it to at most %(n)s learning goals.") % {"n": MAX_GOALS})
    if intake.goals.filter(text__iexact=text).exists():
        raise CertificationError(_("You already added this learning goal."))
    goal = LearningGoal.objects.create(intake=intake, text=text)
    _reevaluate(intake)
    return goal


@transaction.atomic
def intake_goal_delete(*, user, goal_id: int) -> None:
    goal = LearningGoal.objects.select_related("intake").filter(pk=goal_id, intake__user=user)
    goal = goal.first()
    if goal is None:
        raise CertificationError(_("That learning goal does not exist."))
    _editable(goal.intake)
    goal.delete()
    _reevaluate(goal.intake)


@transaction.atomic
def intake_submit(*, user, path: Path) -> Intake:
    intake = Intake.objects.select_for_update().filter(user=user, path=path).first()
    if intake is None or not intake.goals.exists():
        raise CertificationError(_("Add at least one learning goal first."))
    _editable(intake)
    if intake.trainer_id is None:
        raise CertificationError(_("Choose the trainer who agrees the goals with you."))
    intake.status = Intake.Status.SUBMITTED
    intake.submitted_at = timezone.now()
    intake.save(update_fields=["status", "submitted_at"])
    _reevaluate(intake)
    transaction.on_commit(lambda: signals.intake_submitted.send(sender=Intake, intake=intake))
    return intake


@transaction.atomic
def intake_confirm(*, intake: Intake, trainer) -> Intake:
    intake = Intake.objects.select_for_update().select_related("path__provider").get(pk=intake.pk)
    if not _is_path_trainer(trainer, intake.path) or trainer.pk == intake.user_id:
        raise CertificationError(_("Only a trainer of this provider can confirm the intake."))
    if intake.status == Intake.Status.CONFIRMED:
        return intake
    if intake.status != Intake.Status.SUBMITTED:
        raise CertificationError(_("The learner has not sent the intake yet."))
    intake.status = Intake.Status.CONFIRMED
    intake.confirmed_by = trainer
    intake.confirmed_at = timezone.now()
    intake.save(update_fields=["status", "confirmed_by", "confirmed_at"])
    _reevaluate(intake)
    transaction.on_commit(
        lambda: signals.intake_confirmed.send(sender=Intake, intake=intake, trainer=trainer)
    )
    return intake


@transaction.atomic
def intake_goal_evaluate(*, goal_id: int, trainer, outcome: str, evaluation: str) -> LearningGoal:
    goal = (
        LearningGoal.objects.select_for_update()
        .select_related("intake__path__provider")
        .filter(pk=goal_id)
        .first()
    )
    if goal is None or not _is_path_trainer(trainer, goal.intake.path):
        raise CertificationError(_("That learning goal does not exist."))
    if goal.intake.status != Intake.Status.CONFIRMED:
        raise CertificationError(_("Confirm the intake before evaluating its goals."))
    if outcome not in LearningGoal.Outcome.values or not evaluation.strip():
        raise CertificationError(_("Choose an outcome and write a short evaluation."))
    goal.outcome, goal.evaluation = outcome, evaluation.strip()
    goal.evaluated_by, goal.evaluated_at = trainer, timezone.now()
    goal.save()
    _reevaluate(goal.intake)
    return goal
