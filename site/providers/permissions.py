"""Provider scoping of the Wagtail admin, as permission policies.

Every provider-owned model registers a `ProviderScopedPolicy` (`register_permission_policy`).
Wagtail asks the registered policy in its listings, choosers, bulk actions and history, and
our scoped views (`intervisor.providers.admin`) ask it for every single object, so one rule
decides what an editor sees: their own providers' rows; with `shared=True` also the shared
catalogue (rows without a provider), which only site admins change. A row of another
provider does not exist for the editor.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ProviderMembership
from .selectors import providers_for_user

READ_ACTIONS = frozenset({"view", "choose", "inspect"})
SEE_ACTIONS = ("view", "change", "delete", "inspect")


def provider_ids(user, role: str | None = ProviderMembership.Role.EDITOR) -> frozenset[int]:
    """The providers `user` has `role` in (any role when None), remembered on the user object
    for the rest of the request."""
    remembered = user.__dict__.setdefault("provider_ids_by_role", {})
    if role not in remembered:
        remembered[role] = frozenset(
            providers_for_user(user=user, role=role).values_list("pk", flat=True)
        )
    return remembered[role]


def is_site_admin(user) -> bool:
    return user.is_active and user.is_superuser


class ProviderScopedPolicy(ModelPermissionPolicy):
    """Model permissions (Django's), narrowed to the rows of the user's providers.

    `provider_field` is the lookup from the model to its provider ("provider",
    "path__provider"); `role` the membership that gives access (editors by default, None for
    any member); `shared` makes rows without provider readable by everyone with the model
    permission.
    """

    def __init__(self, model, *, provider_field="provider", role=ProviderMembership.Role.EDITOR,
                 shared=False):  # fmt: skip
        super().__init__(model)
        self.provider_field = provider_field
        self.role = role
        self.shared = shared

    # Which rows --------------------------------------------------------------------------

    def own_q(self, ids) -> Q:
        return Q(**{f"{self.provider_field}__in": ids})

    def provider_id_of(self, instance) -> int | None:
        *hops, last = self.provider_field.split("__")
        for hop in hops:
            instance = getattr(instance, hop, None)
            if instance is None:
                return None
        return getattr(instance, f"{last}_id")

    def visible_q(self, user, action) -> Q:
        visible = self.own_q(provider_ids(user, self.role))
        if self.shared and action in READ_ACTIONS:
            visible |= Q(**{f"{self.provider_field}__isnull": True})
        return visible

    # The policy --------------------------------------------------------------------------

    def user_has_permission(self, user, action):
        if action in ("choose", "inspect"):  # seeing: any of the model's own permissions
            return self.user_has_any_permission(user, ("view", "change", "delete"))
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if is_site_admin(user):
            return True
        provider_id = self.provider_id_of(instance)
        if provider_id is None:
            return self.shared and action in READ_ACTIONS
        return provider_id in provider_ids(user, self.role)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if is_site_admin(user):
            return queryset
        allowed = [action for action in actions if self.user_has_permission(user, action)]
        if not allowed:
            return queryset.none()
        # The widest action decides (reading may include the shared catalogue).
        action = next((a for a in allowed if a in READ_ACTIONS), allowed[0])
        return queryset.filter(self.visible_q(user, action))


class ProviderPagePolicy(ProviderScopedPolicy):
    """Rows owned through a page in a provider's subtree (`page_field` -> that page)."""

    def __init__(self, model, *, page_field="page", **kwargs):
        super().__init__(model, provider_field=page_field, **kwargs)

    def own_q(self, ids) -> Q:
        from .models import Provider

        q = Q(pk__in=[])
        for root_path in Provider.objects.filter(pk__in=ids).values_list(
            "root_page__path", flat=True
        ):
            q |= Q(**{f"{self.provider_field}__path__startswith": root_path})
        return q

    def provider_id_of(self, instance) -> int | None:
        from .selectors import provider_for_page

        provider = provider_for_page(page=getattr(instance, self.provider_field))
        return provider.pk if provider else None


class OwnProvidersPolicy(ProviderScopedPolicy):
    """Providers themselves: only site admins manage them, but an editor chooses her own
    provider (for a method or an H5P upload) in the provider chooser."""

    def __init__(self, model):
        super().__init__(model, provider_field="pk")

    def user_has_permission(self, user, action):
        if action == "choose":
            return is_site_admin(user) or bool(provider_ids(user, self.role))
        return super().user_has_permission(user, action)
