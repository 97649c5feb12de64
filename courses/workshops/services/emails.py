import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue, enqueue_on_commit

from ..ics import booking_calendar
from ..models import WorkshopBooking, WorkshopEmail

Kind = WorkshopEmail.Kind


SEND_EMAIL_TASK = "courses.workshops.tasks.send_booking_email"


def email_queue(*, booking: WorkshopBooking, kind: str) -> WorkshopEmail:
    """Record that this e-mail is due and hand it to Celery once the transaction commits.

    The unique (booking, kind) row means a second call queues nothing new to send: the task
    finds sent_at filled and stops.
    """
    email, _created = WorkshopEmail.objects.get_or_create(booking=booking, kind=kind)
    if email.sent_at is None:
        enqueue_on_commit(SEND_EMAIL_TASK, email.pk)
    return email


def unsent_emails_requeue(*, now: datetime.datetime | None = None) -> int:
    """Queue again the booking e-mails that were recorded but never sent."""

    now = now or timezone.now()
    ids = WorkshopEmail.objects.filter(
        sent_at__isnull=True,
        created_at__lt=now - SWEEP_AFTER,
        created_at__gte=now - SWEEP_GIVE_UP,
        booking__booked_by__isnull=False,
    ).values_list("pk", flat=True)
    return sum(enqueue(SEND_EMAIL_TASK, pk) for pk in ids)


def _message_for(email: WorkshopEmail) -> EmailMessage:
    booking = email.booking
    context = {
        "booking": booking,
        "page": booking.workshop_date.page,
        "site_url": settings.WAGTAILADMIN_BASE_URL,
    }
    subject = render_to_string(f"workshops/email/{email.kind}_subject.txt", context)
    body = render_to_string(f"workshops/email/{email.kind}.txt", context)
    cc = []
    if email.kind in (Kind.REQUESTED, Kind.CANCELLED) and booking.provider.contact_email:
        cc.append(booking.provider.contact_email)
    message = EmailMessage(" ".join(subject.split()), body, to=[booking.booked_by.email], cc=cc)
    if email.kind == Kind.CONFIRMED:
        message.attach(
            f"workshop-{booking.reference}.ics", booking_calendar(booking), "text/calendar"
        )
    return message


def booking_email_send(*, email_id: int) -> bool:
    """Send one booking e-mail at most once; a repeat or retry finds sent_at and does nothing."""
    with transaction.atomic():
        email = (
            WorkshopEmail.objects.select_for_update(of=("self",))
            .select_related(
                "booking__booked_by",
                "booking__provider",
                "booking__organisation",
                "booking__workshop_date__page",
                "booking__workshop_date__trainer",
            )
            .filter(pk=email_id)
            .first()
        )
        if email is None or email.sent_at is not None:
            return False
        if email.booking.booked_by is None:  # the booker's account was removed
            return False
        # The booker's language; the provider's copy (cc) is the same message.
        with translation.override(email.booking.booked_by.preferred_language):
            _message_for(email).send()
        email.sent_at = timezone.now()
        email.save(update_fields=["sent_at"])
    return True


@transaction.atomic
def reminders_queue(*, today: datetime.date | None = None) -> int:
    """Remind confirmed bookings whose day is within a week, once.

    A window instead of exactly seven days ahead, so a day the beat missed is caught up. Bookings
    confirmed less than a week before the day skip it: their confirmation is still fresh.
    """
    today = today or timezone.localdate()
    due = (
        WorkshopBooking.objects.filter(
            status=WorkshopBooking.Status.CONFIRMED,
            workshop_date__date__gt=today,
            workshop_date__date__lte=today + datetime.timedelta(days=7),
        )
        .exclude(emails__kind=Kind.REMINDER)
        .select_related("workshop_date")
    )
    count = 0
    for booking in due:
        confirmed_on = timezone.localtime(booking.confirmed_at).date()
        if (booking.workshop_date.date - confirmed_on).days < 7:
            continue
        email_queue(booking=booking, kind=Kind.REMINDER)
        count += 1
    return count


@transaction.atomic
def follow_ups_queue(*, today: datetime.date | None = None) -> int:
    """The day after a completed workshop, send the follow-up once."""
    today = today or timezone.localdate()
    due = WorkshopBooking.objects.filter(
        status=WorkshopBooking.Status.COMPLETED, workshop_date__date__lt=today
    ).exclude(emails__kind=Kind.FOLLOW_UP)
    count = 0
    for booking in due:
        email_queue(booking=booking, kind=Kind.FOLLOW_UP)
        count += 1
    return count
