from celery import shared_task

from . import services

RETRY = {"acks_late": True, "autoretry_for": (ConnectionError,), "retry_backoff": True}


@shared_task(max_retries=5, **RETRY)
def send_booking_email(email_id: int) -> bool:
    return services.booking_email_send(email_id=email_id)


@shared_task(max_retries=5, **RETRY)
def send_participant_invite(participant_id: int) -> bool:
    return services.participant_invite_send(participant_id=participant_id)


@shared_task(acks_late=True)
def queue_workshop_reminders() -> int:
    return services.reminders_queue()


@shared_task(acks_late=True)
def queue_workshop_follow_ups() -> int:
    return services.follow_ups_queue()
