"""Seed the shared method catalogue and the demo provider's practice area with scenarios.

Safe to run again: methods and scenarios are looked up by slug and left alone when they
exist, so an editor's later changes survive a re-seed.
"""

from django.utils.text import slugify

from ..models import (
    Method,
    MethodStep,
    PracticeIndexPage,
    ScenarioPage,
    ScenarioPersona,
    SimulationRun,
)
from .dsl import stream_data
from .methods import METHODS
from .scenarios import ADVICE, COMPLAINING, SCENARIOS, TEARS

# Situations where the learner first types what they would say (practice.language).
TYPE_FIRST = {TEARS["slug"]: {"start", "ruimte"}, COMPLAINING["slug"]: {"start"}}


def seed_methods(ctx=None) -> dict[str, Method]:
    methods = {}
    for name, slug, summary, suited, low, high, note, steps in METHODS:
        method = Method.objects.filter(slug=slug).first()
        if method is None:
            method = Method.objects.create(
                name=name,
                slug=slug,
                summary=summary,
                suited_for=suited,
                min_group_size=low,
                max_group_size=high,
                source_note=note,
            )
            MethodStep.objects.bulk_create(
                MethodStep(
                    method=method,
                    sort_order=i,
                    name=s[0],
                    purpose=s[1],
                    minutes=s[2],
                    speaker=s[3],
                    advice_allowed=s[4],
                )
                for i, s in enumerate(steps)
            )
            if ctx:
                ctx.log(f"  method {name}")
        methods[slug] = method
    return methods


def seed_practice_index(provider) -> PracticeIndexPage:
    root = provider.root_page
    index = PracticeIndexPage.objects.child_of(root).first()
    if index is None:
        index = PracticeIndexPage(
            title="Oefenen",
            slug="oefenen",
            intro="<p>Simulaties van intervisiebijeenkomsten waarin het lastig wordt.</p>",
        )
        root.add_child(instance=index)
        index.save_revision().publish()
    return index


def seed_scenario(index: PracticeIndexPage, data: dict, methods: dict[str, Method]):
    slug = data["slug"]
    existing = ScenarioPage.objects.child_of(index).filter(slug=slug).first()
    if existing:
        return existing
    page = ScenarioPage(
        title=data["title"],
        slug=slug or slugify(data["title"]),
        summary=data["summary"],
        focus=data["focus"],
        method=methods[data["method"]],
        briefing=data["briefing"],
        reflection_question=data["reflection"],
        clock_start=data["clock_start"],
        time_budget=data["time_budget"],
        start_safety=data.get("safety", 60),
        start_energy=data.get("energy", 60),
        situations=stream_data(
            slug,
            [{**s, "type_first": s["key"] in TYPE_FIRST.get(slug, ())} for s in data["situations"]],
        ),
    )
    page.cast = [
        ScenarioPersona(name=name, role=role, description=description, sort_order=i)
        for i, (name, role, description) in enumerate(data["cast"])
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def demo_run(user, slug: str = ADVICE["slug"]) -> SimulationRun:
    """An unfinished run two decisions in, so the demo learner (and the benchmark) has a
    simulation step to return to. Reuses one that is still in progress."""
    from ..services import simulation_choose, simulation_run_start

    scenario = ScenarioPage.objects.live().get(slug=slug)
    run = SimulationRun.objects.filter(
        user=user, scenario=scenario, status=SimulationRun.Status.IN_PROGRESS
    ).first()
    if run is None:
        run = simulation_run_start(user=user, scenario=scenario)
        for _ in range(2):
            situation = scenario.graph.get(run.current_key)
            expert = next(i for i in situation.interventions if i.expert)
            run = simulation_choose(
                run_id=run.pk, user=user, intervention_id=expert.id, position=run.position
            )
    return run


def run(ctx) -> None:
    methods = seed_methods(ctx)
    index = seed_practice_index(ctx.provider)
    for data in SCENARIOS:
        seed_scenario(index, data, methods)
    if not SimulationRun.objects.filter(user=ctx.users["learner"]).exists():
        demo_run(ctx.users["learner"])
    ctx.log(f"Practice: {len(methods)} methods, {len(SCENARIOS)} scenarios.")
