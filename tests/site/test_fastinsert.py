"""intervisor.fastinsert: one row written as save() would, without waiting for the WAL flush
on PostgreSQL outside a transaction, and an ordinary insert everywhere else."""

import uuid

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from courses.h5p.models import H5PStatement
from intervisor.fastinsert import insert_without_flush_wait
from tests.conftest import skip_or_fail
from tests.factories.h5p import course_with_h5p, make_content

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def statement(provider, admin_user, learner):
    content = make_content(provider=provider, user=admin_user)
    _course, lesson, block_id = course_with_h5p(provider, content)
    return H5PStatement(
        user=learner,
        content=content,
        lesson_id=lesson.pk,
        block_id=block_id,
        verb="interacted",
        statement={"id": "x", "verb": {"id": "interacted"}, "ünicode": "ë"},
    )


def _on_postgresql():
    if connection.vendor != "postgresql":
        skip_or_fail("DATABASE_URL does not point at PostgreSQL")


def test_row_is_written_as_save_would(statement):
    insert_without_flush_wait(statement)
    stored = H5PStatement.objects.get(pk=statement.pk)
    assert isinstance(statement.pk, uuid.UUID)
    assert stored.statement == statement.statement
    assert (stored.user_id, stored.content_id, stored.lesson_id, stored.block_id) == (
        statement.user_id,
        statement.content_id,
        statement.lesson_id,
        statement.block_id,
    )
    assert stored.stored_at == statement.stored_at  # auto_now_add filled by pre_save
    assert stored.is_top_level is True and stored.attempt_id is None
    assert not statement._state.adding


def test_the_instance_is_left_as_save_leaves_it(statement):
    """Built from ids alone (no related object to name its database), then inserted: it
    belongs to the connection's database and is no longer being added."""
    bare = H5PStatement(
        user_id=statement.user_id,
        content_id=statement.content_id,
        lesson_id=statement.lesson_id,
        block_id=statement.block_id,
        verb="interacted",
        statement={"id": "bare"},
    )
    assert bare._state.db is None
    insert_without_flush_wait(bare)
    assert (bare._state.adding, bare._state.db) == (False, connection.alias)


def test_one_round_trip_and_the_setting_ends_with_it(statement):
    _on_postgresql()
    with CaptureQueriesContext(connection) as sent:
        insert_without_flush_wait(statement)
    assert len(sent.captured_queries) == 1
    assert sent.captured_queries[0]["sql"].startswith("SET LOCAL synchronous_commit TO OFF; INSERT")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('synchronous_commit')")
        assert cursor.fetchone()[0] == "on"


def test_inside_a_transaction_it_joins_the_transaction(statement):
    """No SET LOCAL there: it would reach the caller's other writes. The row goes with a
    rollback like any other."""
    with pytest.raises(RuntimeError), transaction.atomic():
        insert_without_flush_wait(statement)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT current_setting('synchronous_commit')")
                assert cursor.fetchone()[0] == "on"
        raise RuntimeError
    assert not H5PStatement.objects.filter(pk=statement.pk).exists()


def test_a_broken_row_fails_and_leaves_nothing(statement):
    statement.content_id = 987654  # no such content
    with pytest.raises(Exception) as raised:
        insert_without_flush_wait(statement)
    assert "foreign key" in str(raised.value).lower()
    assert not H5PStatement.objects.exists()
