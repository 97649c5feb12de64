"""Evidence rows copied from what courses and practice report.

The `*_evidence_record` functions read practice's models by their real field names; the
receivers call them for each signal, and `practice_evidence_sync` replays them for practice
rows that existed before the learner's evidence did (demo data, a restored backup).
"""

from datetime import datetime
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from practice.competencies import COMPETENCY_KEYS
from practice.models import CompanionSession, LogbookEntry, Observation, SimulationRun

from ..models import Evidence


@transaction.atomic
def evidence_record(
    *,
    user,
    kind: str,
    source,
    title: str,
    occurred_at: datetime,
    url: str = "",
    target_id: int | None = None,
    scores: dict | None = None,
    score: Decimal | float | None = None,
    shared: bool = True,
) -> Evidence:
    """Store (or update) one piece of evidence; a repeated signal changes nothing new."""
    evidence, _created = Evidence.objects.update_or_create(
        user=user,
        kind=kind,
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        defaults={
            "title": title[:255],
            "occurred_at": occurred_at,
            "url": url[:500],
            "target_id": target_id,
            "scores": scores or {},
            "score": None if score is None else Decimal(str(round(float(score), 2))),
            "shared": shared,
        },
    )
    return evidence


def _competencies(scores: dict) -> dict:
    # Only the six shared keys: evaluation compares every stored score with the threshold.
    return {key: scores[key] for key in COMPETENCY_KEYS if scores.get(key) is not None}


def simulation_run_evidence_record(*, run: SimulationRun, user) -> Evidence:
    """A completed run, with its 0-100 score per competency the scenario exercises."""
    return evidence_record(
        user=user,
        kind=Evidence.Kind.SIMULATION_RUN,
        source=run,
        target_id=run.scenario_id,
        title=run.scenario.title,
        url=run.get_absolute_url(),
        occurred_at=run.completed_at,
        scores=_competencies(run.competency_scores),
    )


def companion_session_evidence_record(*, session: CompanionSession, facilitator) -> Evidence:
    return evidence_record(
        user=facilitator,
        kind=Evidence.Kind.SESSION_FACILITATED,
        source=session,
        title=str(session),
        url=session.get_absolute_url(),
        occurred_at=session.closed_at,
    )


def observation_evidence_record(*, observation: Observation, learner) -> Evidence:
    """A trainer's rubric (1-5 per competency); `score` is the mean the thresholds use.

    `target_id` is the observed session, so evaluation can pair it with the session the
    learner facilitated. The learner reads the observation on that session's page.
    """
    scores = _competencies(observation.scores)
    mean = sum(scores.values()) / len(scores) if scores else None
    session = observation.session
    return evidence_record(
        user=learner,
        kind=Evidence.Kind.OBSERVATION,
        source=observation,
        target_id=observation.session_id,
        title=f"{session} · {observation.trainer.display_name}",
        url=session.get_absolute_url(),
        occurred_at=observation.created_at,
        scores=scores,
        score=mean,
    )


def logbook_entry_evidence_record(*, entry: LogbookEntry, user) -> Evidence:
    # Private unless the learner shared it: an assessor's portfolio view shows shared rows only.
    return evidence_record(
        user=user,
        kind=Evidence.Kind.LOGBOOK_ENTRY,
        source=entry,
        title=str(entry.session),
        url=entry.get_absolute_url(),
        occurred_at=entry.submitted_at,
        shared=entry.shared,
    )


def practice_evidence_sync(*, user) -> int:
    """Record evidence for every finished practice row of one learner; returns how many.

    Idempotent like the receivers: rows already recorded are rewritten with the same values.
    """
    runs = SimulationRun.objects.filter(
        user=user, status=SimulationRun.Status.COMPLETED
    ).select_related("scenario")
    sessions = CompanionSession.objects.filter(
        facilitator=user, status=CompanionSession.Status.CLOSED
    )
    observations = Observation.objects.filter(facilitator=user).select_related("session", "trainer")
    entries = LogbookEntry.objects.filter(user=user, submitted_at__isnull=False).select_related(
        "session"
    )
    count = 0
    for run in runs:
        simulation_run_evidence_record(run=run, user=user)
        count += 1
    for session in sessions:
        companion_session_evidence_record(session=session, facilitator=user)
        count += 1
    for observation in observations:
        observation_evidence_record(observation=observation, learner=user)
        count += 1
    for entry in entries:
        logbook_entry_evidence_record(entry=entry, user=user)
        count += 1
    return count
