"""Sessions in the database, read through the cache (Django's cached_db), which a view may read
together with the user's own entries.

`user_and_entries` (accounts.backends) reads the session entry in the same cache round trip as
the user and the entries a view needs, when this worker has seen the session before and so can
guess whose it is. The guess only decides what is read: the user still comes from the
session's own data, and a wrong guess is read again (see `preload`).
"""

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore

_NOTHING = object()


class SessionStore(CachedDBStore):
    _preloaded = _NOTHING

    def preload(self, data) -> None:
        """The session's cache entry as the caller read it (None: not in the cache). Used by
        the next `load()` instead of reading the cache; a miss still goes to the database."""
        self._preloaded = data

    def load(self):
        data, self._preloaded = self._preloaded, _NOTHING
        if data is not _NOTHING and data is not None:
            return data
        return super().load()
