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


def _statement(model, connection) -> tuple[str, list]:
    key = (model, connection.alias)
    if key not in _SQL:
        fields = [f for f in model._meta.concrete_fields if not f.generated]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        _SQL[key] = (
            "SET LOCAL synchronous_commit TO OFF; "
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})",
            fields,
        )
    return _SQL[key]


def insert_without_flush_wait(instance) -> None:
    """Insert a new model instance (its primary key set by a default, not by the database)."""
    model = type(instance)
    connection = connections[router.db_for_write(model, instance=instance)]
    if not _can_skip_flush_wait(connection) or model._meta.pk.db_returning:
        instance.save(force_insert=True, using=connection.alias)
        return
    sql, fields = _statement(model, connection)
    params = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    instance._state.adding = False
    instance._state.db = connection.alias
