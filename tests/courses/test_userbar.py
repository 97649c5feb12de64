"""The editor's userbar on course pages: shown to people who may open the admin, and it costs
learners no permission queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from intervisor.accounts import roles
from tests.factories.courses import enrol, make_course

pytestmark = pytest.mark.django_db

USERBAR = "<wagtail-userbar"


@pytest.fixture
def course(provider):
    return make_course(provider)


def test_editor_sees_the_userbar(client, course, editor):
    client.force_login(editor)
    assert USERBAR in client.get(course.url).content.decode()


def test_learner_gets_no_userbar_and_no_permission_queries(client, course, learner):
    enrol(learner, course)
    client.force_login(learner)
    client.get(course.url)
    with CaptureQueriesContext(connection) as ctx:
        content = client.get(course.url).content.decode()
    assert USERBAR not in content
    assert not [q for q in ctx.captured_queries if "auth_permission" in q["sql"]]


def test_userbar_follows_a_new_role_at_once(client, course, learner):
    client.force_login(learner)
    assert USERBAR not in client.get(course.url).content.decode()
    learner.groups.add(roles_group(roles.PROVIDER_EDITOR))
    assert USERBAR in client.get(course.url).content.decode()
    learner.groups.clear()
    assert USERBAR not in client.get(course.url).content.decode()


def roles_group(name):
    from django.contrib.auth.models import Group

    return Group.objects.get(name=name)
