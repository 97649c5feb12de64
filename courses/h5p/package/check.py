"""package_check: the whole check of an uploaded .h5p file, in the order H5P core reads it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pyh5p
from django.utils.translation import gettext as _

from ..maxscore import content_max_score
from .archive import Members, open_archive, read_json, read_members
from .libraries import (
    InstalledLibrary,
    PackagedLibrary,
    installation_plan,
    library_versions,
    main_library,
    packaged_libraries,
    resolve,
    svg_problems,
)
from .refusal import LibraryKey, PackageRefused
from .whitelist import content_file_problem


@dataclass
class CheckedPackage:
    title: str
    main_library: LibraryKey
    metadata: dict
    content_files: dict[str, bytes]  # h5p.json and content/..., relative to the content folder
    required: list[LibraryKey]  # every library the player loads, dependencies first
    to_install: list[PackagedLibrary] = field(default_factory=list)  # new or newer patch
    max_score: int | None = None
    skipped: list[str] = field(default_factory=list)  # ignored as H5P core ignores them

    @property
    def unpacked_bytes(self) -> int:
        """The content files this upload stores (libraries are shared)."""
        return sum(len(payload) for payload in self.content_files.values())


def package_check(
    data: bytes,
    *,
    installed: Mapping[LibraryKey, InstalledLibrary],
    may_install: bool,
    installable_names: Collection[str] = frozenset(),
) -> CheckedPackage:
    """Validate an .h5p file completely; raise PackageRefused naming every problem."""
    members = read_members(open_archive(data))
    metadata = read_json(
        members.h5p_json,
        _("h5p.json"),
        missing=_("h5p.json is missing: this is not an H5P package."),
    )
    if not isinstance(metadata, dict):
        raise PackageRefused([_("h5p.json must contain a JSON object.")])
    content = read_json(
        members.content.get("content/content.json"),
        _("content/content.json"),
        missing=_("%(file)s is missing: the package has no content.")
        % {"file": _("content/content.json")},
    )
    if not isinstance(content, dict):
        raise PackageRefused([_("content/content.json must contain a JSON object.")])
    problems = [p for name in sorted(members.content) if (p := content_file_problem(name))]
    problems += svg_problems(members.content)
    problems += _pyh5p_problems(metadata, content, members)
    if problems:
        raise PackageRefused(problems)
    main = main_library(metadata)

    def allowed(name: str) -> bool:
        return may_install or name in installable_names

    required, to_install = _libraries(metadata, members, installed, allowed)
    content_files = {"h5p.json": members.h5p_json, **members.content}
    return CheckedPackage(
        title=metadata["title"],
        main_library=main,
        metadata=metadata,
        content_files=content_files,
        required=required,
        to_install=to_install,
        max_score=content_max_score(main[0], content),
        skipped=members.skipped,
    )


def _libraries(metadata, members: Members, installed, allowed):
    """(required, to_install). The package's library copies are checked only when one of them
    would be installed (as H5P core does for a user who may not install libraries)."""
    required, missing = resolve(metadata, {}, installed)
    if not missing:
        versions = library_versions(members.libraries)
        if not any(
            allowed(key[0]) and versions.get(key, -1) > installed[key].patch for key in required
        ):
            return required, []
    libraries, problems = packaged_libraries(members.libraries)
    if problems:
        raise PackageRefused(problems)
    required, problems = resolve(metadata, libraries, installed)
    if problems:
        raise PackageRefused(problems)
    to_install, problems = installation_plan(required, libraries, installed, allowed)
    if problems:
        raise PackageRefused(problems)
    return required, to_install


def _pyh5p_problems(metadata: dict, content: dict, members: Members) -> list[str]:
    """pyh5p's validation of h5p.json and the content's media references, as a second line of
    defence (libraries are ours to judge: they may be installed rather than packaged)."""
    package = pyh5p.H5PPackage(
        metadata, content, (), {"h5p.json": members.h5p_json, **members.content}
    )
    problems = []
    for issue in package.validate(require_content=True):
        if issue.keyword in {"dependency", "additionalProperties"}:
            continue  # missing libraries are named by resolve()
        problems.append(
            _("%(where)s: %(problem)s") % {"where": issue.path, "problem": issue.message}
        )
    return problems
