"""When a web process queues a scoring run (courses.h5p.services.ScoringRuns): once for the
scores it stores before that run starts, again for a score stored later, and after a failed
enqueue. Runs are published to kombu's in-memory broker and counted there."""

import uuid

import pytest

from courses.h5p.services import (
    SCORING_DELAY_SECONDS,
    SCORING_MARGIN_SECONDS,
    ScoringRuns,
)
from tests.faults.support import publishing_to

CLOSED_PORT = "redis://127.0.0.1:6390/0"  # nothing listens there


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def queued_runs():
    """Publishes to an in-memory queue of its own; returns how many runs wait there."""
    queue = f"scoring-runs-{uuid.uuid4().hex[:8]}"
    with publishing_to(broker_url="memory://", queue=queue) as app:

        def count() -> int:
            with app.connection_for_write() as connection:
                return connection.default_channel.queue_declare(queue, passive=True).message_count

        yield count


def test_one_run_covers_the_scores_stored_before_it_starts(queued_runs):
    clock = Clock()
    runs = ScoringRuns(clock=clock)
    runs.queue()
    assert queued_runs() == 1
    assert runs.starts_at == clock.now + SCORING_DELAY_SECONDS
    for step in (0.1, 0.3, SCORING_DELAY_SECONDS - SCORING_MARGIN_SECONDS - 0.01):
        clock.now = runs.starts_at - SCORING_DELAY_SECONDS + step
        runs.queue()
    assert queued_runs() == 1


def test_a_score_stored_close_to_the_start_queues_the_next_run(queued_runs):
    """Within the margin the worker's clock may already have started the run."""
    clock = Clock()
    runs = ScoringRuns(clock=clock)
    runs.queue()
    first_start = runs.starts_at
    clock.now = first_start - SCORING_MARGIN_SECONDS
    runs.queue()
    assert queued_runs() == 2
    assert runs.starts_at == clock.now + SCORING_DELAY_SECONDS > first_start
    clock.now = first_start + 10  # long after: a quiet moment, then a score
    runs.queue()
    assert queued_runs() == 3


def test_after_a_failed_enqueue_the_next_score_tries_again():
    clock = Clock()
    runs = ScoringRuns(clock=clock)
    with publishing_to(broker_url=CLOSED_PORT):
        runs.queue()
    assert runs.starts_at == 0.0
    assert not runs.covers_now()


@pytest.mark.django_db
def test_eager_runs_cover_nothing():
    """The embedded default runs the task inside enqueue: each score needs its own run."""
    from intervisor.celery_app import app

    assert app.conf.task_always_eager
    runs = ScoringRuns(clock=Clock())
    runs.queue()
    assert runs.starts_at == 0.0
