"""Every session a user logs in with is recorded, so that deleting the account ends them all.

Django's session API deletes one session by key (`SessionStore(key).delete()`, which clears the
cache and the database for `cached_db`); it cannot list a user's sessions. So the key is
recorded when the user logs in and when allauth cycles it (password change), and forgotten
when the user logs out or, at their next login, once the session has ended.
"""

from importlib import import_module

from django.conf import settings

from .models import UserSession


def _store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def session_record(*, user, session_key: str | None) -> None:
    """Remember `session_key` as `user`'s, and forget their keys of sessions that have ended
    meanwhile (expired, or cycled at this login), so the rows do not pile up."""
    if user is None or user.pk is None or not session_key:
        return
    store = _store()
    ended = [
        key
        for key in UserSession.objects.filter(user=user).values_list("session_key", flat=True)
        if key != session_key and not store().exists(key)
    ]
    UserSession.objects.filter(session_key__in=ended).delete()
    UserSession.objects.update_or_create(session_key=session_key, defaults={"user": user})


def session_forget(*, session_key: str | None) -> None:
    if session_key:
        UserSession.objects.filter(session_key=session_key).delete()


def user_sessions_end(*, user) -> int:
    """End every recorded session of `user` in the configured engine; returns how many."""
    store = _store()
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    for key in keys:
        store(session_key=key).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)
