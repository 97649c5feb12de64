"""Intake and assessment through the learner's and trainer's pages."""

import pytest
from django.urls import reverse

from certification.models import Assessment, Intake, LearningGoal, LevelProgress
from tests.factories.certification import sessions, started, three_level_path

pytestmark = pytest.mark.django_db
GOOD_GOAL = (
    "Voor de zomer vat ik in elke vragenronde van onze intervisiebijeenkomst samen wat de "
    "inbrenger heeft verteld."
)


@pytest.fixture
def levels(provider):
    return three_level_path(provider)


def test_goal_form_explains_each_missing_quality_and_saves_nothing(client, learner, levels):
    path = started(learner, levels[0])
    client.force_login(learner)
    url = reverse("certification:intake", args=[path.pk])
    response = client.post(url, {"add_goal": "1", "text": "Niet meer zo snel adviseren."})
    assert response.status_code == 400
    html = response.content.decode()
    assert "quality-missing" in html
    # Negation, no behaviour verb, no time, not first person, no situation: five gaps.
    assert html.count("quality-missing") == 5
    assert not LearningGoal.objects.exists()


def test_learner_writes_goals_sends_them_and_trainer_confirms(client, learner, trainer, levels):
    path, aspirant, *_ = levels
    started(learner, path)
    client.force_login(learner)
    url = reverse("certification:intake", args=[path.pk])
    assert client.post(url, {"add_goal": "1", "text": GOOD_GOAL}).status_code == 302
    assert (
        client.post(url, {"trainer": trainer.pk, "manager_name": "Mw. Jansen"}).status_code == 302
    )
    client.post(reverse("certification:intake_submit", args=[path.pk]))
    intake = Intake.objects.get(user=learner)
    assert intake.status == Intake.Status.SUBMITTED
    assert intake.manager_name == "Mw. Jansen"

    client.force_login(trainer)
    review = reverse("certification:trainer_intake", args=[intake.pk])
    assert GOOD_GOAL in client.get(review).content.decode()
    client.post(review, {"confirm": "1"})
    intake.refresh_from_db()
    assert (intake.status, intake.confirmed_by) == (Intake.Status.CONFIRMED, trainer)
    status = LevelProgress.objects.get(user=learner, level=aspirant).statuses.get(
        requirement__kind="intake_goals"
    )
    assert status.state == "met"


def test_trainer_of_another_provider_cannot_open_or_confirm_the_intake(
    client, learner, other_trainer, trainer, levels
):
    path = started(learner, levels[0])
    intake = Intake.objects.create(
        user=learner, path=path, trainer=trainer, status=Intake.Status.SUBMITTED
    )
    LearningGoal.objects.create(intake=intake, text=GOOD_GOAL)
    client.force_login(other_trainer)
    url = reverse("certification:trainer_intake", args=[intake.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"confirm": "1"}).status_code == 404
    intake.refresh_from_db()
    assert intake.status == Intake.Status.SUBMITTED


def test_learner_cannot_choose_a_trainer_of_another_provider(
    client, learner, other_trainer, levels
):
    path = started(learner, levels[0])
    client.force_login(learner)
    response = client.post(
        reverse("certification:intake", args=[path.pk]), {"trainer": other_trainer.pk}
    )
    assert response.status_code == 200  # the form shows the invalid choice
    assert not Intake.objects.filter(trainer=other_trainer).exists()


def test_requesting_assessment_early_is_refused_and_changes_nothing(client, learner, levels):
    path, _a, _c, independent = levels
    started(learner, path)
    client.force_login(learner)
    response = client.post(
        reverse("certification:assessment_request", args=[independent.pk]), follow=True
    )
    assert "message-error" in response.content.decode()
    assert not Assessment.objects.exists()


def test_forged_level_id_gets_a_clear_404(client, learner, levels):
    client.force_login(learner)
    response = client.post(reverse("certification:assessment_request", args=[999999]))
    assert response.status_code == 404
    assert not Assessment.objects.exists()


def _ready_for_assessment(learner, trainer, path, level):
    started(learner, path)
    sessions(learner, 6, observed=3, rubric=4)
    intake = Intake.objects.create(
        user=learner, path=path, trainer=trainer, status=Intake.Status.CONFIRMED
    )
    from django.utils import timezone

    LearningGoal.objects.create(intake=intake, text=GOOD_GOAL, evaluated_at=timezone.now())
    from certification.services import requirement_statuses_evaluate

    requirement_statuses_evaluate(user=learner, level=level)


def test_assessment_request_then_pass_is_recorded_with_who_and_when(
    client, learner, trainer, levels, django_capture_on_commit_callbacks
):
    path, _a, _c, independent = levels
    _ready_for_assessment(learner, trainer, path, independent)
    client.force_login(learner)
    url = reverse("certification:assessment_request", args=[independent.pk])
    client.post(url)
    client.post(url)  # a double submit
    assert Assessment.objects.filter(user=learner).count() == 1
    assessment = Assessment.objects.get()

    client.force_login(trainer)
    review = reverse("certification:trainer_assessment", args=[assessment.pk])
    assert (
        "Portfolio" in client.get(review).content.decode() or client.get(review).status_code == 200
    )
    response = client.post(review, {"decision": "not_yet", "feedback": ""})
    assert response.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review, {"decision": "pass", "feedback": "Sterk in tijdbewaking."})
    assessment.refresh_from_db()
    assert assessment.status == "passed"
    assert assessment.decided_by == trainer and assessment.decided_at
    assert learner.certificates.filter(level=independent).count() == 1
    # Deciding again changes nothing.
    client.post(review, {"decision": "not_yet", "feedback": "Toch niet"})
    assessment.refresh_from_db()
    assert assessment.status == "passed"


def test_not_yet_lets_the_learner_request_again(client, learner, trainer, other_trainer, levels):
    path, _a, _c, independent = levels
    _ready_for_assessment(learner, trainer, path, independent)
    client.force_login(learner)
    client.post(reverse("certification:assessment_request", args=[independent.pk]))
    assessment = Assessment.objects.get()

    client.force_login(other_trainer)
    review = reverse("certification:trainer_assessment", args=[assessment.pk])
    assert client.post(review, {"decision": "pass"}).status_code == 404

    client.force_login(trainer)
    client.post(review, {"decision": "not_yet", "feedback": "Oefen de adviesronde."})
    client.force_login(learner)
    page = client.get(reverse("certification:path", args=[path.pk])).content.decode()
    assert "Oefen de adviesronde." in page
    client.post(reverse("certification:assessment_request", args=[independent.pk]))
    assert Assessment.objects.filter(user=learner).count() == 2


@pytest.mark.parametrize("goal", ["abc", "1e3", "-1", "99999999999999999999999"])
def test_a_trainer_evaluates_a_goal_and_a_forged_goal_id_is_a_message_not_a_500(
    client, learner, trainer, levels, goal
):
    path = started(learner, levels[0])
    intake = Intake.objects.create(
        user=learner, path=path, trainer=trainer, status=Intake.Status.CONFIRMED
    )
    real = LearningGoal.objects.create(intake=intake, text=GOOD_GOAL)
    client.force_login(trainer)
    url = reverse("certification:trainer_intake", args=[intake.pk])
    page = client.get(url).content.decode()
    assert f'name="goal" value="{real.pk}"' in page
    outcome = LearningGoal.Outcome.values[0]
    response = client.post(url, {"goal": goal, "outcome": outcome, "evaluation": "Goed"})
    assert response.status_code == 302
    real.refresh_from_db()
    assert real.evaluated_at is None
    client.post(url, {"goal": real.pk, "outcome": outcome, "evaluation": "Goed gedaan."})
    real.refresh_from_db()
    assert (real.outcome, real.evaluated_by) == (outcome, trainer)
