"""Reads for certification pages: a fixed number of queries whatever the path's size."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from intervisor.progress import percent_of
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.selectors import providers_for_user

from .models import (
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


def paths_open() -> QuerySet[Path]:
    return (
        Path.objects.filter(live=True)
        .select_related("provider")
        .prefetch_related(
            Prefetch(
                "levels",
                queryset=Level.objects.prefetch_related(
                    Prefetch(
                        "requirements",
                        queryset=Requirement.objects.filter(for_renewal=False),
                        to_attr="initial_requirements",
                    )
                ),
            )
        )
    )


@dataclass
class LevelView:
    level: Level
    progress: LevelProgress
    statuses: list
    renewal_statuses: list
    certificate: Certificate | None
    assessment: Assessment | None
    can_request_assessment: bool = False
    has_assessment: bool = False

    @property
    def percent(self) -> int:
        """How far the level has come: the mean of its requirements, as the chart fills it."""
        return percent_of(sum(s.percent for s in self.statuses), 100 * len(self.statuses))


@dataclass
class PathView:
    path: Path
    levels: list[LevelView] = field(default_factory=list)
    intake: Intake | None = None

    @property
    def current(self) -> LevelView | None:
        for item in self.levels:
            if item.certificate is None:
                return item
        return None


def learner_path_ids(*, user) -> list[int]:
    return list(
        LevelProgress.objects.filter(user=user)
        .values_list("level__path_id", flat=True)
        .distinct()
        .order_by()
    )


def learner_path(*, user, path: Path) -> PathView:
    """A learner's stored progress on one path, in five queries."""
    progress = {
        p.level_id: p
        for p in LevelProgress.objects.filter(user=user, level__path=path).prefetch_related(
            Prefetch("statuses", queryset=RequirementStatus.objects.select_related("requirement"))
        )
    }
    certificates = {c.level_id: c for c in Certificate.objects.filter(user=user, level__path=path)}
    assessments: dict = {}
    for assessment in Assessment.objects.filter(user=user, level__path=path):
        assessments.setdefault(assessment.level_id, assessment)  # newest first
    view = PathView(path=path, intake=Intake.objects.filter(user=user, path=path).first())
    for level in path.levels.all():
        row = progress.get(level.pk)
        if row is None:
            continue
        statuses = [s for s in row.statuses.all() if not s.requirement.for_renewal]
        others = [s for s in statuses if s.requirement.kind != Requirement.Kind.FINAL_ASSESSMENT]
        has_assessment = len(others) < len(statuses)
        assessment = assessments.get(level.pk)
        view.levels.append(
            LevelView(
                level=level,
                progress=row,
                statuses=statuses,
                renewal_statuses=[s for s in row.statuses.all() if s.requirement.for_renewal],
                certificate=certificates.get(level.pk),
                assessment=assessment,
                has_assessment=has_assessment,
                can_request_assessment=has_assessment
                and all(s.state == RequirementStatus.State.MET for s in others)
                and not (
                    assessment
                    and assessment.status in (Assessment.Status.REQUESTED, Assessment.Status.PASSED)
                ),
            )
        )
    return view


def level_learners(*, level: Level):
    return [p.user for p in LevelProgress.objects.filter(level=level).select_related("user")]


def trainer_provider_ids(*, user) -> list[int]:
    if user.is_superuser:
        return list(Provider.objects.values_list("pk", flat=True))
    return list(
        providers_for_user(user=user, role=ProviderMembership.Role.TRAINER).values_list(
            "pk", flat=True
        )
    )


def trainer_queue(*, user) -> dict:
    provider_ids = trainer_provider_ids(user=user)
    return {
        "intakes": list(
            Intake.objects.filter(path__provider_id__in=provider_ids)
            .exclude(status=Intake.Status.DRAFT)
            .select_related("user", "path", "trainer")
            .order_by("status", "-submitted_at")[:100]
        ),
        "assessments": list(
            Assessment.objects.filter(level__path__provider_id__in=provider_ids)
            .select_related("user", "level__path", "decided_by")
            .order_by("status", "-requested_at")[:100]
        ),
        "certificates": list(
            Certificate.objects.filter(level__path__provider_id__in=provider_ids)
            .select_related("user", "level__path")
            .order_by("-issued_at")[:100]
        ),
    }


def portfolio(*, assessment: Assessment) -> dict:
    """What an assessor sees: shared evidence, observations with scores, goals, statuses."""
    user, level = assessment.user, assessment.level
    evidence = list(Evidence.objects.filter(user=user, shared=True))
    intake = Intake.objects.filter(user=user, path_id=level.path_id).first()
    progress = (
        LevelProgress.objects.filter(user=user, level=level)
        .prefetch_related(
            Prefetch("statuses", queryset=RequirementStatus.objects.select_related("requirement"))
        )
        .first()
    )
    return {
        "observations": [e for e in evidence if e.kind == Evidence.Kind.OBSERVATION],
        "simulations": [e for e in evidence if e.kind == Evidence.Kind.SIMULATION_RUN],
        "sessions": [e for e in evidence if e.kind == Evidence.Kind.SESSION_FACILITATED],
        "reflections": [e for e in evidence if e.kind == Evidence.Kind.LOGBOOK_ENTRY],
        "courses": [e for e in evidence if e.kind == Evidence.Kind.COURSE_COMPLETED],
        "intake": intake,
        "goals": list(intake.goals.all()) if intake else [],
        "statuses": list(progress.statuses.all()) if progress else [],
        "history": list(
            Assessment.objects.filter(user=user, level=level)
            .exclude(pk=assessment.pk)
            .select_related("decided_by")
        ),
    }


def certificate_by_number(number: str) -> Certificate | None:
    return (
        Certificate.objects.select_related("user", "level__path__provider")
        .filter(number=number.strip().upper())
        .first()
    )
