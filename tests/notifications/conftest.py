import pytest

from intervisor.accounts import roles
from intervisor.providers.models import ProviderMembership
from intervisor.providers.services import provider_member_add
from tests.factories import make_user

from .events import World


@pytest.fixture
def world(provider, learner, trainer, team_lead):
    editor = make_user(roles.PROVIDER_EDITOR, email="redacteur@example.test")
    provider_member_add(provider=provider, user=editor, role=ProviderMembership.Role.EDITOR)
    return World(provider, learner, trainer, team_lead, editor)
