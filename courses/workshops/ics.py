"""The calendar file attached to the confirmation e-mail."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def booking_calendar(booking) -> bytes:
    # Imported here: web workers would otherwise hold the library for a rare e-mail.
    from icalendar import Calendar, Event, vCalAddress, vText

    wdate = booking.workshop_date
    page = wdate.page
    start = datetime.datetime.combine(wdate.date, wdate.start_time, tzinfo=AMSTERDAM)
    end = start + datetime.timedelta(hours=page.duration_hours)

    calendar = Calendar()
    calendar.add("prodid", "-//Intervisor//Workshops//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    # Stable per booking, so a re-sent file updates the entry instead of adding a second one.
    event.add("uid", f"workshop-booking-{booking.pk}@intervisor")
    event.add("summary", f"{page.title} – {booking.organisation.name}")
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("dtstamp", datetime.datetime.now(tz=datetime.UTC))
    event.add("location", vText(" ".join(booking.location.split())))
    event.add("description", f"{booking.reference}: {page.full_url or page.url_path}")
    organiser_email = booking.provider.contact_email or _from_address()
    organizer = vCalAddress(f"mailto:{organiser_email}")
    organizer.params["cn"] = vText(booking.provider.name)
    event["organizer"] = organizer
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _from_address() -> str:
    value = settings.DEFAULT_FROM_EMAIL
    return value.split("<", 1)[1].rstrip(">") if "<" in value else value
