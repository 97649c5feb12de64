"""Demo certification: the path of the demo provider, progress for the demo learner and one
earned certificate for the second demo learner. Safe to run again: everything is looked up.

The certificate is earned, not granted: the second learner completed the basis course (courses'
seed), has a confirmed intake and passed four simulations here, all through the services a
learner uses, so the path page and the PDF show requirements that were really met."""

from decimal import Decimal

from django.utils import timezone

from courses.models import CoursePage
from courses.seed import BASIS_SLUG
from intervisor.replies.services import reply_add
from practice.models import ScenarioPage, SimulationRun
from practice.seed.scenarios import NO_CASE, SCENARIOS
from practice.services import simulation_choose, simulation_run_start

from . import services
from .documents import verification_url
from .models import Certificate, Intake, Level, Path, Requirement

Kind = Requirement.Kind
PATH_SLUG = "intervisiebegeleider"

LEVELS = [
    (
        1,
        "Aspirant-begeleider",
        "Je kent de rollen, spelregels en methodes en hebt lastige momenten geoefend.",
        [
            (Kind.COURSE_COMPLETED, {"title": "Cursus “Intervisie begeleiden: de basis” afgerond"}),
            (Kind.SIMULATIONS_PASSED, {"count": 4, "min_score": Decimal("60")}),
            (Kind.INTAKE_GOALS, {}),
        ],
    ),
    (
        2,
        "Co-begeleider",
        "Je begeleidt samen met een ervaren begeleider en legt je ervaringen vast.",
        [
            (
                Kind.SESSIONS_FACILITATED,
                {"count": 3, "observed_count": 2, "min_score": Decimal("3")},
            ),
            (Kind.LOGBOOK_ENTRIES, {"count": 3}),
        ],
    ),
    (
        3,
        "Zelfstandig intervisiebegeleider",
        "Je begeleidt een groep zelfstandig; een beoordelaar bekijkt je portfolio.",
        [
            (
                Kind.SESSIONS_FACILITATED,
                {"count": 6, "observed_count": 3, "min_score": Decimal("3.5")},
            ),
            (Kind.GOALS_EVALUATED, {}),
            (Kind.FINAL_ASSESSMENT, {}),
            (
                Kind.SESSIONS_FACILITATED,
                {
                    "title": "Vier bijeenkomsten begeleid in de geldigheidsperiode",
                    "count": 4,
                    "for_renewal": True,
                },
            ),
        ],
    ),
]

GOALS = [
    "Voor de zomer vat ik in elke vragenronde van onze intervisiebijeenkomst samen wat de "
    "inbrenger heeft verteld, voordat de groep verdergaat.",
    "In de komende drie bijeenkomsten benoem ik bij de start de stappen van de methode en "
    "parkeer ik adviezen tot de adviesronde.",
]


def _path(ctx) -> Path:
    path = Path.objects.filter(provider=ctx.provider, slug=PATH_SLUG).first()
    if path:
        return path
    return Path.objects.create(
        provider=ctx.provider,
        slug=PATH_SLUG,
        name="Intervisiebegeleider",
        intro="In drie stappen van aspirant naar zelfstandig begeleider van intervisiegroepen, "
        "met oefenen, meelopen, observaties en een eindbeoordeling.",
    )


def _levels(path: Path) -> list[Level]:
    course = CoursePage.objects.filter(slug=BASIS_SLUG).first()
    levels = []
    for position, name, description, requirements in LEVELS:
        level = Level.objects.filter(path=path, position=position).first()
        if level is None:
            level = Level.objects.create(
                path=path, position=position, name=name, description=description
            )
            for order, (kind, params) in enumerate(requirements):
                target = course if kind == Kind.COURSE_COMPLETED else None
                Requirement.objects.create(
                    level=level, kind=kind, sort_order=order, target_page=target, **params
                )
        levels.append(level)
    return levels


def _intake(ctx, path: Path, user, goals: list[str], manager: str) -> None:
    """An intake as a learner writes it and a trainer confirms it: the goals pass the goal
    checker on the way in."""
    trainer = ctx.users["trainer"]
    if Intake.objects.filter(user=user, path=path).exists():
        return
    intake = services.intake_save(user=user, path=path, trainer=trainer, manager_name=manager)
    for text in goals:
        services.intake_goal_add(user=user, path=path, text=text)
    services.intake_submit(user=user, path=path)
    services.intake_confirm(intake=intake, trainer=trainer)


INTAKE_THREAD = (
    ("trainer", "Mooie doelen. Bij het tweede: in welke bijeenkomst doe je dat voor het eerst?"),
    ("learner", "In de bijeenkomst van team Noord in maart; daar begeleid ik zelf."),
)


def _intake_thread(ctx, path: Path) -> None:
    """A short exchange under the intake, as a trainer and learner would have."""
    intake = Intake.objects.filter(user=ctx.users["learner"], path=path).first()
    if intake is None or intake.replies.exists():
        return
    for role, text in INTAKE_THREAD:
        reply_add(target=intake, author=ctx.users[role], text=text, recipients=[])


def _play_expert(user, scenario: ScenarioPage) -> None:
    run = simulation_run_start(user=user, scenario=scenario)
    while not run.is_finished:
        situation = scenario.graph.get(run.current_key)
        expert = next(i for i in situation.interventions if i.expert)
        run = simulation_choose(
            run_id=run.pk, user=user, intervention_id=expert.id, position=run.position
        )


def _practice(user, slugs: list[str]) -> int:
    """Play the given scenarios the expert's way through practice's own services (once per
    scenario) and record the finished runs as evidence.

    Practice's seed leaves the first learner's demo run unfinished on purpose (a step to return
    to); that run is left alone. The sync covers runs whose signals fire only after this
    transaction commits.
    """
    finished = set(
        SimulationRun.objects.filter(user=user, status=SimulationRun.Status.COMPLETED).values_list(
            "scenario__slug", flat=True
        )
    )
    for scenario in ScenarioPage.objects.live().filter(slug__in=slugs).exclude(slug__in=finished):
        _play_expert(user, scenario)
    return services.practice_evidence_sync(user=user)


GOALS_DAAN = [
    "In mijn eerstvolgende drie bijeenkomsten vraag ik na elke stap of de inbrenger verder "
    "kan, voordat ik de groep de volgende stap laat zetten.",
    "Vanaf de bijeenkomst in april sluit ik elke bijeenkomst af met een evaluatieronde van "
    "minstens tien minuten, die ik zelf op de klok zet.",
]


def _earned_certificate(ctx, path: Path, level: Level):
    """The second learner meets every requirement of the first level, then the ordinary
    evaluation completes the level and the certificate is issued."""
    learner2 = ctx.users["learner2"]
    needed = next(r.count for r in level.requirements.all() if r.kind == Kind.SIMULATIONS_PASSED)
    _practice(learner2, [data["slug"] for data in SCENARIOS[:needed]])
    _intake(ctx, path, learner2, GOALS_DAAN, "Karin de Boer")
    services.path_start(user=learner2, path=path)
    existing = Certificate.objects.filter(user=learner2, level=level).first()
    return existing or services.certificate_issue(user_id=learner2.pk, level_id=level.pk)


def run(ctx) -> None:
    path = _path(ctx)
    levels = _levels(path)
    learner, learner2 = ctx.users["learner"], ctx.users["learner2"]
    synced = _practice(learner, [NO_CASE["slug"]])
    services.path_start(user=learner, path=path)
    ctx.log(f"  certification: {synced} practice results of {learner.display_name} evaluated")
    _intake(ctx, path, learner, GOALS, "Petra Smit")
    _intake_thread(ctx, path)
    ctx.log(f"  certification: {learner.display_name} is on the path {path.name}")

    certificate = _earned_certificate(ctx, path, levels[0])
    if certificate is None:
        ctx.log(f"  certification: {learner2.display_name} does not meet {levels[0].name} yet")
        return
    issued = timezone.localdate(certificate.issued_at)
    ctx.log(
        f"  certification: certificate {certificate.number} for {learner2.display_name} "
        f"(issued {issued}), check it at {verification_url(certificate)}"
    )
