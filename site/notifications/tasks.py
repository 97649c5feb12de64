from celery import shared_task

from . import services


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def send_notification_email(notification_id: int) -> bool:
    return services.notification_email_send(notification_id=notification_id)
