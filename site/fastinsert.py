"""Inserting a row whose loss in a database crash is acceptable, without waiting for the disk.

PostgreSQL acknowledges a commit only after its WAL record is flushed to disk. With
``synchronous_commit`` off for one transaction it answers as soon as the row is written to
memory; the WAL writer flushes it a fraction of a second later (at most three times
``wal_writer_delay``, 0.6 s by default). A crash of the database server within that window
loses the row; it never corrupts anything, and every other transaction keeps the default.

``insert_without_flush_wait`` sends ``SET LOCAL synchronous_commit TO OFF; INSERT ...`` as one
simple query, so PostgreSQL runs both in one implicit transaction: one round trip, and the
setting ends with it. Django binds parameters on the client by default (psycopg's
ClientCursor), which is what allows two statements in one query; with server-side binding,
on another database, or inside a transaction (where SET LOCAL would reach the caller's other
writes) it falls back to an ordinary ``save``.

``insert_row`` sends the same prepared insert without the setting, for rows that must survive
a crash (a scored xAPI answer) but need none of ``save``'s Python work; it may run inside a
transaction, and falls back to ``save`` off PostgreSQL.

The row is written as ``Model.save`` would write it (each field's ``pre_save`` and
``get_db_prep_save``), but without ``pre_save``/``post_save`` signals: use it only for models
that have no receivers, such as the xAPI statement log.
"""

from django.db import connections, router

_SQL: dict[tuple, tuple] = {}


def _can_skip_flush_wait(connection) -> bool:
    return (
        connection.vendor == "postgresql"
        and not connection.in_atomic_block
        and connection.settings_dict["OPTIONS"].get("server_side_binding") is not True
    )


def _statement(model, connection, *, flush_wait: bool) -> tuple[str, list]:
    key = (model, connection.alias, flush_wait)
    if key not in _SQL:
        fields = [f for f in model._meta.concrete_fields if not f.generated]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        prefix = "" if flush_wait else "SET LOCAL synchronous_commit TO OFF; "
        _SQL[key] = (
            f"{prefix}INSERT INTO {quote(model._meta.db_table)} ({columns}) "
            f"VALUES ({placeholders})",
            fields,
        )
    return _SQL[key]


def insert_without_flush_wait(instance) -> None:
    """Insert a new model instance (its primary key set by a default, not by the database)."""
    _insert(instance, flush_wait=False)


def insert_row(instance) -> None:
    """The same prepared insert, committed as usual (waiting for the flush): for rows that must
    survive a database crash, where the ORM's save would only add Python work."""
    _insert(instance, flush_wait=True)


def _insert(instance, *, flush_wait: bool) -> None:
    model = type(instance)
    connection = connections[router.db_for_write(model, instance=instance)]
    fast = connection.vendor == "postgresql" if flush_wait else _can_skip_flush_wait(connection)
    if not fast or model._meta.pk.db_returning:
        instance.save(force_insert=True, using=connection.alias)
        return
    sql, fields = _statement(model, connection, flush_wait=flush_wait)
    params = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    instance._state.adding = False
