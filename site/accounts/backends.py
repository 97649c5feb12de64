"""Authentication backends that read the logged-in user from the cache.

Every logged-in request loads its user; with the row cached that is one cache read, which also
brings the user's admin-access flag (roles.user_can_access_admin) in the same round trip.

The entry is deleted whenever the user row is saved or deleted, again once the transaction
commits (so a request running meanwhile cannot put the old row back for long), and it expires
after caching.USER_TIMEOUT in any case. Django still checks the session's password hash and
`is_active` against the cached row, so a password change or deactivation logs the user out as
before. Every write to users in this project goes through `save()` or `delete()`.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache

from ..caching import USER_TIMEOUT, admin_access_key, forget, user_key


def user_cache_forget(sender, instance, **kwargs) -> None:
    """Signal receiver for post_save and post_delete on the user model."""
    forget(user_key(instance.pk))


class CachedUserMixin:
    def get_user(self, user_id):
        found = cache.get_many([user_key(user_id), admin_access_key(user_id)])
        user = found.get(user_key(user_id))
        if user is None:
            user = get_user_model()._default_manager.filter(pk=user_id).first()
            if user is None:
                return None
            cache.set(user_key(user_id), user, USER_TIMEOUT)
        if admin_access_key(user_id) in found:
            user.admin_access = found[admin_access_key(user_id)]
        return user if self.user_can_authenticate(user) else None


class CachedModelBackend(CachedUserMixin, ModelBackend):
    pass


class CachedAllauthBackend(CachedUserMixin, AuthenticationBackend):
    pass
