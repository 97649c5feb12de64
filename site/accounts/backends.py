"""Authentication backends that read the logged-in user from the cache.

Every logged-in request loads its user; with the row cached that is one cache read, which also
brings the user's admin-access flag (roles.user_can_access_admin) in the same round trip.

The entry is deleted whenever the user row is saved or deleted, again once the transaction
commits (so a request running meanwhile cannot put the old row back for long), and it expires
after USER_CACHE_TIMEOUT in any case. Django still checks the session's password hash and
`is_active` against the cached row, so a password change or deactivation logs the user out as
before. Every write to users in this project goes through `save()` or `delete()`.

An endpoint that needs more cache entries than the user (the H5P player's calls) can read them
in the same round trip with `user_and_entries`: Django's own `get_user` still resolves and
verifies the user, the backend only takes the row from what was already read.
"""

from collections.abc import Callable
from contextvars import ContextVar

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache

from ..caching import forget, local_copies
from .roles import admin_access_key

USER_CACHE_TIMEOUT = 300


def user_cache_key(user_id) -> str:
    return f"accounts:user:{user_id}"


def user_cache_forget(sender, instance, **kwargs) -> None:
    """Signal receiver for post_save and post_delete on the user model."""
    forget(user_cache_key(instance.pk))


# (user id, entries read) while user_and_entries resolves request.user.
_already_read: ContextVar[tuple | None] = ContextVar("accounts_user_already_read", default=None)


# Per worker: whose session a session key was, the last time this worker saw it.
_session_users = local_copies(max_entries=4096)


def user_and_entries(request, keys_for: Callable[[int | None], list[str]]) -> dict:
    """Resolve `request.user` and read the entries `keys_for(user id)` names from the cache
    in one round trip. Returns the entries found for those keys; request.user is set as
    AuthenticationMiddleware would set it, anonymous included (keys_for then gets None).

    With sessions read through the cache (intervisor.sessions) and a session this worker has
    seen, the session entry is read in that same round trip, under the guess that it still
    belongs to the same user; otherwise the session is read first."""
    session = request.session
    guess = _guess(session)
    if guess is not None:
        keys = keys_for(guess)
        session_key = session.cache_key
        found = cache.get_many([session_key, *_user_keys(guess), *keys])
        session.preload(found.pop(session_key, None))
        if _session_user_id(session) == guess:
            return _resolve(request, guess, found, keys)
        # The session is someone else's now (or nobody's): read as if nothing was guessed.
    user_id = _session_user_id(session)
    keys = keys_for(user_id)
    if user_id is None or hasattr(request, "_cached_user"):
        request.user.is_authenticated  # noqa: B018 (resolves the lazy user)
        return cache.get_many(keys)
    found = cache.get_many([*_user_keys(user_id), *keys])
    return _resolve(request, user_id, found, keys)


def _guess(session) -> int | None:
    if not hasattr(session, "preload") or session.session_key is None:
        return None
    if hasattr(session, "_session_cache"):  # already read in this request
        return None
    return _session_users.get(session.session_key)


def _session_user_id(session):
    user_id = session.get(SESSION_KEY)
    return None if user_id is None else get_user_model()._meta.pk.to_python(user_id)


def _user_keys(user_id) -> list[str]:
    return [user_cache_key(user_id), admin_access_key(user_id)]


def _resolve(request, user_id, found: dict, keys: list[str]) -> dict:
    token = _already_read.set((user_id, found))
    try:
        request.user.is_authenticated  # noqa: B018 (django.contrib.auth.get_user runs here)
    finally:
        _already_read.reset(token)
    if request.user.is_authenticated and request.session.session_key is not None:
        _session_users.put(request.session.session_key, user_id)
    return {key: found[key] for key in keys if key in found}


class CachedUserMixin:
    def get_user(self, user_id):
        user_key, access_key = user_cache_key(user_id), admin_access_key(user_id)
        already = _already_read.get()
        if already is not None and already[0] == user_id:
            found = already[1]
        else:
            found = cache.get_many([user_key, access_key])
        user = found.get(user_key)
        if user is None:
            user = get_user_model()._default_manager.filter(pk=user_id).first()
            if user is None:
                return None
            cache.set(user_key, user, USER_CACHE_TIMEOUT)
        if access_key in found:
            user._admin_access = found[access_key]
        return user if self.user_can_authenticate(user) else None


class CachedModelBackend(CachedUserMixin, ModelBackend):
    pass


class CachedAllauthBackend(CachedUserMixin, AuthenticationBackend):
    pass
