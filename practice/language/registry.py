"""The kinds of text `language_classify` and the views can check, by name.

Interventions and intervisie questions are checked here; certification registers its
learning-goal checker in its AppConfig.ready(), so practice never imports certification.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    classify: Callable[[str], dict]  # text -> JSON-serialisable result
    fields: tuple[str, ...]  # the result's keys the command writes, besides "id"


_kinds: dict[str, Kind] = {}


def register(name: str, classify: Callable[[str], dict], fields: tuple[str, ...]) -> None:
    _kinds[name] = Kind(name, classify, fields)


def kinds() -> dict[str, Kind]:
    return dict(sorted(_kinds.items()))


def get(name: str) -> Kind:
    return _kinds[name]
