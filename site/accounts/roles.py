"""The four roles of the product, as Django groups, and the permissions each role carries.

Apps declare what their roles may do with `grant()` in AppConfig.ready(); `roles_sync()` runs
after every migrate (when all permissions exist) and is safe to run any number of times.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from ..caching import ADMIN_ACCESS_TIMEOUT, admin_access_key

LEARNER = "Learner"
TRAINER = "Trainer/Assessor"
PROVIDER_EDITOR = "Provider editor"
TEAM_LEAD = "Team lead"

ALL_ROLES = (LEARNER, TRAINER, PROVIDER_EDITOR, TEAM_LEAD)

ROLE_LABELS = {
    LEARNER: _("Learner"),
    TRAINER: _("Trainer / assessor"),
    PROVIDER_EDITOR: _("Provider editor"),
    TEAM_LEAD: _("Team lead"),
}

_grants: dict[str, set[str]] = {
    PROVIDER_EDITOR: {"wagtailadmin.access_admin"},
    TRAINER: set(),
    LEARNER: set(),
    TEAM_LEAD: set(),
}


def grant(role: str, *permissions: str) -> None:
    """Give a role model permissions, as 'app_label.codename'."""
    _grants[role].update(permissions)


def roles_sync(**kwargs) -> None:
    from django.contrib.auth.models import Group, Permission

    for role, perms in _grants.items():
        group, _created = Group.objects.get_or_create(name=role)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".", 1)
            wanted.extend(
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.add(*wanted)


def user_has_role(user, role: str) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Cached on the user object: navigation and permission checks ask several times per request.
    names = getattr(user, "_role_names", None)
    if names is None:
        names = set(user.groups.values_list("name", flat=True))
        user._role_names = names
    return role in names


def user_can_access_admin(user) -> bool:
    """Whether the user may open the Wagtail admin, cached per user.

    Only decides whether the editor's userbar is shown; the admin checks permissions itself.
    Group and permission changes clear the entry (signals.py), the timeout covers the rest.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    key = admin_access_key(user.pk)
    # The cached-user backend reads the flag together with the user (backends.py).
    allowed = getattr(user, "admin_access", None)
    if allowed is None:
        allowed = cache.get(key)
    if allowed is None:
        allowed = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, allowed, ADMIN_ACCESS_TIMEOUT)
    return allowed


def admin_access_forget(user_ids) -> None:
    cache.delete_many([admin_access_key(pk) for pk in user_ids])
