"""AVG/GDPR: every app that stores personal data registers how to export and erase it.

Apps call `register()` in AppConfig.ready(). `intervisor.accounts.services.user_data_export`
and `user_account_delete` walk the registry, so a new app's data is covered by adding one
registration, and the account pages never import feature apps.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ErasureOption:
    """A choice the user makes when deleting the account (a checkbox on the delete form)."""

    name: str
    label: str
    help_text: str = ""


@dataclass(frozen=True)
class DataSection:
    key: str
    export: Callable  # (user) -> JSON-serialisable value
    # (user) -> None, or (user, *, options: set[str]) when the section declares options;
    # deletes or anonymises, inside the caller's transaction.
    erase: Callable
    order: int
    options: tuple[ErasureOption, ...] = ()

    def run_erase(self, user, chosen: set[str]) -> None:
        if self.options:
            self.erase(user, options={o.name for o in self.options} & chosen)
        else:
            self.erase(user)


_sections: dict[str, DataSection] = {}


def register(
    key: str,
    *,
    export: Callable,
    erase: Callable,
    order: int = 100,
    options: tuple[ErasureOption, ...] = (),
) -> None:
    _sections[key] = DataSection(key, export, erase, order, tuple(options))


def sections() -> list[DataSection]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))


def erasure_options() -> list[ErasureOption]:
    return [option for section in sections() for option in section.options]
