"""Every event of the issue reaches its recipient's inbox once, and their e-mail once."""

import pytest
from django.core import mail
from django.urls import reverse

from intervisor.notifications import kinds, services
from intervisor.notifications.models import Notification

from .events import APP_EMAILS_ITSELF, EVENTS

pytestmark = pytest.mark.django_db


def _run(event, world, capture):
    """Run the event; deliver its on-commit work (signals, e-mail tasks) twice over."""
    with capture(execute=False) as callbacks:
        kind, recipient = event(world)
    for _round in range(2):
        for callback in list(callbacks):
            with capture(execute=True):
                callback()
    return kind, recipient


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: e.__name__)
def test_each_event_notifies_its_recipient_once(
    event, world, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://leren.example.test"
    kind, recipient = _run(event, world, django_capture_on_commit_callbacks)

    notes = Notification.objects.filter(kind=kind, recipient=recipient)
    assert notes.count() == 1
    note = notes.get()
    assert note.title and note.link.startswith("/")
    if kind in APP_EMAILS_ITSELF:
        assert not note.email_wanted
        return
    mine = [m for m in mail.outbox if m.to == [recipient.email] and m.subject == note.title]
    assert len(mine) == 1
    assert f"https://leren.example.test{note.link}" in mine[0].body
    note.refresh_from_db()
    assert note.emailed_at is not None


def test_team_lead_gets_booking_news_in_the_inbox_beside_the_bookings_own_mail(
    world, django_capture_on_commit_callbacks
):
    from .events import booking_confirmed

    _run(booking_confirmed, world, django_capture_on_commit_callbacks)
    note = Notification.objects.get(recipient=world.team_lead, kind=kinds.BOOKING_CONFIRMED)
    assert not note.email_wanted
    assert note.link == reverse("workshops:booking_detail", args=[note.key.split(":")[1]])


def test_every_builtin_kind_has_an_event():
    # Kinds other apps register (the groups' meetings) are tested beside those apps.
    others = {"meeting_planned", "meeting_reminder"}
    builtin = {k.key for k in kinds.all_kinds()} - others
    assert {e.__name__ for e in EVENTS} >= builtin


def test_email_off_keeps_the_inbox_and_sends_nothing(world, django_capture_on_commit_callbacks):
    services.preferences_set(user=world.trainer, email_kinds=set())
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(
            recipient=world.trainer, kind=kinds.INTAKE_SUBMITTED, title="Een intake", key="x"
        )
    assert Notification.objects.filter(recipient=world.trainer).count() == 1
    assert mail.outbox == []


def test_title_and_link_follow_the_recipients_language(world, django_capture_on_commit_callbacks):
    from django.utils.text import format_lazy
    from django.utils.translation import gettext_lazy as _

    world.learner.language = "en"
    world.learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        note = services.notify(
            recipient=world.learner,
            kind=kinds.INTAKE_CONFIRMED,
            title=format_lazy(_("{name} confirmed your intake"), name="Tineke"),
            link=lambda: reverse("notifications:inbox"),
        )
    assert note.title == "Tineke confirmed your intake"
    assert note.link.startswith("/en/")
    assert "Open it on Intervisor" in mail.outbox[0].body


def test_unknown_kind_is_refused(world):
    with pytest.raises(LookupError):
        services.notify(recipient=world.learner, kind="nonsense", title="x")


def test_inbox_shows_unread_count_and_opening_marks_read(client, world):
    note = services.notify(
        recipient=world.learner,
        kind=kinds.INTAKE_CONFIRMED,
        title="Tineke bevestigde je intake",
        link="/certificering/",
    )
    client.force_login(world.learner)
    page = client.get(reverse("notifications:inbox")).content.decode()
    assert "Tineke bevestigde je intake" in page
    assert 'class="count-badge">1' in page
    response = client.post(reverse("notifications:open", args=[note.pk]))
    assert response.status_code == 302 and response.url == "/certificering/"
    assert "count-badge" not in client.get(reverse("notifications:inbox")).content.decode()


def test_someone_elses_notification_cannot_be_opened(client, world):
    note = services.notify(recipient=world.learner, kind=kinds.INTAKE_CONFIRMED, title="Van Lotte")
    client.force_login(world.trainer)
    response = client.post(reverse("notifications:open", args=[note.pk]))
    assert response.url == reverse("notifications:inbox")
    note.refresh_from_db()
    assert note.read_at is None


def test_preferences_form_saves_email_choices(client, world):
    client.force_login(world.learner)
    url = reverse("notifications:preferences")
    assert client.get(url).status_code == 200
    client.post(url, {"email_kinds": [kinds.INTAKE_CONFIRMED]})
    assert services.email_wanted(user=world.learner, kind=kinds.INTAKE_CONFIRMED)
    assert not services.email_wanted(user=world.learner, kind=kinds.OBSERVATION_SAVED)


def test_privacy_export_and_erase_cover_notifications(world):
    from intervisor.accounts.services import user_account_delete, user_data_export

    services.notify(recipient=world.learner, kind=kinds.INTAKE_CONFIRMED, title="Bevestigd")
    data = user_data_export(user=world.learner)
    assert data["notifications"]["notifications"][0]["title"] == "Bevestigd"
    user_account_delete(user=world.learner)
    assert not Notification.objects.filter(recipient=world.learner).exists()
