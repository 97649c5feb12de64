"""AVG completeness: the export of a user with data in every app has real content in every
section, and deleting the account leaves their e-mail address and name nowhere in the
database, except the name on certificates, which stays by design unless removed (README)."""

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
    return learner


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
