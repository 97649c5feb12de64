from celery import shared_task

from . import queueing


@shared_task(acks_late=True)
def sweep_unqueued_work() -> dict[str, int]:
    return queueing.sweep()
