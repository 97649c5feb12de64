"""Builders for certification tests: the seeded three-level path, evidence rows, a certificate."""

import itertools
from datetime import timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certification.models import Evidence, Level, Path, Requirement
from certification.services import path_start
from practice.competencies import COMPETENCY_KEYS as COMPETENCIES

_ids = itertools.count(1)
Kind = Requirement.Kind


def make_path(provider, *, name="Intervisiebegeleider", live=True) -> Path:
    return Path.objects.create(
        provider=provider,
        name=name,
        slug=f"pad-{next(_ids)}",
        intro="Van aspirant naar zelfstandig.",
        live=live,
    )


def make_level(path, position, name, requirements, **extra) -> Level:
    level = Level.objects.create(path=path, position=position, name=name, **extra)
    for order, (kind, params) in enumerate(requirements):
        Requirement.objects.create(level=level, kind=kind, sort_order=order, **params)
    return level


def three_level_path(provider):
    """The path of the issue: Aspirant -> Co-begeleider -> Zelfstandig (with renewal)."""
    path = make_path(provider)
    aspirant = make_level(
        path,
        1,
        "Aspirant-begeleider",
        [
            (Kind.COURSE_COMPLETED, {}),
            (Kind.SIMULATIONS_PASSED, {"count": 4, "min_score": Decimal("60")}),
            (Kind.INTAKE_GOALS, {}),
        ],
    )
    co = make_level(
        path,
        2,
        "Co-begeleider",
        [
            (
                Kind.SESSIONS_FACILITATED,
                {"count": 3, "observed_count": 2, "min_score": Decimal("3")},
            ),
            (Kind.LOGBOOK_ENTRIES, {"count": 3}),
        ],
    )
    independent = make_level(
        path,
        3,
        "Zelfstandig intervisiebegeleider",
        [
            (
                Kind.SESSIONS_FACILITATED,
                {"count": 6, "observed_count": 3, "min_score": Decimal("3.5")},
            ),
            (Kind.GOALS_EVALUATED, {}),
            (Kind.FINAL_ASSESSMENT, {}),
            (Kind.SESSIONS_FACILITATED, {"count": 4, "for_renewal": True}),
        ],
    )
    return path, aspirant, co, independent


def add_evidence(user, kind, *, when=None, **fields) -> Evidence:
    """An evidence row as a receiver would store it (source: a stand-in content type)."""
    fields.setdefault("title", f"{kind} {next(_ids)}")
    return Evidence.objects.create(
        user=user,
        kind=kind,
        source_type=ContentType.objects.get_for_model(Evidence),
        source_id=next(_ids),
        occurred_at=when or timezone.now() - timedelta(days=1),
        **fields,
    )


def passed_runs(user, count, score=75):
    return [
        add_evidence(
            user,
            Evidence.Kind.SIMULATION_RUN,
            target_id=1000 + i,
            scores=dict.fromkeys(COMPETENCIES, score),
        )
        for i in range(count)
    ]


def sessions(user, count, observed=0, rubric=4, when=None):
    rows = [add_evidence(user, Evidence.Kind.SESSION_FACILITATED, when=when) for _ in range(count)]
    for row in rows[:observed]:
        add_evidence(
            user,
            Evidence.Kind.OBSERVATION,
            target_id=row.source_id,
            score=Decimal(str(rubric)),
            when=when,
        )
    return rows


def started(user, path):
    path_start(user=user, path=path)
    return path


def issued_certificate(user, provider, *, deliver=False):
    """The first level of a fresh three-level path completed and certified for `user`."""
    from certification import services
    from certification.models import LevelProgress

    path, aspirant, *_ = three_level_path(provider)
    started(user, path)
    LevelProgress.objects.filter(user=user, level=aspirant).update(completed_at=timezone.now())
    certificate = services.certificate_issue(user_id=user.pk, level_id=aspirant.pk)
    if deliver:
        services.certificate_deliver(certificate_id=certificate.pk)
        certificate.refresh_from_db()
    return certificate


def matrix_objects(world):
    """Certification rows for the authorization matrix, built once per World, owned by learner."""
    cached = getattr(world, "certification", None)
    if cached:
        return cached
    from types import SimpleNamespace

    from certification import services
    from certification.models import Assessment, Intake, LearningGoal, LevelProgress

    learner = world.users["learner"]
    path, aspirant, co, independent = three_level_path(world.provider)
    started(learner, path)
    intake = Intake.objects.create(
        user=learner, path=path, status=Intake.Status.SUBMITTED, submitted_at=timezone.now()
    )
    goal = LearningGoal.objects.create(intake=intake, text="Ik vat samen voor de zomer.")
    assessment = Assessment.objects.create(user=learner, level=independent)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    certificate = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    world.certification = SimpleNamespace(
        path=path,
        level=aspirant,
        intake=intake,
        goal=goal,
        assessment=assessment,
        certificate=certificate,
    )
    return world.certification


def play_run(user, scenario, *, expert=True):
    """Play a scenario to its end through practice's service, always the expert's choice
    (or never). Returns the finished run; the completion signal waits for the commit."""
    from practice.services import simulation_choose, simulation_run_start

    run = simulation_run_start(user=user, scenario=scenario)
    while not run.is_finished:
        situation = scenario.graph.get(run.current_key)
        choice = next(i for i in situation.interventions if i.expert is expert)
        run = simulation_choose(
            run_id=run.pk, user=user, intervention_id=choice.id, position=run.position
        )
    return run


def facilitate_session(facilitator, *, method, observer=None, close=True, group="Team Noord"):
    """A real session run with the companion: planned, started and (by default) closed."""
    from practice import services as practice

    session = practice.companion_session_create(
        facilitator=facilitator, group_name=group, date=timezone.localdate(), method=method
    )
    if observer is not None:
        practice.session_observer_set(
            session_id=session.pk, facilitator=facilitator, trainer_id=observer.pk
        )
    practice.companion_session_start(session_id=session.pk, facilitator=facilitator)
    if close:
        session = practice.companion_session_close(session_id=session.pk, facilitator=facilitator)
    return session


def rubric(level: int) -> dict:
    return dict.fromkeys(COMPETENCIES, level)
