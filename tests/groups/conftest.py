import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from practice.groups import services
from practice.groups.models import Membership
from tests.factories import make_user
from tests.factories.practice import make_method


@pytest.fixture
def method(db):
    return make_method(steps=3)


@pytest.fixture
def facilitator(trainer):
    return trainer


@pytest.fixture
def members(db):
    return [
        make_user(email=f"lid{i}@example.test", first_name=f"Lid{i}", last_name="Groep")
        for i in range(5)
    ]


def join(group, user):
    membership = services.member_invite(group=group, by=group.facilitator, email=user.email)
    return services.invitation_accept(token=membership.token, user=user)


@pytest.fixture
def group(facilitator, provider, members, mailoutbox):
    group = services.group_create(
        name="Groep Zuid",
        facilitator=facilitator,
        provider=provider,
        meeting_minutes=150,
        evaluation_after=3,
        facilitator_course="Intervisie begeleiden",
    )
    for user in members:
        join(group, user)
    assert group.memberships.filter(status=Membership.Status.ACTIVE).count() == 5
    return group


def future(days=7):
    return timezone.now() + datetime.timedelta(days=days)


def url(name, *args):
    return reverse(f"groups:{name}", args=args)
