"""AVG completeness: the export of a user with data in every app has real content in every
section, and deleting the account leaves their e-mail address and name nowhere in the
database, except the name on certificates, which stays by design unless removed (README)."""

import datetime
import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models

from intervisor import privacy
from intervisor.accounts.models import User
from intervisor.accounts.services import user_account_delete, user_data_export
from intervisor.providers.models import Provider

pytestmark = pytest.mark.django_db

DEMO_LEARNER = "leerling@intervisor.test"
DEMO_TEAM_LEAD = "teamleider@intervisor.test"
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


@pytest.fixture
def seeded(tmp_path, monkeypatch):
    """The demo data, plus what the seeds give only to other users: a workshop place for the
    demo learner, named by e-mail twice (once invited, once only named by the team lead so
    far), and a saved H5P state."""
    from courses.workshops.models import WorkshopBooking, WorkshopParticipant

    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    call_command("seed_demo", stdout=io.StringIO())
    learner = User.objects.get(email=DEMO_LEARNER)
    booking = WorkshopBooking.objects.first()
    WorkshopParticipant.objects.create(
        booking=booking, email=learner.email, user=learner, attended=True
    )
    other = WorkshopBooking.objects.exclude(pk=booking.pk).first() or booking
    WorkshopParticipant.objects.get_or_create(booking=other, email=learner.email.upper())
    # A saved H5P state that happens to hold the learner's name (a typed answer, say).
    from courses.h5p.models import H5PContent, H5PUserState

    H5PUserState.objects.update_or_create(
        user=learner,
        content=H5PContent.objects.first(),
        defaults={"state": json.dumps({"answer": f"Ik ben {learner.get_full_name()}"})},
    )
    for user in User.objects.filter(email__in=[DEMO_LEARNER, DEMO_TEAM_LEAD]):
        _named_by_others(user)
    return learner


def _named_by_others(user) -> None:
    """Text other people typed that names `user`: a facilitator's session with the user as a
    participant (by account and by typed name), the group's name, a process note, another
    member's logbook, a trainer's observation and reply, an intervisie group, a notification."""
    from intervisor.notifications.models import Notification
    from intervisor.replies.models import Reply
    from practice.groups.models import IntervisieGroup
    from practice.models import (
        CompanionSession,
        LogbookEntry,
        Method,
        Observation,
        SessionNote,
        SessionParticipant,
    )

    name, email = user.get_full_name(), user.email
    facilitator = User.objects.create_user(email=f"begeleider-{user.pk}@example.org")
    trainer = User.objects.create_user(email=f"trainer-{user.pk}@example.org")
    session = CompanionSession.objects.create(
        facilitator=facilitator,
        group_name=f"Intervisie met {name}",
        date=datetime.date(2026, 3, 2),
        method=Method.objects.first(),
    )
    SessionParticipant.objects.create(session=session, user=user, name=user.display_name)
    SessionParticipant.objects.create(session=session, name=name.upper())
    SessionNote.objects.create(session=session, step_index=0, text=f"{name} ({email}) kwam later")
    entry = LogbookEntry.objects.create(
        user=facilitator, session=session, situations_discussed=f"De casus van {name}."
    )
    Observation.objects.create(
        session=session, facilitator=facilitator, trainer=trainer, notes=f"Liet {name} uitpraten."
    )
    Reply.objects.create(target=entry, author=trainer, text=f"Wat zei {name} daarna?")
    IntervisieGroup.objects.create(name=f"Groep {name}", facilitator=facilitator)
    Notification.objects.create(
        recipient=facilitator, kind="test", title=f"{name} doet mee", body=f"Mail {email}"
    )


def _has_content(value) -> bool:
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_content(v) for v in value)
    return value not in (None, "", False)


def _traces(needles: list[str]) -> list[str]:
    """Every stored text value, in every model of every app, that contains one of `needles`."""
    found = []
    for model in apps.get_models():
        fields = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, TEXT_FIELDS) and not f.primary_key
        ]
        if not fields or model._meta.proxy:
            continue
        for row in model._default_manager.all().values("pk", *(f.attname for f in fields)):
            for name, value in row.items():
                text = json.dumps(value, default=str) if not isinstance(value, str) else value
                for needle in needles:
                    if needle.lower() in (text or "").lower():
                        found.append(f"{model._meta.label}.{name} (pk={row['pk']}): {needle}")
    return found


def test_export_of_the_demo_learner_has_content_in_every_section(seeded):
    user = seeded
    data = user_data_export(user=user)
    json.dumps(data, default=str)  # serialisable as the download is
    keys = [s.key for s in privacy.sections()]
    assert {"account", "learning", "workshops", "certification"} <= set(keys)
    empty = [key for key in keys if not _has_content(data[key])]
    assert not empty, f"sections without the demo learner's data: {empty}"


@pytest.mark.parametrize(
    ("who", "remove_name"),
    [(DEMO_LEARNER, False), (DEMO_LEARNER, True), (DEMO_TEAM_LEAD, False)],
)
def test_deletion_leaves_no_email_or_name_behind(seeded, who, remove_name):
    user = User.objects.get(email=who)
    email, name = user.email, user.get_full_name()
    assert name
    assert _traces([email, name])  # the scan does see the learner before deletion
    if remove_name:
        Provider.objects.update(allow_certificate_name_removal=True)
    user_account_delete(user=user, options={"certificate_name"} if remove_name else set())

    traces = _traces([email, name])
    if not remove_name:
        # By design: the certificate keeps the holder's name (and its PDF prints it).
        traces = [t for t in traces if not t.startswith("certification.Certificate.holder_name")]
    assert not traces, traces


RECORDING_CACHE = {"default": {"BACKEND": "tests.privacy.recording_cache.RecordingCache"}}


@pytest.mark.parametrize(
    "engine",
    [
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
        "django.contrib.sessions.backends.cache",
    ],
)
def test_deletion_ends_every_session_and_leaves_nothing_in_sessions_or_cache(
    seeded, settings, client, engine
):
    """Logged in twice (two browsers); deleting the account from one logs the other out, and
    neither a stored session nor any cache entry still holds the user's id, e-mail or name."""
    from importlib import import_module

    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.models import Session
    from django.core.cache import cache
    from django.test import Client

    from tests.factories.site import PASSWORD
    from tests.privacy import recording_cache

    settings.SESSION_ENGINE = engine
    settings.CACHES = RECORDING_CACHE
    recording_cache.WRITTEN.clear()
    user = seeded
    user.set_password(PASSWORD)
    user.save()
    email, name, user_id = user.email, user.get_full_name(), str(user.pk)
    other = Client()
    for browser in (client, other):
        assert browser.login(email=email, password=PASSWORD)
        for path in ("/mijn-leren/", "/account/", "/account/meldingen/"):
            browser.get(path)
    other_key = other.cookies[settings.SESSION_COOKIE_NAME].value
    store = import_module(engine).SessionStore
    assert store(session_key=other_key).get(SESSION_KEY) == user_id

    response = client.post(
        "/account/privacy/verwijderen/", {"password": PASSWORD, "confirm": "VERWIJDER"}
    )
    assert response.status_code == 302, response.content[:500]

    assert not store(session_key=other_key).exists(other_key)
    response = other.get("/mijn-leren/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    for session in Session.objects.all():
        decoded = json.dumps(session.get_decoded(), default=str)
        assert email not in decoded and session.get_decoded().get(SESSION_KEY) != user_id
    for key in recording_cache.WRITTEN:
        value = cache.get(key)
        if value is None:
            continue
        text = repr(value) if not isinstance(value, bytes | str) else str(value)
        if isinstance(value, dict) and value.get(SESSION_KEY) == user_id:
            pytest.fail(f"cache entry {key} is a session of the deleted user")
        for needle in (email, name):
            assert needle.lower() not in text.lower(), f"cache entry {key} holds {needle}"
