"""Authentication backends that read the logged-in user from the cache.

Every logged-in request loads its user; with the row cached that is one cache read, which also
brings the user's admin-access flag (roles.user_can_access_admin) in the same round trip.

The entry is deleted whenever the user row is saved or deleted, again once the transaction
commits (so a request running meanwhile cannot put the old row back for long), and it expires
after USER_CACHE_TIMEOUT in any case. Django still checks the session's password hash and
`is_active` against the cached row, so a password change or deactivation logs the user out as
before. Every write to users in this project goes through `save()` or `delete()`.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache

from ..caching import forget
from .roles import admin_access_key

USER_CACHE_TIMEOUT = 300


def user_cache_key(user_id) -> str:
    return f"accounts:user:{user_id}"


def user_cache_forget(sender, instance, **kwargs) -> None:
    """Signal receiver for post_save and post_delete on the user model."""
    forget(user_cache_key(instance.pk))


class CachedUserMixin:
    def get_user(self, user_id):
        user_key, access_key = user_cache_key(user_id), admin_access_key(user_id)
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
