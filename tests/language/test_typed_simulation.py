import pytest
from django.urls import reverse

from practice.language.models import TypedLine
from practice.models import SimulationRun
from tests.factories.practice import chain_situations, make_scenario


@pytest.fixture
def scenario(provider):
    situations = chain_situations(3)
    situations[0]["type_first"] = True  # step 1 of 3: no advice allowed
    return make_scenario(provider=provider, situations=situations)


def _start(client, scenario) -> SimulationRun:
    client.post(reverse("practice:run_start", args=[scenario.pk]))
    return SimulationRun.objects.latest("pk")


def _type(client, run, text, position=0):
    return client.post(
        reverse("language:run_type", args=[run.pk]), {"text": text, "position": position}
    )


def _expert(run):
    run.refresh_from_db()
    situation = run.scenario.graph.get(run.current_key)
    return next(i.id for i in situation.interventions if i.expert)


def test_a_marked_situation_asks_to_type_before_showing_the_choices(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert 'name="text"' in page
    assert "Goed 0" not in page  # the choices come after typing
    # Choosing without typing is refused and nothing is recorded.
    response = client.post(
        reverse("practice:run_choose", args=[run.pk]),
        {"intervention": _expert(run), "position": 0},
    )
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.position == 0


def test_typed_line_gets_feedback_then_the_choices_and_shows_in_the_debrief(
    client, learner, scenario
):
    client.force_login(learner)
    run = _start(client, scenario)
    response = _type(client, run, "Heb je al eens overwogen om het gewoon te zeggen?")
    assert response.status_code == 302
    line = TypedLine.objects.get(run=run)
    assert line.label == "leading" and line.position == 0 and line.advice_allowed is False
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert "Suggestieve vraag" in page or "Leading question" in page
    assert "overwogen" in page
    assert "Goed 0" in page  # now the choices
    # A second submit (back button) keeps the first line.
    _type(client, run, "Iets anders")
    assert TypedLine.objects.filter(run=run).count() == 1
    for _ in range(3):
        client.post(
            reverse("practice:run_choose", args=[run.pk]),
            {"intervention": _expert(run), "position": run.position},
        )
    run.refresh_from_db()
    assert run.status == SimulationRun.Status.COMPLETED
    debrief = client.get(reverse("practice:run_debrief", args=[run.pk])).content.decode()
    assert "Heb je al eens overwogen om het gewoon te zeggen?" in debrief
    assert "Goed 0" in debrief  # the expert's line beside it


def test_empty_text_gets_a_message_and_nothing_is_stored(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    response = _type(client, run, "   ")
    assert response.status_code == 302
    assert not TypedLine.objects.exists()
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert 'name="text"' in page


def test_too_long_text_keeps_the_draft(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    _type(client, run, "Wat " * 200)
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert "Wat Wat Wat" in page  # the draft is back in the field
    assert not TypedLine.objects.exists()


def test_someone_elses_run_is_a_404(client, learner, other_learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    client.force_login(other_learner)
    assert _type(client, run, "Wat voel je?").status_code == 404
    assert not TypedLine.objects.exists()


def test_an_unmarked_situation_does_not_take_typed_lines(client, learner, provider):
    scenario = make_scenario(provider=provider, n=2)
    client.force_login(learner)
    run = _start(client, scenario)
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert 'name="text"' not in page and "Goed 0" in page
    _type(client, run, "Wat voel je?")
    assert not TypedLine.objects.exists()
