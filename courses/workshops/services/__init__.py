"""Writes for workshop bookings. Each function runs in a transaction; tasks are queued on commit."""

from .bookings import (
    BookingError,
    booking_cancel,
    booking_complete,
    booking_confirm,
    booking_request,
    organisation_create,
)
from .emails import (
    booking_email_send,
    email_queue,
    follow_ups_queue,
    reminders_queue,
    unsent_emails_requeue,
)
from .participants import (
    attendance_record,
    participant_invite_send,
    participants_add,
    uninvited_participants_requeue,
)

__all__ = [
    "BookingError",
    "attendance_record",
    "booking_cancel",
    "booking_complete",
    "booking_confirm",
    "booking_email_send",
    "booking_request",
    "email_queue",
    "follow_ups_queue",
    "organisation_create",
    "participant_invite_send",
    "participants_add",
    "reminders_queue",
    "uninvited_participants_requeue",
    "unsent_emails_requeue",
]
