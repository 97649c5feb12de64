import datetime

from django.db.models import Count, Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import WorkshopBooking, WorkshopDate, WorkshopPage


def _available(today: datetime.date) -> QuerySet[WorkshopDate]:
    return (
        WorkshopDate.objects.filter(date__gt=today, trainer__isnull=False)
        .exclude(bookings__status__in=WorkshopBooking.ACTIVE_STATUSES)
        .select_related("trainer")
        .order_by("date", "start_time")
    )


def workshop_dates_available(
    *, page: WorkshopPage, today: datetime.date | None = None
) -> QuerySet[WorkshopDate]:
    return _available(today or timezone.localdate()).filter(page=page)


def workshops_listing(*, today: datetime.date | None = None, dates_shown: int = 3) -> list:
    """Live workshop pages with their next free dates, in three queries whatever the count."""
    today = today or timezone.localdate()
    pages = list(
        WorkshopPage.objects.live()
        .public()
        .order_by("title")
        .prefetch_related(Prefetch("dates", queryset=_available(today), to_attr="free_dates"))
    )
    for page in pages:
        page.next_dates = page.free_dates[:dates_shown]
    return pages


def bookings_for_team_lead(*, user) -> QuerySet[WorkshopBooking]:
    return (
        WorkshopBooking.objects.filter(organisation__members=user)
        .select_related("organisation", "workshop_date__page", "workshop_date__trainer")
        .order_by("-workshop_date__date")
    )


def bookings_given_by(*, user) -> list[WorkshopBooking]:
    """The workshop days this trainer gives (not cancelled), each marked with whether
    attendance can be recorded now (`attendance_open`)."""
    bookings = list(
        WorkshopBooking.objects.filter(workshop_date__trainer=user)
        .exclude(status=WorkshopBooking.Status.CANCELLED)
        .select_related("organisation", "workshop_date__page")
        .annotate(participants_count=Count("participants"))
        .order_by("-workshop_date__date")
    )
    for booking in bookings:
        booking.attendance_open = booking.attendance_refusal() is None
    return bookings


def booking_for_team_lead(*, user, pk: int) -> WorkshopBooking:
    """A booking of one of the user's organisations; any other id is simply not found."""
    return get_object_or_404(bookings_for_team_lead(user=user), pk=pk)


def booking_with_participants(*, pk: int) -> WorkshopBooking:
    return get_object_or_404(
        WorkshopBooking.objects.select_related(
            "organisation", "provider", "workshop_date__page", "workshop_date__trainer"
        ).prefetch_related("participants"),
        pk=pk,
    )
