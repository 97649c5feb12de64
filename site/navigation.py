"""Main navigation, filled by each app in its AppConfig.ready().

Apps register their own entry so the site layer never imports them (dependencies point
inward: certification -> courses, practice -> intervisor).
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language


@dataclass(frozen=True)
class NavItem:
    key: str
    label: str  # a lazy translation
    url_name: str
    order: int
    login_required: bool = False
    # (user) -> bool, for items only some logged-in people see (the trainer's home)
    visible: Callable | None = None


_items: dict[str, NavItem] = {}


def register(
    key: str,
    label,
    url_name: str,
    *,
    order: int,
    login_required: bool = False,
    visible: Callable | None = None,
):
    """`visible(user)` makes an item conditional; such items imply `login_required`."""
    _items[key] = NavItem(key, label, url_name, order, login_required or bool(visible), visible)


@cache
def _resolved(language: str, registered: int) -> tuple[tuple[NavItem, str], ...]:
    """Each item with its URL in one language; URLs only change with the language prefix."""
    found = []
    for item in sorted(_items.values(), key=lambda i: i.order):
        try:
            found.append((item, reverse(item.url_name)))
        except NoReverseMatch:
            continue
    return tuple(found)


def items_for(request) -> list[dict]:
    user = getattr(request, "user", None)
    logged_in = bool(user and user.is_authenticated)
    path = request.path
    result = []
    for item, url in _resolved(get_language(), len(_items)):
        if item.login_required and not logged_in:
            continue
        if item.visible is not None and not item.visible(user):
            continue
        result.append(
            {
                "key": item.key,
                "label": item.label,
                "url": url,
                "active": path.startswith(url) and url != "/",
            }
        )
    return result
