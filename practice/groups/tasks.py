from celery import shared_task

from intervisor.queueing import enqueue

from . import emails, selectors

RETRY = {"acks_late": True, "autoretry_for": (ConnectionError,), "retry_backoff": True}


@shared_task(max_retries=5, **RETRY)
def send_group_invitation(membership_id: int) -> bool:
    return emails.invitation_send(membership_id=membership_id)


@shared_task(max_retries=5, **RETRY)
def send_meeting_planned(meeting_id: int) -> int:
    return emails.meeting_mail_send(meeting_id=meeting_id, kind="planned")


@shared_task(max_retries=5, **RETRY)
def send_meeting_reminders(meeting_id: int) -> int:
    return emails.meeting_mail_send(meeting_id=meeting_id, kind="reminder")


@shared_task(acks_late=True)
def queue_meeting_reminders() -> int:
    due = selectors.meetings_due_for_reminder()
    for meeting_id in due:
        enqueue(send_meeting_reminders, meeting_id)
    return len(due)
