"""Methods are provider-scoped: editors change their own provider's methods and may only
look at the shared catalogue (provider empty)."""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from intervisor.providers.models import ProviderMembership
from intervisor.providers.selectors import providers_for_user


def editable_provider_ids(user) -> set[int]:
    cache = getattr(user, "_practice_provider_ids", None)
    if cache is None:
        cache = set(
            providers_for_user(user=user, role=ProviderMembership.Role.EDITOR).values_list(
                "pk", flat=True
            )
        )
        user._practice_provider_ids = cache
    return cache


class MethodPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if user.is_superuser:
            return True
        own = instance.provider_id in editable_provider_ids(user)
        if action == "view":
            return own or instance.provider_id is None
        return own

    def instances_user_has_permission_for(self, user, action):
        queryset = self.model._default_manager.all()
        if user.is_superuser:
            return queryset
        if not self.user_has_permission(user, action):
            return queryset.none()
        visible = Q(provider_id__in=editable_provider_ids(user))
        if action == "view":
            visible |= Q(provider__isnull=True)
        return queryset.filter(visible)
