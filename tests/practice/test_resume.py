"""A learner's unfinished simulation is listed on the practice page and goes on where it stopped."""

import pytest
from django.urls import reverse

from practice.models import SimulationRun
from tests.factories.practice import make_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def scenario(provider):
    return make_scenario(provider=provider, n=4)


def _expert_id(run):
    run.refresh_from_db()
    situation = run.scenario.graph.get(run.current_key)
    return next(i.id for i in situation.interventions if i.expert)


def _play(client, run, choices: int):
    for _ in range(choices):
        run.refresh_from_db()
        client.post(
            reverse("practice:run_choose", args=[run.pk]),
            {"intervention": _expert_id(run), "position": run.position},
        )
    run.refresh_from_db()
    return run


def test_unfinished_run_is_listed_and_resumes_where_it_stopped(
    client, learner, other_learner, scenario
):
    client.force_login(learner)
    client.post(reverse("practice:run_start", args=[scenario.pk]))
    run = _play(client, SimulationRun.objects.get(user=learner), 2)
    situation = run.scenario.graph.get(run.current_key)
    assert run.position == 2 and situation.title == "Situatie 2"

    page = client.get(reverse("practice:index")).content.decode()
    assert "Onafgemaakte simulaties" in page
    assert "Verder spelen" in page
    assert reverse("practice:run", args=[run.pk]) in page
    assert "Je stopte bij ‘Situatie 2’" in page
    assert "2 keuzes gemaakt" in page

    step = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert "Situatie 2" in step

    # Someone else sees no resume list (and cannot open the run).
    client.force_login(other_learner)
    assert "Verder spelen" not in client.get(reverse("practice:index")).content.decode()
    assert client.get(reverse("practice:run", args=[run.pk])).status_code == 404


def test_finished_runs_are_not_offered_to_resume(client, learner, scenario):
    client.force_login(learner)
    client.post(reverse("practice:run_start", args=[scenario.pk]))
    run = _play(client, SimulationRun.objects.get(user=learner), 4)
    assert run.status == SimulationRun.Status.COMPLETED
    page = client.get(reverse("practice:index")).content.decode()
    assert "Verder spelen" not in page


def test_unfinished_list_in_english(client, learner, scenario):
    client.force_login(learner)
    client.post(reverse("practice:run_start", args=[scenario.pk]))
    run = SimulationRun.objects.get(user=learner)
    page = client.get("/en" + reverse("practice:index")).content.decode()
    assert "Continue playing" in page
    assert f"/en/oefenen/simulatie/{run.pk}/" in page
