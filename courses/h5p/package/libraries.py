"""Library folders of a package, resolving dependencies, and what gets installed.

As in H5P core, library copies in a package matter only when they would be installed: when
every library the content needs is installed already and the uploader would install none of
the package's copies (none is newer, or the uploader may not install), the copies are neither
checked nor extracted and the installed libraries are used."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext as _

from intervisor.safeinput import json_parse

from .archive import MAX_JSON_DEPTH
from .refusal import LibraryKey, PackageRefused, folder_name, library_label
from .svg import svg_problem
from .whitelist import extension, library_file_problem

MACHINE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,99}$")
LIBRARY_FOLDER = re.compile(r"^([A-Za-z][A-Za-z0-9._-]{0,99})-(\d{1,4})\.(\d{1,4})$")
MAX_DEPENDENCY_DEPTH = 50


@dataclass(frozen=True)
class InstalledLibrary:
    """What the checker needs to know of a library already in the store."""

    patch: int
    metadata: Mapping


@dataclass
class PackagedLibrary:
    key: LibraryKey
    patch: int
    metadata: dict
    files: dict[str, bytes]

    @property
    def folder(self) -> str:
        return folder_name(self.key)


def packaged_libraries(
    folders: Mapping[str, dict[str, bytes]],
) -> tuple[dict[LibraryKey, PackagedLibrary], list[str]]:
    """Every library folder checked completely: files, library.json, SVGs."""
    libraries: dict[LibraryKey, PackagedLibrary] = {}
    problems: list[str] = []
    for folder, files in sorted(folders.items()):
        library, problem = _packaged_library(folder, files)
        if problem:
            problems.append(problem)
            continue
        file_problems = [
            problem
            for relative in sorted(files)
            if (problem := library_file_problem(f"{folder}/{relative}"))
        ]
        file_problems += svg_problems(
            {f"{folder}/{relative}": payload for relative, payload in files.items()}
        )
        if file_problems:
            problems += file_problems
        else:
            libraries[library.key] = library
    return libraries, problems


def library_versions(folders: Mapping[str, dict[str, bytes]]) -> dict[LibraryKey, int]:
    """The key and patch each library folder claims, read leniently (nothing is refused here:
    only used to see whether any copy is newer than the installed one)."""
    versions = {}
    for files in folders.values():
        try:
            metadata = json_parse(files["library.json"], max_depth=MAX_JSON_DEPTH)
            key = _library_key(metadata)
            versions[key] = int(metadata.get("patchVersion", 0))
        except (
            KeyError,
            UnicodeDecodeError,
            ValueError,
            TypeError,
            AttributeError,
            RecursionError,
        ):
            continue
    return versions


def svg_problems(files: Mapping[str, bytes]) -> list[str]:
    problems = []
    for name, payload in files.items():
        if extension(name) == "svg" and (reason := svg_problem(payload)):
            problems.append(
                _(
                    "%(name)s: SVG images may not contain scripts, event handlers, entities or "
                    "external references (found: %(reason)s)."
                )
                % {"name": name[:200], "reason": reason}
            )
    return problems


def _library_key(metadata) -> LibraryKey:
    return (
        metadata["machineName"],
        int(metadata["majorVersion"]),
        int(metadata["minorVersion"]),
    )


def _packaged_library(folder: str, files: dict[str, bytes]):
    shown = {"folder": folder[:120]}
    if not LIBRARY_FOLDER.match(folder):
        return None, _("%(folder)s/ is not a library folder (expected Name-major.minor).") % shown
    if "library.json" not in files:
        return None, _("%(folder)s/library.json is missing.") % shown
    try:
        metadata = json_parse(files["library.json"], max_depth=MAX_JSON_DEPTH)
        key = _library_key(metadata)
        patch = int(metadata.get("patchVersion", 0))
    except (UnicodeDecodeError, KeyError, TypeError, ValueError, RecursionError):
        return None, _("%(folder)s/library.json is not a valid library definition.") % shown
    if not isinstance(key[0], str) or not MACHINE_NAME.match(key[0]):
        return None, _("%(folder)s/library.json has an invalid machine name.") % shown
    if folder_name(key) != folder:
        return None, _("%(folder)s/ holds library %(library)s: folder and library.json differ.") % {
            **shown,
            "library": library_label(key),
        }
    problem = _preloaded_problem(folder, metadata, files)
    if problem:
        return None, problem
    return PackagedLibrary(key=key, patch=patch, metadata=metadata, files=files), None


def _preloaded_problem(folder: str, metadata: Mapping, files: Mapping[str, bytes]) -> str | None:
    shown = {"folder": folder[:120]}
    for kind, suffix in (("preloadedJs", ".js"), ("preloadedCss", ".css")):
        items = metadata.get(kind)
        if items is None:
            continue
        if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
            return _(
                '%(folder)s/library.json: %(field)s must be a list of files like {"path": "..."}.'
            ) % {**shown, "field": kind}
        for item in items:
            path = item.get("path")
            if not isinstance(path, str) or not path.endswith(suffix) or path not in files:
                return _("%(folder)s/library.json loads %(path)s, which is not in the package.") % {
                    **shown,
                    "path": str(path)[:120],
                }
    return None


def main_library(metadata: Mapping) -> LibraryKey:
    main = metadata["mainLibrary"]
    for dependency in dependencies_of(metadata, kinds=("preloadedDependencies",)):
        if dependency[0] == main:
            return dependency
    raise PackageRefused(
        [
            _("h5p.json names %(library)s as main library but does not load it.")
            % {"library": str(main)[:120]}
        ]
    )


def dependencies_of(
    metadata: Mapping, kinds=("preloadedDependencies", "dynamicDependencies")
) -> list[LibraryKey]:
    keys = []
    for kind in kinds:
        dependencies = metadata.get(kind) or []
        if not isinstance(dependencies, list):
            raise PackageRefused([_("A library dependency in the package is malformed.")])
        for dependency in dependencies:
            if not isinstance(dependency, Mapping):
                raise PackageRefused([_("A library dependency in the package is malformed.")])
            try:
                keys.append(
                    (
                        str(dependency["machineName"]),
                        int(dependency["majorVersion"]),
                        int(dependency["minorVersion"]),
                    )
                )
            except (KeyError, TypeError, ValueError):
                raise PackageRefused(
                    [_("A library dependency in the package is malformed.")]
                ) from None
    return keys


def resolve(
    metadata: Mapping,
    libraries: Mapping[LibraryKey, PackagedLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
) -> tuple[list[LibraryKey], list[str]]:
    """Every library the content needs, dependencies first; missing ones are named.

    Depth-first without recursion; a chain deeper than MAX_DEPENDENCY_DEPTH is refused (H5P
    libraries may depend on each other in a cycle: load order is enough there)."""
    order: list[LibraryKey] = []
    problems: list[str] = []
    state: dict[LibraryKey, str] = {}
    for root in dependencies_of(metadata):
        stack: list[tuple[LibraryKey, str, list[LibraryKey] | None]] = [(root, "h5p.json", None)]
        while stack:
            key, needed_by, pending = stack.pop()
            if pending is None:
                if key in state:
                    continue
                if key in libraries:
                    library_metadata = libraries[key].metadata
                elif key in installed:
                    library_metadata = installed[key].metadata
                else:
                    problems.append(
                        _(
                            "Library %(library)s is missing: it is neither in the package nor "
                            "installed (needed by %(needed_by)s)."
                        )
                        % {"library": library_label(key), "needed_by": needed_by}
                    )
                    state[key] = "done"
                    continue
                state[key] = "visiting"
                pending = list(reversed(dependencies_of(library_metadata)))
            if len(stack) >= MAX_DEPENDENCY_DEPTH:
                raise PackageRefused(
                    [
                        _("The libraries depend on each other more than %(max)s levels deep.")
                        % {"max": MAX_DEPENDENCY_DEPTH}
                    ]
                )
            while pending and pending[-1] in state:
                pending.pop()
            if pending:
                child = pending.pop()
                stack.append((key, needed_by, pending))
                stack.append((child, library_label(key), None))
            else:
                state[key] = "done"
                order.append(key)
    return order, problems


def installation_plan(
    required: list[LibraryKey],
    libraries: Mapping[LibraryKey, PackagedLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
    may_install,
) -> tuple[list[PackagedLibrary], list[str]]:
    """Which packaged libraries get installed; `may_install(name)` says whether the uploader
    may install that library."""
    plan: list[PackagedLibrary] = []
    problems: list[str] = []
    for key in required:
        library = libraries.get(key)
        if library is None:
            continue
        current = installed.get(key)
        if current is None:
            if may_install(key[0]):
                plan.append(library)
            else:
                problems.append(
                    _(
                        "Library %(library)s is not installed on this site and only a site "
                        "administrator may install new libraries."
                    )
                    % {"library": library_label(key)}
                )
        elif library.patch > current.patch and may_install(key[0]):
            plan.append(library)  # a newer patch release replaces the installed files
    return plan, problems
