"""Helpers for cache entries that a change must clear or outdate.

Each clearing happens at once and again after the transaction commits: a request that read the
old rows in between cannot keep them in the cache.
"""

import threading
import time
from collections import OrderedDict

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


class LocalCopies:
    """What this process read of cache entries that never change under their key, kept in
    memory (least recently used out first).

    Only for keys that name everything their value depends on (a revision, a version, a
    generation): a change writes a new key, so a copy can never be stale and needs neither a
    round trip to the cache nor unpickling. Values are shared by every request of the process:
    never change them."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str):
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: str, value) -> None:
        if value is None:
            return
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_all_local_copies: list[LocalCopies] = []


def local_copies(max_entries: int) -> LocalCopies:
    copies = LocalCopies(max_entries)
    _all_local_copies.append(copies)
    return copies


def local_copies_clear() -> None:
    """Forget every process-local copy (tests, whose ids repeat after a rollback)."""
    for copies in _all_local_copies:
        copies.clear()
