import uuid

from practice.models import Method, MethodStep, PracticeIndexPage, ScenarioPage, ScenarioPersona
from practice.seed.dsl import ch, end, sit, stream_data


def make_method(*, provider=None, slug=None, steps=3) -> Method:
    method = Method.objects.create(
        name=f"Methode {slug or uuid.uuid4().hex[:6]}",
        slug=slug or f"methode-{uuid.uuid4().hex[:8]}",
        provider=provider,
        summary="Een testmethode.",
    )
    for i in range(steps):
        MethodStep.objects.create(
            method=method,
            sort_order=i,
            name=f"Stap {i + 1}",
            purpose="Doel",
            minutes=10,
            speaker=MethodStep.Speaker.GROUP,
            advice_allowed=i == steps - 1,
        )
    return method


def practice_index(provider) -> PracticeIndexPage:
    index = PracticeIndexPage.objects.child_of(provider.root_page).first()
    if index is None:
        index = PracticeIndexPage(title="Oefenen", slug="oefenen")
        provider.root_page.add_child(instance=index)
        index.save_revision().publish()
    return index


def chain_situations(n: int) -> list[dict]:
    """n decision situations in a row, each with an expert choice forward and a wrong choice
    that also goes forward, ending in one ending."""
    situations = []
    for i in range(n):
        nxt = f"s{i + 1}" if i + 1 < n else "einde"
        situations.append(
            sit(
                f"s{i}",
                f"Situatie {i}",
                1 + i % 3,
                [("Anna", f"Zin {i}"), (None, "Stilte.")],
                [
                    ch(f"Goed {i}", nxt, "Dit helpt.", expert=True, gp=5, que=5, saf=2),
                    ch(f"Fout {i}", nxt, "Dit schaadt.", gp=-5, neu=-5, saf=-5),
                ],
            )
        )
    situations.append(end("einde", "Einde", [(None, "Klaar.")]))
    return situations


def make_scenario(*, provider, method=None, situations=None, slug=None, n=4) -> ScenarioPage:
    index = practice_index(provider)
    method = method or make_method(steps=3)
    slug = slug or f"scenario-{uuid.uuid4().hex[:8]}"
    page = ScenarioPage(
        title=f"Scenario {slug}",
        slug=slug,
        summary="Samenvatting",
        focus=ScenarioPage.Focus.OTHER,
        method=method,
        reflection_question="Wat neem je mee?",
        time_budget=60,
        situations=stream_data(slug, situations or chain_situations(n)),
    )
    page.cast = [
        ScenarioPersona(name="Anna", role="inbrenger", description="Test", sort_order=0),
        ScenarioPersona(name="Bob", role="deelnemer", description="Test", sort_order=1),
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
