"""Re-evaluates a learner's requirement statuses from stored rows.

Called when something changes (a signal, an intake or an assessment), never on a page view.
Running it twice in a row writes nothing the second time.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

# Details are stored untranslated ([msgid, params] parts) and translated when shown.
from django.utils.translation import gettext_noop

from courses.models import CoursePage
from courses.selectors import course_progress
from intervisor.queueing import enqueue_on_commit

from ..models import (
    Assessment,
    Certificate,
    Evidence,
    Intake,
    Level,
    LevelProgress,
    Path,
    Requirement,
    RequirementStatus,
)

# Queued by name: the tasks module imports these services (intervisor.queueing).
ISSUE_TASK = "certification.tasks.certificate_issue_task"

State = RequirementStatus.State
Kind = Requirement.Kind


@dataclass
class Outcome:
    state: str
    current: int
    target: int
    detail: list
    evidence: list = field(default_factory=list)


@dataclass
class Facts:
    """Everything the evaluation needs about one learner, loaded in a few queries."""

    evidence: list
    intake: Intake | None
    goals: list
    assessments: list
    certificate: Certificate | None


def _number(value: Decimal) -> int | float:
    """A number kept in a detail, localised when shown (3.5 reads "3,5" in Dutch)."""
    return int(value) if value == value.to_integral_value() else float(value)


def _say(msgid: str) -> list:
    return [[msgid, {}]]


def _links(items) -> list[dict]:
    return [{"title": e.title, "url": e.url} for e in items]


def _by_count(found: int, needed: int) -> str:
    if found >= needed:
        return State.MET
    return State.IN_PROGRESS if found else State.MISSING


def _course(req: Requirement, evidence: list, user) -> Outcome:
    """Met once the course is completed; before that, as far as the learner has come in it,
    counted by the same selector as "Mijn leren" and the course page."""
    done = [
        e
        for e in evidence
        if e.kind == Evidence.Kind.COURSE_COMPLETED
        and (req.target_page_id is None or e.target_id == req.target_page_id)
    ]
    if done:
        return Outcome(State.MET, 1, 1, _say(gettext_noop("Completed")), _links(done))
    course = req.target_page.specific if req.target_page_id else None
    if not isinstance(course, CoursePage):
        return Outcome(State.MISSING, 0, 1, _say(gettext_noop("Not completed yet")))
    progress = course_progress(user=user, course=course)
    lessons, total = progress["done"], progress["total"]
    detail = [
        [gettext_noop("%(done)s of %(total)s lessons completed"), {"done": lessons, "total": total}]
    ]
    # Met only on the course's own completion, never on a count alone.
    state = State.IN_PROGRESS if lessons else State.MISSING
    return Outcome(state, lessons, max(total, 1), detail)


def _run_passes(run: Evidence, minimum: Decimal | None) -> bool:
    if minimum is None:
        return True
    scores = run.scores or {}
    return bool(scores) and all(Decimal(str(v)) >= minimum for v in scores.values())


def _simulations(req: Requirement, evidence: list) -> Outcome:
    runs = [e for e in evidence if e.kind == Evidence.Kind.SIMULATION_RUN]
    best: dict = {}
    for run in runs:
        if _run_passes(run, req.min_score):
            best.setdefault(run.target_id or f"run-{run.pk}", run)
    passed = len(best)
    state = _by_count(passed, req.count)
    if state == State.MISSING and runs:
        state = State.IN_PROGRESS
    detail = [
        [
            gettext_noop("%(passed)s of %(needed)s scenarios passed"),
            {"passed": passed, "needed": req.count},
        ]
    ]
    if req.min_score is not None:
        detail.append(
            [
                gettext_noop("(at least %(score)s on every competency)"),
                {"score": _number(req.min_score)},
            ]
        )
    return Outcome(state, min(passed, req.count), req.count, detail, _links(best.values()))


def _sessions(req: Requirement, evidence: list) -> Outcome:
    sessions = [e for e in evidence if e.kind == Evidence.Kind.SESSION_FACILITATED]
    session_ids = {e.source_id for e in sessions}
    observed = {}
    for obs in evidence:
        if obs.kind != Evidence.Kind.OBSERVATION or obs.score is None:
            continue
        if req.min_score is not None and obs.score < req.min_score:
            continue
        # Only an observation of a session this learner facilitated and closed counts, and
        # two trainers observing the same session count once.
        if obs.target_id in session_ids:
            observed.setdefault(obs.target_id, obs)
    found, seen = len(sessions), len(observed)
    met = found >= req.count and seen >= req.observed_count
    state = State.MET if met else (State.IN_PROGRESS if found or seen else State.MISSING)
    detail = [
        [
            gettext_noop("Sessions facilitated: %(found)s of %(needed)s."),
            {"found": found, "needed": req.count},
        ]
    ]
    if req.observed_count:
        detail.append(
            [
                gettext_noop("Observed: %(seen)s of %(needed)s"),
                {"seen": seen, "needed": req.observed_count},
            ]
        )
        if req.min_score is not None:
            detail.append(
                [
                    gettext_noop("with a rubric score of %(score)s or more"),
                    {"score": _number(req.min_score)},
                ]
            )
    current = min(found, req.count) + min(seen, req.observed_count)
    links = _links(sessions[:10]) + _links(observed.values())
    return Outcome(state, current, req.count + req.observed_count, detail, links)


def _counted(req: Requirement, evidence: list, kind: str, label: str) -> Outcome:
    items = [e for e in evidence if e.kind == kind]
    detail = [[label, {"found": len(items), "needed": req.count}]]
    found = len(items)
    return Outcome(
        _by_count(found, req.count), min(found, req.count), req.count, detail, _links(items[:10])
    )


def _intake(req: Requirement, facts: Facts, intake_url: str) -> Outcome:
    intake, goals = facts.intake, facts.goals
    link = [{"title": gettext_noop("Intake and learning goals"), "url": intake_url, "i18n": True}]
    if intake and intake.status == Intake.Status.CONFIRMED and goals:
        return Outcome(
            State.MET, 1, 1, _say(gettext_noop("Agreed and confirmed by the trainer")), link
        )
    if intake and goals:
        detail = (
            gettext_noop("Waiting for the trainer to confirm")
            if intake.status == Intake.Status.SUBMITTED
            else gettext_noop("Goals written, not yet sent to the trainer")
        )
        return Outcome(State.IN_PROGRESS, 0, 1, _say(detail), link)
    return Outcome(State.MISSING, 0, 1, _say(gettext_noop("No learning goals yet")), link)


def _goals_evaluated(req: Requirement, facts: Facts, intake_url: str) -> Outcome:
    goals = facts.goals
    done = sum(1 for g in goals if g.evaluated_at)
    link = [{"title": gettext_noop("Intake and learning goals"), "url": intake_url, "i18n": True}]
    if not goals:
        return Outcome(State.MISSING, 0, 1, _say(gettext_noop("No learning goals yet")), link)
    detail = [
        [gettext_noop("%(done)s of %(total)s goals evaluated"), {"done": done, "total": len(goals)}]
    ]
    return Outcome(_by_count(done, len(goals)), done, len(goals), detail, link)


def _assessment(req: Requirement, facts: Facts) -> Outcome:
    latest = facts.assessments[0] if facts.assessments else None
    if any(a.status == Assessment.Status.PASSED for a in facts.assessments):
        return Outcome(State.MET, 1, 1, _say(gettext_noop("Passed")))
    if latest and latest.status == Assessment.Status.REQUESTED:
        return Outcome(
            State.IN_PROGRESS, 0, 1, _say(gettext_noop("Requested, waiting for the assessor"))
        )
    if latest and latest.status == Assessment.Status.NOT_YET:
        return Outcome(
            State.IN_PROGRESS, 0, 1, _say(gettext_noop("Not yet: read the feedback and try again"))
        )
    return Outcome(State.MISSING, 0, 1, _say(gettext_noop("Not requested yet")))


def _outcome(req: Requirement, facts: Facts, intake_url: str, since: date | None, user) -> Outcome:
    evidence = facts.evidence
    if req.for_renewal:
        if facts.certificate is None:
            return Outcome(
                State.MISSING,
                0,
                req.count,
                _say(gettext_noop("Counts once the certificate is issued")),
            )
        evidence = [e for e in evidence if timezone.localdate(e.occurred_at) >= since]
    if req.kind == Kind.COURSE_COMPLETED:
        return _course(req, evidence, user)
    if req.kind == Kind.SIMULATIONS_PASSED:
        return _simulations(req, evidence)
    if req.kind == Kind.SESSIONS_FACILITATED:
        return _sessions(req, evidence)
    if req.kind == Kind.LOGBOOK_ENTRIES:
        return _counted(
            req,
            evidence,
            Evidence.Kind.LOGBOOK_ENTRY,
            gettext_noop("%(found)s of %(needed)s entries"),
        )
    if req.kind == Kind.WORKSHOP_ATTENDED:
        return _counted(
            req,
            evidence,
            Evidence.Kind.WORKSHOP_ATTENDED,
            gettext_noop("%(found)s of %(needed)s attended"),
        )
    if req.kind == Kind.INTAKE_GOALS:
        return _intake(req, facts, intake_url)
    if req.kind == Kind.GOALS_EVALUATED:
        return _goals_evaluated(req, facts, intake_url)
    return _assessment(req, facts)


def _facts(*, user, level: Level) -> Facts:
    intake = Intake.objects.filter(user=user, path_id=level.path_id).first()
    return Facts(
        evidence=list(Evidence.objects.filter(user=user)),
        intake=intake,
        goals=list(intake.goals.all()) if intake else [],
        assessments=list(Assessment.objects.filter(user=user, level=level)),
        certificate=Certificate.objects.filter(user=user, level=level).first(),
    )


def _store(progress: LevelProgress, outcomes: dict, now) -> bool:
    """Write only what changed; True when anything was written."""
    existing = {s.requirement_id: s for s in progress.statuses.all()}
    fields = ("state", "current", "target", "detail", "evidence")
    to_create, to_update = [], []
    for requirement_id, outcome in outcomes.items():
        status = existing.get(requirement_id)
        values = {name: getattr(outcome, name) for name in fields}
        if status is None:
            to_create.append(
                RequirementStatus(
                    progress=progress, requirement_id=requirement_id, evaluated_at=now, **values
                )
            )
        elif any(getattr(status, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(status, name, value)
            status.evaluated_at = now
            to_update.append(status)
    stale = [pk for pk in existing if pk not in outcomes]
    RequirementStatus.objects.bulk_create(to_create)
    RequirementStatus.objects.bulk_update(to_update, [*fields, "evaluated_at"])
    if stale:
        progress.statuses.filter(requirement_id__in=stale).delete()
    return bool(to_create or to_update or stale)


@transaction.atomic
def requirement_statuses_evaluate(*, user, level: Level) -> LevelProgress | None:
    """Bring the stored statuses of one learner on one level up to date."""
    progress = LevelProgress.objects.select_for_update().filter(user=user, level=level).first()
    if progress is None:
        return None
    facts = _facts(user=user, level=level)
    since = facts.certificate.period_start if facts.certificate else None
    intake_url = reverse("certification:intake", args=[level.path_id])
    requirements = list(level.requirements.all())
    outcomes = {r.pk: _outcome(r, facts, intake_url, since, user) for r in requirements}
    now = timezone.now()
    changed = _store(progress, outcomes, now)
    needed = [r for r in requirements if not r.for_renewal]
    met = sum(1 for r in needed if outcomes[r.pk].state == State.MET)
    complete = bool(needed) and met == len(needed)
    was_complete = progress.completed_at is not None
    if (
        changed
        or progress.requirements_met != met
        or progress.requirements_total != len(needed)
        or complete != was_complete
    ):
        progress.requirements_met, progress.requirements_total = met, len(needed)
        # A certificate once earned stays earned, even if the provider adds a requirement.
        if complete and not was_complete:
            progress.completed_at = now
        elif not complete and facts.certificate is None:
            progress.completed_at = None
        progress.evaluated_at = now
        progress.save()
    if complete and not was_complete and facts.certificate is None:
        enqueue_on_commit(ISSUE_TASK, user.pk, level.pk)
    return progress


@transaction.atomic
def path_start(*, user, path: Path) -> list[LevelProgress]:
    """Put a learner on every level of a path (again: harmless) and evaluate them."""
    for level in path.levels.all():
        LevelProgress.objects.get_or_create(user=user, level=level)
    return [
        requirement_statuses_evaluate(user=user, level=level)
        for level in path.levels.prefetch_related("requirements")
    ]


def user_progress_refresh(*, user) -> int:
    """Re-evaluate every level of every path the learner has started; returns how many."""
    path_ids = (
        LevelProgress.objects.filter(user=user).values_list("level__path_id", flat=True).distinct()
    )
    paths = list(Path.objects.filter(pk__in=list(path_ids)))
    count = 0
    for path in paths:
        count += len(path_start(user=user, path=path))
    return count


def level_progress_refresh(*, level_id: int) -> int:
    """After a provider edits a level, bring every learner on it up to date."""
    level = Level.objects.filter(pk=level_id).first()
    if level is None:
        return 0
    progress = LevelProgress.objects.filter(level=level).select_related("user")
    for row in progress:
        requirement_statuses_evaluate(user=row.user, level=level)
    return len(progress)
