"""Calendar files for meetings: one invitation per meeting, and a feed of all of a user's.

A meeting's UID is stable, so a calendar that imports the invitation and later subscribes to
the feed shows one entry, updated in place when the meeting moves.
"""

import datetime

from icalendar import Calendar, Event, vText

from intervisor.notifications.services import absolute_url

from .models import Meeting


def meeting_event(meeting: Meeting) -> Event:
    event = Event()
    event.add("uid", f"group-meeting-{meeting.pk}@intervisor")
    event.add("summary", f"Intervisie: {meeting.group.name} ({meeting.number})")
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.starts_at + datetime.timedelta(minutes=meeting.duration_minutes))
    event.add("dtstamp", datetime.datetime.now(tz=datetime.UTC))
    if meeting.location:
        event.add("location", vText(" ".join(meeting.location.split())))
    # The link only: a case or theme never goes into a calendar that may be shared.
    event.add("description", absolute_url(meeting.get_absolute_url()))
    if meeting.status == Meeting.Status.CANCELLED:
        event.add("status", "CANCELLED")
    return event


def calendar_bytes(meetings, *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Intervisor//Intervisiegroepen//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting))
    return calendar.to_ical()
