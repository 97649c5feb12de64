"""A local-memory cache that remembers every key written, so a test can read back all entries
(Django's cache API has no way to list keys)."""

from django.core.cache.backends.locmem import LocMemCache

WRITTEN: set[str] = set()


class RecordingCache(LocMemCache):
    def set(self, key, value, timeout=None, version=None):
        WRITTEN.add(key)
        return super().set(key, value, timeout, version)

    def add(self, key, value, timeout=None, version=None):
        WRITTEN.add(key)
        return super().add(key, value, timeout, version)

    def set_many(self, data, timeout=None, version=None):
        WRITTEN.update(data)
        return super().set_many(data, timeout, version)
