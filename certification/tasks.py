from celery import shared_task

from . import services

RETRY = {"acks_late": True, "autoretry_for": (ConnectionError,), "retry_backoff": True}


@shared_task(max_retries=5, **RETRY)
def certificate_issue_task(user_id: int, level_id: int) -> int | None:
    certificate = services.certificate_issue(user_id=user_id, level_id=level_id)
    return certificate.pk if certificate else None


@shared_task(max_retries=5, **RETRY)
def certificate_deliver_task(certificate_id: int) -> bool:
    return services.certificate_deliver(certificate_id=certificate_id)


@shared_task(acks_late=True)
def certificates_daily_task() -> dict:
    """Beat, once a day: expire first so no reminder goes to an expired certificate."""
    return {"expired": services.certificates_expire(), "reminded": services.certificates_remind()}


@shared_task(acks_late=True)
def level_progress_refresh_task(level_id: int) -> int:
    return services.level_progress_refresh(level_id=level_id)
