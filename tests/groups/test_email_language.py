"""Group e-mails speak the recipient's language: the account's preference, else Dutch."""

import pytest
from django.core import mail

from practice.groups import services
from tests.factories import make_user

from .conftest import future

pytestmark = pytest.mark.django_db


def test_invitation_in_the_invitees_language(
    facilitator, provider, django_capture_on_commit_callbacks
):
    group = services.group_create(name="Groep Noord", facilitator=facilitator, provider=provider)
    sam = make_user(email="sam@example.test")
    sam.language = "en"
    sam.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.member_invite(group=group, by=facilitator, email="sam@example.test")
        services.member_invite(group=group, by=facilitator, email="nog-geen-account@example.test")
    english = next(m for m in mail.outbox if m.to == ["sam@example.test"])
    dutch = next(m for m in mail.outbox if m.to == ["nog-geen-account@example.test"])
    assert english.subject == "Invitation to the intervisie group Groep Noord"
    assert "/en/groepen/uitnodiging/" in english.body
    assert dutch.subject == "Uitnodiging voor de intervisiegroep Groep Noord"
    assert "/en/" not in dutch.body


def test_planned_meeting_mail_per_member_language(
    group, members, facilitator, mailoutbox, django_capture_on_commit_callbacks
):
    members[0].language = "en"
    members[0].save()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.meetings_plan(group=group, by=facilitator, first_start=future(), count=3)
    english = [m for m in mailoutbox if m.to == [members[0].email]]
    dutch = [m for m in mailoutbox if m.to == [members[1].email]]
    assert english and all("planned" in m.subject for m in english)
    assert all("/en/groepen/" in m.body for m in english)
    assert dutch and all("gepland" in m.subject for m in dutch)
