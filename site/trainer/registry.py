"""Sections of the trainer home; see the package docstring."""

from collections.abc import Callable
from dataclasses import dataclass

ITEMS_MAX = 20


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    detail: str = ""
    progress: int | None = None  # percent, for cohorts


@dataclass(frozen=True)
class Section:
    key: str
    label: str  # lazy translation
    items: Callable[..., list[Item]]  # (user) -> items
    order: int
    empty: str = ""  # lazy translation shown when nothing waits
    more_url_name: str | None = None


_sections: dict[str, Section] = {}


def register(key, label, items, *, order: int, empty="", more_url_name=None) -> None:
    _sections[key] = Section(key, label, items, order, empty, more_url_name)


def sections() -> list[Section]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))
