"""AVG/GDPR: every app that stores personal data registers how to export and erase it.

Apps call `register()` in AppConfig.ready(). `intervisor.accounts.services.user_data_export`
and `user_account_delete` walk the registry, so a new app's data is covered by adding one
registration, and the account pages never import feature apps.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Q
from wagtail.models import Page


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


# Free text other people typed is scrubbed of a deleted person's full name and e-mail address
# (see `names_scrub`). Pages are editorial content with their own revisions and are left
# alone, as are the fields a section keeps on purpose (a certificate's holder name, say).
_OWN_APPS = ("intervisor", "courses", "practice", "certification")
_kept_fields: set[str] = set()


def keep_field(label: str) -> None:
    """`app_label.Model.field` is never scrubbed (its section decides about it)."""
    _kept_fields.add(label)


def _typed_text_fields(model) -> list:
    return [
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField)
        and not (f.primary_key or f.unique or f.choices)
        and f"{model._meta.label}.{f.name}" not in _kept_fields
    ]


def _scrubbable_models() -> list:
    return [
        model
        for config in django_apps.get_app_configs()
        if config.name.split(".")[0] in _OWN_APPS
        for model in config.get_models()
        if model is not get_user_model() and not issubclass(model, Page) and not model._meta.proxy
    ]


def names_scrub(needles: list[str], replacement: str) -> int:
    """Replace every occurrence of `needles` (a full name, an e-mail address; case-insensitive,
    whole words) in the free text of this project's records with `replacement`. Returns the
    number of rows changed. One query per model finds the rows; only those are rewritten."""
    needles = [n.strip() for n in needles if n and n.strip()]
    if not needles:
        return 0
    pattern = re.compile(
        "|".join(rf"(?<![\w.@+-]){re.escape(n)}(?![\w@-])" for n in needles), re.IGNORECASE
    )
    changed = 0
    for model in _scrubbable_models():
        fields = _typed_text_fields(model)
        if not fields:
            continue
        found = Q()
        for field in fields:
            for needle in needles:
                found |= Q(**{f"{field.attname}__icontains": needle})
        for row in model._default_manager.filter(found).only("pk", *(f.attname for f in fields)):
            dirty = []
            for field in fields:
                value = getattr(row, field.attname)
                new = pattern.sub(replacement, value) if value else value
                if new != value:
                    setattr(row, field.attname, new[: field.max_length or None])
                    dirty.append(field.attname)
            if dirty:
                row.save(update_fields=dirty)
                changed += 1
    return changed
