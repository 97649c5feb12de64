"""The personal calendar feed: a secret URL per person with workshop days and deadlines."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from certification.models import Certificate, LevelProgress
from intervisor.calendarfeed.models import CalendarFeed
from tests.factories.certification import started, three_level_path
from tests.factories.workshops import make_booking, make_date, make_workshop_page

pytestmark = pytest.mark.django_db


def _events(client, url) -> dict[str, dict]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_feed_holds_her_workshop_days_and_certificate_deadline(
    client, provider, trainer, team_lead, learner
):
    booking = make_booking(make_date(make_workshop_page(provider), trainer), team_lead)
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    certificate = Certificate.objects.create(
        user=learner,
        level=aspirant,
        number="IV-2026-000777",
        period_start=timezone.localdate(),
        expires_on=timezone.localdate() + datetime.timedelta(days=400),
    )

    client.force_login(trainer)
    page = client.get(reverse("calendarfeed:settings")).content.decode()
    token = CalendarFeed.objects.get(user=trainer).token
    url = reverse("calendar_feed", args=[token])
    assert url in page
    client.logout()  # calendar apps have no session
    events = _events(client, url)
    assert f"workshop-booking-{booking.pk}@intervisor" in events

    learner_feed = reverse("calendar_feed", args=[CalendarFeed.objects.create(user=learner).token])
    events = _events(client, learner_feed)
    deadline = events[f"certificate-expiry-{certificate.pk}@intervisor"]
    assert deadline.decoded("dtstart") == certificate.expires_on
    assert not any(uid.startswith("workshop-booking") for uid in events)


def test_reset_makes_the_old_address_stop_working(client, learner):
    client.force_login(learner)
    client.get(reverse("calendarfeed:settings"))
    old = CalendarFeed.objects.get(user=learner).token
    client.post(reverse("calendarfeed:reset"))
    new = CalendarFeed.objects.get(user=learner).token
    assert new != old
    assert client.get(reverse("calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("calendar_feed", args=[new])).status_code == 200


def test_unknown_token_is_404(client, db):
    assert client.get("/agenda/niet-bestaand.ics").status_code == 404
