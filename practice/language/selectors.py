"""Reads of the language app."""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Prefetch
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import get_language

from intervisor.caching import LEARNER_TIMEOUT, language_scores_key

from .cues import LABELS
from .interventions import label_names
from .models import Drill, DrillMoment, LabelCorrection, TypedLine


def typed_line_at(*, run, position: int) -> TypedLine | None:
    return TypedLine.objects.filter(run=run, position=position).first()


def typed_lines_by_situation(*, run) -> dict[str, TypedLine]:
    return {line.situation_key: line for line in TypedLine.objects.filter(run=run)}


def drills_live() -> list[Drill]:
    return list(Drill.objects.filter(live=True).annotate(moment_count=Count("moments")))


def drill_with_moments(*, slug: str) -> Drill | None:
    return (
        Drill.objects.filter(slug=slug, live=True)
        .prefetch_related(Prefetch("moments", queryset=DrillMoment.objects.order_by("sort_order")))
        .first()
    )


def drill_lines(*, user, drill: Drill) -> dict[int, list[TypedLine]]:
    """The learner's lines per moment id, newest first."""
    lines: dict[int, list[TypedLine]] = {}
    for line in TypedLine.objects.filter(user=user, moment__drill=drill):
        lines.setdefault(line.moment_id, []).append(line)
    return lines


def label_scores_cached(*, user) -> dict | None:
    """`label_scores` for "My learning", kept an hour per learner and language; a new typed
    line drops it (services), a new day or language gets its own entry."""
    stamp = (timezone.localdate().isoformat(), get_language())
    entry = cache.get(language_scores_key(user.pk))
    if entry is not None and entry[0] == stamp:
        return entry[1]
    scores = label_scores(user=user)
    cache.set(language_scores_key(user.pk), (stamp, scores), LEARNER_TIMEOUT)
    return scores


def label_scores(*, user, weeks: int = 6) -> dict | None:
    """Per label, the share of the learner's typed lines per week (last `weeks` weeks).

    None when the learner typed nothing yet. One grouped query."""
    since = timezone.now() - timedelta(weeks=weeks)
    rows = (
        TypedLine.objects.filter(user=user, created_at__gte=since)
        .annotate(week=TruncWeek("created_at"))
        .values("week", "label")
        .annotate(n=Count("id"))
        .order_by("week")
    )
    per_week: dict = {}
    for row in rows:
        per_week.setdefault(row["week"], {})[row["label"]] = row["n"]
    if not per_week:
        return None
    names = label_names()
    week_list = sorted(per_week)
    totals = {week: sum(per_week[week].values()) for week in week_list}
    return {
        "weeks": week_list,
        "totals": [totals[week] for week in week_list],
        "rows": [
            {
                "label": label,
                "name": names[label],
                "cells": [round(100 * per_week[w].get(label, 0) / totals[w]) for w in week_list],
            }
            for label in LABELS
        ],
    }


def lines_shared_with(*, trainer, limit: int = 200) -> list[TypedLine]:
    return list(
        TypedLine.objects.filter(shared_with=trainer)
        .select_related("user")
        .prefetch_related(
            Prefetch("corrections", queryset=LabelCorrection.objects.select_related("trainer"))
        )[:limit]
    )


def typed_debrief_rows(*, run, graph) -> list[dict]:
    """What the learner typed at each marked situation, beside the expert's line there."""
    rows = []
    for line in TypedLine.objects.filter(run=run).order_by("position"):
        situation = graph.get(line.situation_key)
        expert = next((i for i in situation.interventions if i.expert), None) if situation else None
        rows.append(
            {
                "line": line,
                "label_name": label_names()[line.label],
                "situation_title": situation.title if situation else line.situation_key,
                "expert": expert,
            }
        )
    return rows
