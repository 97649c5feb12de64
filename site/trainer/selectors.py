from django.core.cache import cache

from intervisor.accounts import roles
from intervisor.caching import TRAINS_FOR_TIMEOUT, forget, trainer_key
from intervisor.providers.models import ProviderMembership

from .registry import sections


def trains_forget(sender, instance, **kwargs) -> None:
    forget(trainer_key(instance.user_id))


def user_trains(user) -> bool:
    """A trainer of some provider (or a superuser); cached, as every page's menu asks."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return cache.get_or_set(
        trainer_key(user.pk),
        lambda: ProviderMembership.objects.filter(
            user=user, role=ProviderMembership.Role.TRAINER
        ).exists(),
        TRAINS_FOR_TIMEOUT,
    )


def user_learns(user) -> bool:
    """Whether "My learning" belongs in the menu: not for a trainer who is not also a learner."""
    return not user_trains(user) or roles.user_has_role(user, roles.LEARNER)


def trainer_home(*, user) -> list[dict]:
    result = []
    for section in sections():
        items = section.items(user)
        result.append({"section": section, "items": items, "count": len(items)})
    return result
