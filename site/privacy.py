"""AVG/GDPR: every app that stores personal data registers how to export and erase it.

Apps call `register()` in AppConfig.ready(). `intervisor.accounts.services.user_data_export`
and `user_account_delete` walk the registry, so a new app's data is covered by adding one
registration, and the account pages never import feature apps.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DataSection:
    key: str
    export: Callable  # (user) -> JSON-serialisable value
    erase: Callable  # (user) -> None; deletes or anonymises, inside the caller's transaction
    order: int


_sections: dict[str, DataSection] = {}


def register(key: str, *, export: Callable, erase: Callable, order: int = 100) -> None:
    _sections[key] = DataSection(key, export, erase, order)


def sections() -> list[DataSection]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))
