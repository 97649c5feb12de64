import dataclasses
import datetime
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from intervisor.providers.selectors import provider_for_page

from .. import signals
from ..exceptions import BookingError
from ..models import Organisation, WorkshopBooking, WorkshopDate, WorkshopEmail
from ..quotes import cancellation_fee, cancellation_percentage, quote_for
from .emails import email_queue
from .enrolment import followup_enrol
from .participants import participants_add, participants_invite_all

Status = WorkshopBooking.Status


@transaction.atomic
def organisation_create(*, user, name: str, invoice_address: str) -> Organisation:
    organisation = Organisation.objects.create(name=name.strip(), invoice_address=invoice_address)
    organisation.members.add(user)
    return organisation


def _booking_for_key(key: uuid.UUID) -> WorkshopBooking | None:
    return WorkshopBooking.objects.filter(idempotency_key=key).first()


def _same_request(booking: WorkshopBooking, user) -> tuple[WorkshopBooking, bool]:
    if booking.booked_by_id != user.pk:
        # A key is only meaningful to the person whose form carried it.
        raise BookingError(_("This form has already been used. Please start again."))
    return booking, False


def _check_bookable(wdate: WorkshopDate | None, participant_count: int, today) -> None:
    if wdate is None or wdate.trainer_id is None or not wdate.page.live:
        raise BookingError(_("This date is not offered for this workshop."))
    if wdate.date <= today:
        raise BookingError(_("This date has passed; please choose a date in the future."))
    page = wdate.page
    if not page.min_participants <= participant_count <= page.max_participants:
        raise BookingError(
            _("This workshop is for %(min)s to %(max)s participants.")
            % {"min": page.min_participants, "max": page.max_participants}
        )


def _organisation_for(*, user, organisation_id, new_name: str, invoice_address: str):
    if organisation_id is None:
        if not new_name.strip():
            raise BookingError(_("Please give the name of your organisation."))
        return organisation_create(user=user, name=new_name, invoice_address=invoice_address)
    organisation = user.workshop_organisations.filter(pk=organisation_id).first()
    if organisation is None:
        raise BookingError(_("You can only book for an organisation you belong to."))
    return organisation


DATE_TAKEN = gettext_noop(
    "This date has just been booked by another team. Please choose another date."
)


def booking_request(
    *,
    user,
    workshop_date_id: int,
    organisation_id: int | None,
    participant_count: int,
    location: str,
    invoice_address: str,
    idempotency_key: uuid.UUID,
    distance_km: int = 0,
    notes: str = "",
    participant_emails: tuple[str, ...] = (),
    new_organisation_name: str = "",
    today: datetime.date | None = None,
) -> tuple[WorkshopBooking, bool]:
    """Book a trainer's date for an organisation. Returns (booking, created).

    A repeated submit of the same form (same key) returns the booking it made the first time.
    The date row is locked while we check it is free, so parallel requests queue up and all
    but the first find it taken; the partial unique constraint backs this up.
    """
    today = today or timezone.localdate()
    if existing := _booking_for_key(idempotency_key):
        return _same_request(existing, user)
    try:
        with transaction.atomic():
            wdate = (
                WorkshopDate.objects.select_for_update()
                .filter(pk=workshop_date_id)
                .select_related("page")
                .first()
            )
            # A double submit that waited for the lock finds its twin here.
            if existing := _booking_for_key(idempotency_key):
                return _same_request(existing, user)
            _check_bookable(wdate, participant_count, today)
            if wdate.bookings.filter(status__in=WorkshopBooking.ACTIVE_STATUSES).exists():
                raise BookingError(_(DATE_TAKEN))
            organisation = _organisation_for(
                user=user,
                organisation_id=organisation_id,
                new_name=new_organisation_name,
                invoice_address=invoice_address,
            )
            quote = quote_for(page=wdate.page, distance_km=distance_km)
            booking = WorkshopBooking.objects.create(
                workshop_date=wdate,
                provider=provider_for_page(page=wdate.page),
                organisation=organisation,
                booked_by=user,
                participant_count=participant_count,
                location=location,
                distance_km=distance_km,
                invoice_address=invoice_address,
                notes=notes,
                idempotency_key=idempotency_key,
                # The quote's fields are named after the booking's, so it is stored as shown.
                **dataclasses.asdict(quote),
            )
            if participant_emails:
                participants_add(booking=booking, emails=participant_emails)
            email_queue(booking=booking, kind=WorkshopEmail.Kind.REQUESTED)
            transaction.on_commit(
                lambda: signals.booking_requested.send(sender=WorkshopBooking, booking=booking)
            )
    except IntegrityError:
        if existing := _booking_for_key(idempotency_key):
            return _same_request(existing, user)
        raise BookingError(_(DATE_TAKEN)) from None
    return booking, True


def _locked(booking: WorkshopBooking) -> WorkshopBooking:
    return (
        WorkshopBooking.objects.select_for_update()
        .select_related("workshop_date__page")
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_confirm(*, booking: WorkshopBooking, by) -> WorkshopBooking:
    booking = _locked(booking)
    if booking.status != Status.REQUESTED:
        raise BookingError(_("Only a requested booking can be confirmed."))
    booking.status = Status.CONFIRMED
    booking.confirmed_at = timezone.now()
    booking.save(update_fields=["status", "confirmed_at"])
    email_queue(booking=booking, kind=WorkshopEmail.Kind.CONFIRMED)
    participants_invite_all(booking=booking)
    transaction.on_commit(
        lambda: signals.booking_confirmed.send(sender=WorkshopBooking, booking=booking)
    )
    return booking


@transaction.atomic
def booking_cancel(
    *,
    booking: WorkshopBooking,
    by,
    reason: str,
    waive_fee: bool = False,
    today: datetime.date | None = None,
) -> WorkshopBooking:
    """Cancel and apply the page's terms: free while only requested, tiers once confirmed."""
    today = today or timezone.localdate()
    booking = _locked(booking)
    if booking.status not in (Status.REQUESTED, Status.CONFIRMED):
        raise BookingError(_("This booking can no longer be cancelled."))
    percentage = 0
    if booking.status == Status.CONFIRMED and not waive_fee:
        days_before = (booking.workshop_date.date - today).days
        percentage = cancellation_percentage(
            tiers=booking.workshop_date.page.cancellation_tiers.all(), days_before=days_before
        )
    booking.status = Status.CANCELLED
    booking.cancelled_at = timezone.now()
    booking.cancelled_by = by
    booking.cancel_reason = reason
    booking.cancellation_percentage = percentage
    booking.cancellation_fee = cancellation_fee(day_price=booking.day_price, percentage=percentage)
    booking.save()
    email_queue(booking=booking, kind=WorkshopEmail.Kind.CANCELLED)
    transaction.on_commit(
        lambda: signals.booking_cancelled.send(sender=WorkshopBooking, booking=booking, by=by)
    )
    return booking


@transaction.atomic
def booking_complete(
    *, booking: WorkshopBooking, by, today: datetime.date | None = None
) -> WorkshopBooking:
    today = today or timezone.localdate()
    booking = _locked(booking)
    if booking.status != Status.CONFIRMED:
        raise BookingError(_("Only a confirmed booking can be completed."))
    if booking.workshop_date.date > today:
        raise BookingError(_("A workshop can only be completed on or after its day."))
    booking.status = Status.COMPLETED
    booking.completed_at = timezone.now()
    booking.save(update_fields=["status", "completed_at"])
    followup_enrol(booking=booking, by=by)
    return booking
