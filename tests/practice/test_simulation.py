import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from practice import signals
from practice.models import SimulationChoice, SimulationRun
from tests.factories.practice import make_scenario


@pytest.fixture
def scenario(provider):
    return make_scenario(provider=provider, n=4)


def _start(client, scenario):
    response = client.post(reverse("practice:run_start", args=[scenario.pk]))
    assert response.status_code == 302
    return SimulationRun.objects.latest("pk")


def _choose(client, run, intervention_id, position=None):
    run.refresh_from_db()
    return client.post(
        reverse("practice:run_choose", args=[run.pk]),
        {
            "intervention": intervention_id,
            "position": run.position if position is None else position,
        },
    )


def _expert_id(run):
    run.refresh_from_db()
    situation = run.scenario.graph.get(run.current_key)
    return next(i.id for i in situation.interventions if i.expert)


def test_play_to_debrief_scores_and_signal(
    client, learner, scenario, django_capture_on_commit_callbacks, receive
):
    client.force_login(learner)
    received = receive(signals.simulation_run_completed)
    run = _start(client, scenario)
    page = client.get(reverse("practice:run", args=[run.pk]))
    assert page.status_code == 200
    assert "Situatie 0" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            response = _choose(client, run, _expert_id(run))
            assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == SimulationRun.Status.COMPLETED and run.completed_at
    # Bounds per competency come from the graph: the expert path is the best on all three.
    assert run.competency_scores == {
        "guarding_process": 100,
        "neutrality": 100,
        "question_quality": 100,
    }
    assert all(0 <= v <= 100 for v in run.competency_scores.values())
    assert run.expert_matches == 4
    assert received and received[-1]["run"].pk == run.pk and received[-1]["user"] == learner
    debrief = client.get(reverse("practice:run_debrief", args=[run.pk])).content.decode()
    assert "Dit helpt." in debrief and "Wat neem je mee?" in debrief


def test_wrong_choices_lower_scores_and_feedback_is_shown(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    situation = scenario.graph.get(run.current_key)
    wrong = next(i for i in situation.interventions if not i.expert)
    _choose(client, run, wrong.id)
    page = client.get(reverse("practice:run", args=[run.pk])).content.decode()
    assert "Dit schaadt." in page
    run.refresh_from_db()
    assert run.raw_scores == {"guarding_process": -5, "neutrality": -5}
    assert run.state["safety"] == 55
    for _ in range(3):
        situation = run.scenario.graph.get(run.current_key)
        _choose(client, run, next(i for i in situation.interventions if not i.expert).id)
        run.refresh_from_db()
    assert run.competency_scores == {"guarding_process": 0, "neutrality": 0, "question_quality": 0}


def test_forged_choice_is_404_and_changes_nothing(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    assert _choose(client, run, "not-a-real-id").status_code == 404
    run.refresh_from_db()
    assert run.position == 0 and not SimulationChoice.objects.exists()


def test_choice_from_another_situation_is_403(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    later = scenario.graph.get("s2").interventions[0].id
    assert _choose(client, run, later).status_code == 403
    run.refresh_from_db()
    assert run.current_key == "s0" and run.position == 0


def test_double_submit_records_one_choice(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    first = _expert_id(run)
    _choose(client, run, first, position=0)
    response = _choose(client, run, first, position=0)
    assert response.status_code == 302
    assert SimulationChoice.objects.filter(run=run).count() == 1


def test_replaying_a_finished_run_is_403(client, learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    for _ in range(4):
        _choose(client, run, _expert_id(run))
    run.refresh_from_db()
    last_id = SimulationChoice.objects.filter(run=run).last().intervention_id
    assert _choose(client, run, last_id).status_code == 403
    assert SimulationChoice.objects.filter(run=run).count() == 4


def test_another_learners_run_is_404(client, learner, other_learner, scenario):
    client.force_login(learner)
    run = _start(client, scenario)
    client.force_login(other_learner)
    assert client.get(reverse("practice:run", args=[run.pk])).status_code == 404
    assert client.get(reverse("practice:run_debrief", args=[run.pk])).status_code == 404
    assert _choose(client, run, _expert_id(run)).status_code == 404
    run.refresh_from_db()
    assert run.position == 0


def test_reflection_is_private_and_history_shows_growth(client, learner, other_learner, scenario):
    client.force_login(learner)
    first = _start(client, scenario)
    for _ in range(4):
        run = SimulationRun.objects.get(pk=first.pk)
        wrong = next(
            i for i in run.scenario.graph.get(run.current_key).interventions if not i.expert
        )
        _choose(client, run, wrong.id)
    second = _start(client, scenario)
    for _ in range(4):
        _choose(client, second, _expert_id(second))
    client.post(reverse("practice:run_debrief", args=[second.pk]), {"reflection": "Mijn geheim"})
    second.refresh_from_db()
    assert second.reflection == "Mijn geheim"
    index = client.get(reverse("practice:index")).content.decode()
    assert scenario.title in index and "+" in index
    client.force_login(other_learner)
    response = client.post(reverse("practice:run_debrief", args=[second.pk]), {"reflection": "x"})
    assert response.status_code == 404
    second.refresh_from_db()
    assert second.reflection == "Mijn geheim"


def test_anonymous_is_sent_to_login(client, scenario):
    response = client.post(reverse("practice:run_start", args=[scenario.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not SimulationRun.objects.exists()


def _step_queries(client, user, scenario) -> int:
    client.force_login(user)
    run = _start(client, scenario)
    _choose(client, run, _expert_id(run))
    _choose(client, run, _expert_id(run))
    url = reverse("practice:run", args=[run.pk])
    client.get(url)  # drop the one-off feedback message from the session
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_step_page_query_count_does_not_grow_with_scenario_size(client, learner, provider):
    small = make_scenario(provider=provider, n=4)  # 5 situations with the ending
    large = make_scenario(provider=provider, n=39)  # 40 situations
    assert len(small.graph.situations) == 5 and len(large.graph.situations) == 40
    small_count = _step_queries(client, learner, small)
    large_count = _step_queries(client, learner, large)
    assert small_count == large_count
    print(f"step page queries: 5 situations={small_count}, 40 situations={large_count}")
    assert small_count <= 12, small_count


def test_step_page_follows_a_republished_scenario_and_an_edited_method(client, learner, scenario):
    """The step page reads the scenario from the cache; an edit must show on the next step."""
    client.force_login(learner)
    run = _start(client, scenario)
    url = reverse("practice:run", args=[run.pk])
    client.get(url)
    scenario.title = "Vijf minuten voor tijd"
    scenario.save_revision().publish()
    assert "Vijf minuten voor tijd" in client.get(url).content.decode()
    step = scenario.method.steps.first()
    step.name = "Casus kiezen met de hele groep"
    step.save()
    html = client.get(url).content.decode()
    assert "Casus kiezen met de hele groep" in html
