"""Writes of the language app: typed lines (simulation and drill) and label corrections."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils.translation import gettext as _

from intervisor.caching import forget, language_scores_key
from practice.models import SimulationRun
from practice.selectors import scenario_play

from .checks import intervention_check
from .models import LABEL_CHOICES, DrillMoment, LabelCorrection, TypedLine

MAX_LINE_CHARS = 600


def clean_line(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Type what you would say first."))
    if len(text) > MAX_LINE_CHARS:
        raise ValidationError(
            _("Keep it to one thing you would say (at most %(n)s characters).")
            % {"n": MAX_LINE_CHARS}
        )
    return text


def _scores_forget(user_id: int) -> None:
    """Drop the learner's cached label scores now and again after the commit."""
    forget(language_scores_key(user_id))


def _line_fields(text: str, advice_allowed: bool | None) -> dict:
    result = intervention_check(text, advice_allowed=advice_allowed)
    return {
        "text": text,
        "label": result.label,
        "confidence": result.confidence,
        "decided_by": result.decided_by,
        "advice_allowed": advice_allowed,
    }


@transaction.atomic
def typed_intervention_record(*, run_id: int, user, position: int, text: str) -> TypedLine:
    """Keep what the learner typed at a marked situation of their run, classified.

    A second submit for the same decision returns the first line: the learner saw its
    feedback and the choices already."""
    text = clean_line(text)
    run = SimulationRun.objects.select_for_update().filter(pk=run_id, user=user).first()
    if run is None:
        raise Http404("No such run")
    existing = TypedLine.objects.filter(run=run, position=position).first()
    if existing is not None:
        return existing
    if run.is_finished or position != run.position:
        raise PermissionDenied("Not the current decision of this run")
    play = scenario_play(run=run)
    situation = play.graph.get(run.current_key)
    if situation is None or not situation.type_first:
        raise PermissionDenied("This situation does not ask to type first")
    step = None
    if situation.method_step and situation.method_step <= len(play.steps):
        step = play.steps[situation.method_step - 1]
    advice_allowed = step.advice_allowed if step is not None else None
    _scores_forget(user.pk)
    try:
        with transaction.atomic():
            return TypedLine.objects.create(
                user=user,
                source=TypedLine.Source.SIMULATION,
                run=run,
                position=position,
                situation_key=situation.key,
                **_line_fields(text, advice_allowed),
            )
    except IntegrityError:  # the same decision arrived twice at once
        return TypedLine.objects.get(run=run, position=position)


@transaction.atomic
def drill_line_record(*, user, moment_id: int, text: str, shared_with=None) -> TypedLine:
    text = clean_line(text)
    moment = DrillMoment.objects.filter(pk=moment_id, drill__live=True).first()
    if moment is None:
        raise Http404("No such moment")
    _scores_forget(user.pk)
    return TypedLine.objects.create(
        user=user,
        source=TypedLine.Source.DRILL,
        moment=moment,
        moment_text=moment.text,
        shared_with=shared_with,
        **_line_fields(text, moment.advice_allowed),
    )


@transaction.atomic
def label_correct(*, trainer, line_id: int, label: str, note: str = "") -> LabelCorrection:
    """A trainer sets the right label of a line a learner shared with them."""
    if label not in dict(LABEL_CHOICES):
        raise ValidationError(_("Choose one of the seven labels."))
    line = TypedLine.objects.filter(pk=line_id).first()
    if line is None:
        raise Http404("No such line")
    if line.shared_with_id != trainer.pk and not trainer.is_superuser:
        raise PermissionDenied("This line was not shared with you")
    return LabelCorrection.objects.create(
        line=line, trainer=trainer, label=label, note=(note or "").strip()[:300]
    )
