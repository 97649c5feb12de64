"""The record of a user's sessions (for ending them all at account deletion) keeps only live
ones: logging out forgets the key, and a session that ended otherwise is forgotten at the next
login."""

from importlib import import_module

import pytest
from django.conf import settings
from django.test import Client

from intervisor.accounts.models import UserSession
from tests.factories.site import PASSWORD

pytestmark = pytest.mark.django_db


def _key(client) -> str:
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def test_only_live_sessions_stay_recorded(learner):
    first, second, third = Client(), Client(), Client()
    for client in (first, second):
        assert client.login(email=learner.email, password=PASSWORD)
    recorded = set(UserSession.objects.filter(user=learner).values_list("session_key", flat=True))
    assert recorded == {_key(first), _key(second)}

    first.logout()
    import_module(settings.SESSION_ENGINE).SessionStore(session_key=_key(second)).delete()
    assert third.login(email=learner.email, password=PASSWORD)
    assert list(UserSession.objects.values_list("session_key", flat=True)) == [_key(third)]
