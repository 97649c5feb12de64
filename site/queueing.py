"""Hand tasks to Celery after the commit, and survive a broker that is down.

The rows a task works on are committed before the task is queued, so a failed enqueue loses
nothing: the request still answers normally and a sweeper finds the work again. Apps register a
sweeper (a function that re-queues whatever is still undone and returns how many) in
AppConfig.ready(); the beat task `intervisor.tasks.sweep_unqueued_work` runs them all. Every
task is idempotent, so re-queueing work that is merely slow is harmless.
"""

import datetime
import logging
from collections.abc import Callable

from celery import Task, current_app
from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger("intervisor.queueing")

_sweepers: dict[str, Callable[[], int]] = {}

# Work older than this and still undone is re-queued: its enqueue failed or its task was lost.
SWEEP_AFTER = datetime.timedelta(minutes=10)
# Work that could not be done within two days is stale; sweepers leave it alone.
SWEEP_GIVE_UP = datetime.timedelta(days=2)


def enqueue(task: Task | str, *args, countdown: float | None = None) -> bool:
    """Queue `task(*args)` now (to run `countdown` seconds later, if given); on a broker outage
    log it (ids only) and return False.

    `task` may be a registered task's name: services queue their tasks by name, as the tasks
    module imports the services (never the other way round); each app's ready() imports its
    tasks module, which registers them."""
    if isinstance(task, str):
        task = current_app.tasks[task]
    try:
        task.apply_async(args=args, countdown=countdown)
    except OperationalError as error:
        # Task ids only: the arguments are primary keys, never personal data.
        logger.warning(
            "Broker unavailable, %s%r not queued (%s); the sweeper will retry it",
            task.name,
            args,
            type(error).__name__,
        )
        return False
    return True


def enqueue_on_commit(task: Task | str, *args) -> None:
    """Queue `task(*args)` once the current transaction commits; see `enqueue`."""
    transaction.on_commit(lambda: enqueue(task, *args))


def register_sweeper(key: str, sweeper: Callable[[], int]) -> None:
    _sweepers[key] = sweeper


def sweepers() -> dict[str, Callable[[], int]]:
    return dict(_sweepers)


def sweep() -> dict[str, int]:
    """Run every sweeper; one that fails does not stop the others."""
    counts = {}
    for key, sweeper in sorted(_sweepers.items()):
        try:
            counts[key] = sweeper()
        except Exception:
            logger.exception("Sweeper %s failed", key)
            counts[key] = -1
    return counts
