"""The calendar file attached to the confirmation e-mail."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def booking_event(booking):
    """The workshop day as a calendar event; its UID is stable per booking, so a re-sent file
    or the subscription feed updates the entry instead of adding a second one."""
    from icalendar import Event, vCalAddress, vText

    wdate = booking.workshop_date
    page = wdate.page
    start = datetime.datetime.combine(wdate.date, wdate.start_time, tzinfo=AMSTERDAM)
    event = Event()
    event.add("uid", f"workshop-booking-{booking.pk}@intervisor")
    event.add("summary", f"{page.title} – {booking.organisation.name}")
    event.add("dtstart", start)
    event.add("dtend", start + datetime.timedelta(hours=page.duration_hours))
    event.add("dtstamp", datetime.datetime.now(tz=datetime.UTC))
    event.add("location", vText(" ".join(booking.location.split())))
    event.add("description", f"{booking.reference}: {page.full_url or page.url_path}")
    if booking.status == booking.Status.CANCELLED:
        event.add("status", "CANCELLED")
    organiser_email = booking.provider.contact_email or _from_address()
    organizer = vCalAddress(f"mailto:{organiser_email}")
    organizer.params["cn"] = vText(booking.provider.name)
    event["organizer"] = organizer
    return event


def booking_calendar(booking) -> bytes:
    # Imported here: web workers would otherwise hold the library for a rare e-mail.
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", "-//Intervisor//Workshops//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(booking_event(booking))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_events(user) -> list:
    """For the subscription feed: days she gives, books for her team, or takes part in."""
    from django.db.models import Q

    from .models import WorkshopBooking

    bookings = (
        WorkshopBooking.objects.filter(
            Q(workshop_date__trainer=user)
            | Q(organisation__members=user)
            | Q(participants__user=user)
        )
        .distinct()
        .select_related("workshop_date__page", "organisation", "provider")
    )
    return [booking_event(booking) for booking in bookings]


def _from_address() -> str:
    value = settings.DEFAULT_FROM_EMAIL
    return value.split("<", 1)[1].rstrip(">") if "<" in value else value
