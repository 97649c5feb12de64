"""Evaluation reads the stored evidence, writes statuses, and is idempotent."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification.models import (
    Assessment,
    Certificate,
    Evidence,
    Intake,
    LearningGoal,
    LevelProgress,
    RequirementStatus,
)
from certification.services import requirement_statuses_evaluate
from tests.factories.certification import (
    add_evidence,
    passed_runs,
    sessions,
    started,
    three_level_path,
)

MET, IN_PROGRESS, MISSING = (
    RequirementStatus.State.MET,
    RequirementStatus.State.IN_PROGRESS,
    RequirementStatus.State.MISSING,
)
pytestmark = pytest.mark.django_db


@pytest.fixture
def levels(provider):
    return three_level_path(provider)


def _states(user, level):
    progress = LevelProgress.objects.get(user=user, level=level)
    return [s.state for s in progress.statuses.order_by("requirement__sort_order")]


def test_starting_a_path_creates_missing_statuses_for_every_level(learner, levels):
    path, aspirant, co, independent = levels
    started(learner, path)
    assert LevelProgress.objects.filter(user=learner).count() == 3
    assert _states(learner, aspirant) == [MISSING, MISSING, MISSING]
    assert LevelProgress.objects.get(user=learner, level=independent).requirements_total == 3


def test_simulations_count_distinct_scenarios_with_every_competency_above_minimum(learner, levels):
    path, aspirant, *_ = levels
    started(learner, path)
    passed_runs(learner, 3)
    # A run below 60 on one competency does not count; a second pass of scenario 1000 neither.
    low = passed_runs(learner, 1)[0]
    low.target_id, low.scores = 2000, {**low.scores, "neutrality": 55}
    low.save()
    passed_runs(learner, 1)
    requirement_statuses_evaluate(user=learner, level=aspirant)
    status = LevelProgress.objects.get(user=learner, level=aspirant).statuses.get(
        requirement__kind="simulations_passed"
    )
    assert (status.state, status.current, status.target) == (IN_PROGRESS, 3, 4)
    assert "3 of 4" in status.detail_text or "3 van 4" in status.detail_text
    assert len(status.evidence) == 3


def test_sessions_need_enough_observations_at_or_above_the_threshold(learner, levels):
    path, _aspirant, co, _ = levels
    started(learner, path)
    sessions(learner, 3, observed=1, rubric=4)
    sessions(learner, 1, observed=1, rubric=2)  # observed, but below 3
    requirement_statuses_evaluate(user=learner, level=co)
    status = LevelProgress.objects.get(user=learner, level=co).statuses.first()
    assert status.state == IN_PROGRESS
    assert status.detail[1] == ["Observed: %(seen)s of %(needed)s", {"seen": 1, "needed": 2}]

    sessions(learner, 1, observed=1, rubric=3)
    requirement_statuses_evaluate(user=learner, level=co)
    status.refresh_from_db()
    assert status.state == MET


def test_evaluating_twice_writes_nothing_the_second_time(
    learner, levels, django_assert_max_num_queries
):
    path, aspirant, *_ = levels
    started(learner, path)
    passed_runs(learner, 2)
    requirement_statuses_evaluate(user=learner, level=aspirant)
    progress = LevelProgress.objects.get(user=learner, level=aspirant)
    stamps = list(progress.statuses.values_list("evaluated_at", flat=True))
    with django_assert_max_num_queries(10):
        requirement_statuses_evaluate(user=learner, level=aspirant)
    progress.refresh_from_db()
    assert list(progress.statuses.values_list("evaluated_at", flat=True)) == stamps
    assert progress.statuses.count() == 3


def test_intake_goals_and_evaluation_states(learner, trainer, levels):
    path, aspirant, _co, independent = levels
    started(learner, path)
    intake = Intake.objects.create(user=learner, path=path, trainer=trainer)
    goal = LearningGoal.objects.create(intake=intake, text="x")
    requirement_statuses_evaluate(user=learner, level=aspirant)
    assert _states(learner, aspirant)[2] == IN_PROGRESS
    intake.status = Intake.Status.CONFIRMED
    intake.save()
    requirement_statuses_evaluate(user=learner, level=aspirant)
    assert _states(learner, aspirant)[2] == MET

    requirement_statuses_evaluate(user=learner, level=independent)
    assert _states(learner, independent)[1] == MISSING
    goal.evaluated_at = timezone.now()
    goal.save()
    requirement_statuses_evaluate(user=learner, level=independent)
    assert _states(learner, independent)[1] == MET


def test_completing_a_level_issues_its_certificate_once(
    learner, trainer, levels, django_capture_on_commit_callbacks, mailoutbox
):
    path, aspirant, *_ = levels
    started(learner, path)
    add_evidence(learner, Evidence.Kind.COURSE_COMPLETED)
    passed_runs(learner, 4)
    intake = Intake.objects.create(
        user=learner, path=path, trainer=trainer, status=Intake.Status.CONFIRMED
    )
    LearningGoal.objects.create(intake=intake, text="x")
    with django_capture_on_commit_callbacks(execute=True):
        requirement_statuses_evaluate(user=learner, level=aspirant)
    certificate = Certificate.objects.get(user=learner, level=aspirant)
    assert certificate.number.startswith(f"IV-{timezone.localdate().year}-")
    assert LevelProgress.objects.get(user=learner, level=aspirant).completed_at
    with django_capture_on_commit_callbacks(execute=True):
        requirement_statuses_evaluate(user=learner, level=aspirant)
    assert Certificate.objects.filter(user=learner).count() == 1
    assert len(mailoutbox) == 1


def test_renewal_requirements_count_only_inside_the_current_period(learner, levels):
    path, _a, _c, independent = levels
    started(learner, path)
    today = timezone.localdate()
    Certificate.objects.create(
        user=learner,
        level=independent,
        number="IV-2026-900001",
        period_start=today - timedelta(days=10),
        expires_on=today + timedelta(days=60),
    )
    sessions(learner, 3, when=timezone.now() - timedelta(days=30))  # before the period
    sessions(learner, 2)
    requirement_statuses_evaluate(user=learner, level=independent)
    progress = LevelProgress.objects.get(user=learner, level=independent)
    renewal = progress.statuses.get(requirement__for_renewal=True)
    assert (renewal.state, renewal.current) == (IN_PROGRESS, 2)
    assert progress.requirements_total == 3  # renewal is not part of getting the certificate


def test_assessment_state_follows_the_latest_decision(learner, levels):
    path, _a, _c, independent = levels
    started(learner, path)
    Assessment.objects.create(user=learner, level=independent, status="not_yet", feedback="Meer")
    requirement_statuses_evaluate(user=learner, level=independent)
    assert _states(learner, independent)[2] == IN_PROGRESS
    Assessment.objects.create(user=learner, level=independent, status="passed")
    requirement_statuses_evaluate(user=learner, level=independent)
    assert _states(learner, independent)[2] == MET
