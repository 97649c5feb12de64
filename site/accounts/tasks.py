from celery import shared_task

from . import services


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def send_welcome_email(user_id: int) -> bool:
    return services.user_welcome_send(user_id=user_id)
