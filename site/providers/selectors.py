from django.db.models import QuerySet

from .models import Provider, ProviderMembership


def provider_for_page(*, page) -> Provider | None:
    """The provider whose subtree holds this page (one query on the materialised path)."""
    return (
        Provider.objects.filter(root_page__path__in=_ancestor_paths(page.path, page.steplen))
        .select_related("root_page")
        .first()
    )


def _ancestor_paths(path: str, steplen: int) -> list[str]:
    return [path[:i] for i in range(steplen, len(path) + 1, steplen)]


def providers_for_user(*, user, role: str | None = None) -> QuerySet[Provider]:
    if not user.is_authenticated:
        return Provider.objects.none()
    memberships = ProviderMembership.objects.filter(user=user)
    if role:
        memberships = memberships.filter(role=role)
    return Provider.objects.filter(pk__in=memberships.values("provider_id"))


def user_is_provider_member(*, user, provider: Provider, role: str | None = None) -> bool:
    return providers_for_user(user=user, role=role).filter(pk=provider.pk).exists()
