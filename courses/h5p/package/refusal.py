"""The one exception a refused package raises, and how libraries are named in messages."""

from __future__ import annotations

from django.utils.translation import gettext as _

MAX_PROBLEMS = 25

LibraryKey = tuple[str, int, int]


class PackageRefused(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            self.problems.append(
                _("... and %(count)s more problems.") % {"count": len(problems) - MAX_PROBLEMS}
            )
        super().__init__("\n".join(self.problems))


def folder_name(key: LibraryKey) -> str:
    return f"{key[0]}-{key[1]}.{key[2]}"


def library_label(key: LibraryKey) -> str:
    return f"{key[0]} {key[1]}.{key[2]}"
