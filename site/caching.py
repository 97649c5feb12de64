"""Helpers for cache entries that a change must clear or outdate.

Each clearing happens at once and again after the transaction commits: a request that read the
old rows in between cannot keep them in the cache.
"""

import time

from django.core.cache import cache
from django.db import transaction


def forget(*keys: str) -> None:
    """Delete these entries now and after the commit."""
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def generation(key: str) -> str:
    """The current value of a generation key (started when missing): entries built under it
    store it and are rebuilt once it changes."""
    value = cache.get(key)
    if value is None:
        value = str(time.time_ns())
        cache.add(key, value, None)
    return value


def generation_bump(key: str) -> None:
    """Outdate every entry built under this generation, now and after the commit."""

    def bump():
        cache.set(key, str(time.time_ns()), None)

    bump()
    transaction.on_commit(bump)


def known_get(known: dict | None, key: str):
    """An entry from `known` (what the caller already read with get_many), else the cache."""
    return known.get(key) if known is not None else cache.get(key)
