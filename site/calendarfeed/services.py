import datetime

from django.db import transaction
from icalendar import Calendar, Event

from . import sources
from .models import CalendarFeed, new_token


def feed_for(*, user) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


@transaction.atomic
def feed_token_reset(*, user) -> CalendarFeed:
    """A new secret URL; the old one stops working at once."""
    feed = feed_for(user=user)
    feed.token = new_token()
    feed.save(update_fields=["token", "created"])
    return feed


def feed_calendar(*, token: str) -> bytes | None:
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        return None
    calendar = Calendar()
    calendar.add("prodid", "-//Intervisor//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Intervisor")
    calendar.add("x-published-ttl", "PT1H")
    for _key, events in sorted(sources().items()):
        for event in events(feed.user):
            calendar.add_component(event)
    return calendar.to_ical()


def all_day_event(*, uid: str, summary: str, day: datetime.date, url: str = ""):
    """A deadline: one whole day, no time."""
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + datetime.timedelta(days=1))
    event.add("dtstamp", datetime.datetime.now(tz=datetime.UTC))
    if url:
        event.add("url", url)
        event.add("description", url)
    return event


def export_feed(user) -> dict:
    return {"subscribed": CalendarFeed.objects.filter(user=user).exists()}


def erase_feed(user) -> None:
    CalendarFeed.objects.filter(user=user).delete()
