"""Simulation options are shown in an order of their own per run and decision."""

import pytest
from django.urls import reverse

from practice.models import SimulationChoice, SimulationRun
from tests.factories.practice import make_scenario

pytestmark = pytest.mark.django_db


def _shown(html: str, situation) -> list[str]:
    ids = [i.id for i in situation.interventions]
    return sorted(ids, key=lambda i: html.index(f'value="{i}"'))


def test_step_page_shows_the_runs_order_on_every_reload_and_records_it(client, provider, learner):
    scenario = make_scenario(provider=provider, n=4)
    client.force_login(learner)
    client.post(reverse("practice:run_start", args=[scenario.pk]))
    run = SimulationRun.objects.get()
    situation = scenario.graph.get(run.current_key)
    url = reverse("practice:run", args=[run.pk])
    shown = _shown(client.get(url).content.decode(), situation)
    assert shown == [i.id for i in run.options_shown(situation)]
    assert _shown(client.get(url).content.decode(), situation) == shown

    client.post(
        reverse("practice:run_choose", args=[run.pk]), {"intervention": shown[0], "position": 0}
    )
    assert SimulationChoice.objects.get(run=run).shown_order == shown


def test_order_differs_between_runs(provider, learner):
    scenario = make_scenario(provider=provider, n=4)
    situation = scenario.graph.get(scenario.graph.start_key)
    orders = {
        tuple(i.id for i in SimulationRun(pk=pk, scenario=scenario).options_shown(situation))
        for pk in range(1, 21)
    }
    assert len(orders) > 1
    assert all(sorted(order) == sorted(i.id for i in situation.interventions) for order in orders)
