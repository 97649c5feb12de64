"""Practice's real senders feed certification: runs, sessions, observations, logbook entries.

Every practice action goes through practice's services; the on-commit callbacks they queue
(the real signal sends) are delivered, then delivered once more to show that a repeated
delivery writes nothing.
"""

from decimal import Decimal

import pytest

from certification.models import Evidence, LevelProgress, Requirement, RequirementStatus
from certification.services import practice_evidence_sync
from practice import services as practice
from practice.competencies import COMPETENCY_KEYS
from practice.models import LogbookEntry
from tests.factories.certification import (
    facilitate_session,
    make_level,
    make_path,
    play_run,
    rubric,
    started,
)
from tests.factories.practice import make_method, make_scenario

pytestmark = pytest.mark.django_db
Kind = Requirement.Kind

LOGBOOK = {
    "situations_discussed": "Een collega die steeds te laat komt.",
    "learning_question": "Hoe houd ik de groep bij de vraag?",
}
EVALUATION = {"case_score": 4, "method_score": 4, "collaboration_score": 5}


def _snapshot(user):
    return (
        list(Evidence.objects.filter(user=user).order_by("pk").values()),
        list(RequirementStatus.objects.filter(progress__user=user).order_by("pk").values()),
        list(LevelProgress.objects.filter(user=user).order_by("pk").values()),
    )


@pytest.fixture
def deliver(django_capture_on_commit_callbacks):
    """Run a practice action, deliver its signals, then deliver them again: nothing changes."""

    def run(user, action):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            result = action()
        assert callbacks, "the practice service queued no signal"
        for callback in callbacks:
            callback()
        first = _snapshot(user)
        for callback in callbacks:
            callback()
        assert _snapshot(user) == first
        return result

    return run


def _status(user, requirement) -> RequirementStatus:
    return RequirementStatus.objects.get(progress__user=user, requirement=requirement)


def test_completed_runs_count_once_per_scenario_above_the_threshold(learner, provider, deliver):
    first, second = make_scenario(provider=provider), make_scenario(provider=provider)
    path = make_path(provider)
    level = make_level(
        path, 1, "Aspirant", [(Kind.SIMULATIONS_PASSED, {"count": 2, "min_score": Decimal(60)})]
    )
    requirement = level.requirements.get()
    started(learner, path)
    status = _status(learner, requirement)
    assert (status.state, status.current, status.target) == ("missing", 0, 2)

    weak = deliver(learner, lambda: play_run(learner, first, expert=False))
    evidence = Evidence.objects.get(user=learner, source_id=weak.pk)
    assert evidence.kind == Evidence.Kind.SIMULATION_RUN
    assert evidence.target_id == first.pk
    assert evidence.title == first.title
    assert evidence.url == weak.get_absolute_url()
    assert evidence.occurred_at == weak.completed_at
    assert evidence.scores == weak.competency_scores
    assert set(evidence.scores) <= set(COMPETENCY_KEYS) and evidence.scores
    assert max(evidence.scores.values()) < 60
    status.refresh_from_db()
    # Tried but not passed: in progress, nothing counted yet.
    assert (status.state, status.current) == ("in_progress", 0)

    deliver(learner, lambda: play_run(learner, first))
    deliver(learner, lambda: play_run(learner, first))  # the same scenario again
    status.refresh_from_db()
    assert (status.state, status.current) == ("in_progress", 1)
    assert status.detail[0][1] == {"passed": 1, "needed": 2}

    deliver(learner, lambda: play_run(learner, second))
    status.refresh_from_db()
    assert (status.state, status.current, status.target) == ("met", 2, 2)
    assert {link["title"] for link in status.evidence} == {first.title, second.title}
    assert Evidence.objects.filter(user=learner, kind=Evidence.Kind.SIMULATION_RUN).count() == 4
    progress = LevelProgress.objects.get(user=learner, level=level)
    assert progress.requirements_met == 1 and progress.completed_at is not None


def test_sessions_observations_and_logbook_entries_from_the_companion(
    learner, trainer, provider, deliver
):
    method = make_method(provider=provider)
    path = make_path(provider)
    level = make_level(
        path,
        1,
        "Co-begeleider",
        [
            (
                Kind.SESSIONS_FACILITATED,
                {"count": 2, "observed_count": 1, "min_score": Decimal(3)},
            ),
            (Kind.LOGBOOK_ENTRIES, {"count": 2}),
        ],
    )
    sessions_req, logbook_req = level.requirements.order_by("sort_order")
    started(learner, path)

    first = deliver(learner, lambda: facilitate_session(learner, method=method, observer=trainer))
    evidence = Evidence.objects.get(user=learner, kind=Evidence.Kind.SESSION_FACILITATED)
    assert (evidence.source_id, evidence.occurred_at) == (first.pk, first.closed_at)
    assert evidence.url == first.get_absolute_url() and evidence.title == str(first)
    status = _status(learner, sessions_req)
    assert (status.state, status.current, status.target) == ("in_progress", 1, 3)
    assert status.detail[1] == ["Observed: %(seen)s of %(needed)s", {"seen": 0, "needed": 1}]

    # A weak rubric (mean 2) is recorded but does not count against a minimum of 3.
    observation = deliver(
        learner,
        lambda: practice.observation_record(
            session_id=first.pk, trainer=trainer, scores=rubric(2), notes="Let op de tijd."
        ),
    )
    evidence = Evidence.objects.get(user=learner, kind=Evidence.Kind.OBSERVATION)
    assert evidence.source_id == observation.pk and evidence.target_id == first.pk
    assert evidence.score == Decimal("2.00") and evidence.scores == rubric(2)
    assert evidence.url == first.get_absolute_url()
    status.refresh_from_db()
    assert (status.state, status.current) == ("in_progress", 1)

    # The trainer revises the rubric: the same evidence row now passes.
    scores = {**rubric(3), "neutrality": 5}
    deliver(
        learner,
        lambda: practice.observation_record(
            session_id=first.pk, trainer=trainer, scores=scores, notes=""
        ),
    )
    evidence = Evidence.objects.get(user=learner, kind=Evidence.Kind.OBSERVATION)
    assert evidence.score == Decimal("3.33")
    status.refresh_from_db()
    assert (status.state, status.current) == ("in_progress", 2)

    deliver(learner, lambda: facilitate_session(learner, method=method, group="Team Zuid"))
    status.refresh_from_db()
    assert (status.state, status.current, status.target) == ("met", 2 + 1, 3)

    # Logbook: closing made an entry per session; only submitted ones count.
    logbook = _status(learner, logbook_req)
    assert (logbook.state, logbook.current) == ("missing", 0)
    entries = list(LogbookEntry.objects.filter(user=learner).order_by("pk"))
    assert len(entries) == 2

    def submit(entry, shared_with_id=None):
        return lambda: practice.logbook_entry_submit(
            entry_id=entry.pk,
            user=learner,
            content=LOGBOOK,
            evaluation=EVALUATION,
            shared_with_id=shared_with_id,
        )

    deliver(learner, submit(entries[0]))
    evidence = Evidence.objects.get(user=learner, kind=Evidence.Kind.LOGBOOK_ENTRY)
    assert evidence.shared is False and evidence.url == entries[0].get_absolute_url()
    assert evidence.title == str(entries[0].session)
    logbook.refresh_from_db()
    assert (logbook.state, logbook.current, logbook.target) == ("in_progress", 1, 2)

    # Sharing it later updates the same row; the count stays the same.
    deliver(learner, submit(entries[0], shared_with_id=trainer.pk))
    evidence.refresh_from_db()
    assert evidence.shared is True
    logbook.refresh_from_db()
    assert (logbook.state, logbook.current) == ("in_progress", 1)

    deliver(learner, submit(entries[1]))
    logbook.refresh_from_db()
    assert (logbook.state, logbook.current) == ("met", 2)
    progress = LevelProgress.objects.get(user=learner, level=level)
    assert (progress.requirements_met, progress.requirements_total) == (2, 2)


def test_an_observation_counts_once_its_session_is_closed(learner, trainer, provider, deliver):
    path = make_path(provider)
    level = make_level(
        path, 1, "Co", [(Kind.SESSIONS_FACILITATED, {"count": 1, "observed_count": 1})]
    )
    started(learner, path)
    session = facilitate_session(
        learner, method=make_method(provider=provider), observer=trainer, close=False
    )
    deliver(
        learner,
        lambda: practice.observation_record(
            session_id=session.pk, trainer=trainer, scores=rubric(4), notes=""
        ),
    )
    status = _status(learner, level.requirements.get())
    # Observed but not yet closed: the session is not evidence yet, so neither is the
    # observation of it.
    assert Evidence.objects.filter(user=learner, kind=Evidence.Kind.OBSERVATION).exists()
    assert (status.state, status.current) == ("missing", 0)
    deliver(
        learner,
        lambda: practice.companion_session_close(session_id=session.pk, facilitator=learner),
    )
    status.refresh_from_db()
    assert (status.state, status.current, status.target) == ("met", 2, 2)


def test_practice_rows_from_before_are_synced_like_the_receivers_would(
    learner, provider, django_capture_on_commit_callbacks
):
    scenario = make_scenario(provider=provider)
    with django_capture_on_commit_callbacks(execute=False):  # signals lost
        run = play_run(learner, scenario)
        facilitate_session(learner, method=make_method(provider=provider))
    assert not Evidence.objects.filter(user=learner).exists()

    assert practice_evidence_sync(user=learner) == 2
    run_evidence = Evidence.objects.get(user=learner, kind=Evidence.Kind.SIMULATION_RUN)
    assert run_evidence.scores == run.competency_scores and run_evidence.target_id == scenario.pk
    assert Evidence.objects.filter(user=learner, kind=Evidence.Kind.SESSION_FACILITATED).exists()
    rows = list(Evidence.objects.filter(user=learner).order_by("pk").values())
    practice_evidence_sync(user=learner)
    assert list(Evidence.objects.filter(user=learner).order_by("pk").values()) == rows
