"""Check an uploaded .h5p file before anything is stored: our wrapper around pyh5p.

pyh5p reads packages safely (traversal, symlinks, zip bombs, many bad extensions) but leaves
gaps that matter when the content is played on our servers. This module closes them:

- dependencies are resolved against the package's own libraries AND the installed ones, and a
  library that is missing, or that the uploader may not install, is named;
- content/ may hold data and media only (no .js, .css, .html, ...);
- no dotfiles, no extension-less files, no unexpected top-level files;
- SVG files may not carry scripts, event handlers, javascript: URLs or entity declarations;
- library folders must match their library.json, and the files it preloads must exist.

Every problem becomes a translated message; a refused package raises PackageRefused with all
problems found, and the caller writes nothing.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pyh5p
from django.conf import settings
from django.utils.translation import gettext as _
from pyh5p import PackageLimits

MACHINE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9._-]{0,99}$")
LIBRARY_FOLDER = re.compile(r"^([A-Za-z][A-Za-z0-9._-]{0,99})-(\d{1,4})\.(\d{1,4})$")
MAX_FILES = 5000
MAX_COMPRESSION_RATIO = 100.0
MAX_PROBLEMS = 25

CONTENT_EXTENSIONS = frozenset(
    {"json", "png", "jpg", "jpeg", "gif", "webp", "svg", "mp3", "m4a", "ogg", "wav", "mp4"}
    | {"webm", "ogv", "vtt", "webvtt", "pdf", "txt"}
)
LIBRARY_EXTENSIONS = frozenset(
    {"js", "css", "json", "map", "png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "md"}
    | {"woff", "woff2", "ttf", "otf", "eot", "mp3", "ogg", "wav", "mp4", "webm", "vtt", "txt"}
)
# Named in their own message: these can run code in a browser or on a server.
EXECUTABLE_EXTENSIONS = frozenset(
    {"php", "php3", "php4", "php5", "phtml", "phar", "html", "htm", "xhtml", "shtml", "js"}
    | {"mjs", "css", "svgz", "swf", "jsp", "asp", "aspx", "cgi", "pl", "py", "sh", "exe", "wasm"}
)
SVG_DANGER = re.compile(
    rb"<\s*script|<\s*foreignobject|<\s*iframe|<\s*embed|<\s*object|<!doctype|<!entity"
    rb"|\son[a-z]+\s*=|javascript\s*:|data\s*:\s*text/html",
    re.IGNORECASE,
)

LibraryKey = tuple[str, int, int]


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


@dataclass
class CheckedPackage:
    title: str
    main_library: LibraryKey
    metadata: dict
    content_files: dict[str, bytes]  # h5p.json and content/..., relative to the content folder
    required: list[LibraryKey]  # every library the player loads, dependencies first
    to_install: list[PackagedLibrary] = field(default_factory=list)  # new or newer patch
    max_score: int | None = None


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


def package_check(
    data: bytes,
    *,
    installed: Mapping[LibraryKey, InstalledLibrary],
    may_install: bool,
    installable_names: frozenset[str] | set[str] = frozenset(),
) -> CheckedPackage:
    """Validate an .h5p file completely; raise PackageRefused naming every problem."""
    archive = _open_archive(data)
    files = _read_members(archive)
    metadata = _read_json(files, "h5p.json", _("h5p.json"))
    if not isinstance(metadata, dict):
        raise PackageRefused([_("h5p.json must contain a JSON object.")])
    content = _read_json(files, "content/content.json", _("content/content.json"))
    if not isinstance(content, dict):
        raise PackageRefused([_("content/content.json must contain a JSON object.")])
    problems = _pyh5p_problems(data)
    libraries, library_problems = _packaged_libraries(files)
    problems += library_problems
    problems += _svg_problems(files)
    if problems:
        raise PackageRefused(problems)
    main = _main_library(metadata)
    required, dependency_problems = _resolve(metadata, libraries, installed)
    if dependency_problems:
        raise PackageRefused(dependency_problems)
    to_install, permission_problems = _installation_plan(
        required, libraries, installed, may_install, set(installable_names)
    )
    if permission_problems:
        raise PackageRefused(permission_problems)
    content_files = {
        name: payload
        for name, payload in files.items()
        if name == "h5p.json" or name.startswith("content/")
    }
    return CheckedPackage(
        title=metadata["title"],
        main_library=main,
        metadata=metadata,
        content_files=content_files,
        required=required,
        to_install=to_install,
        max_score=known_max_score(main[0], content),
    )


def known_max_score(machine_name: str, content: Mapping) -> int | None:
    """The maximum score of content types whose scoring we know from their parameters."""
    if machine_name == "H5P.IntervisorCheck":
        options = content.get("options")
        return len(options) if isinstance(options, list) and options else None
    if machine_name == "H5P.TrueFalse":
        return 1
    return None


# --- archive level ---------------------------------------------------------------------------


def _open_archive(data: bytes) -> zipfile.ZipFile:
    if not data:
        raise PackageRefused([_("The file is empty (0 bytes).")])
    limit = settings.H5P_MAX_UPLOAD_BYTES
    if len(data) > limit:
        raise PackageRefused(
            [_("The file is larger than the limit of %(mb)s MB.") % {"mb": limit // 2**20}]
        )
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise PackageRefused(
            [_("This is not an H5P file: an .h5p file is a ZIP archive and this one is not.")]
        ) from None


def _read_members(archive: zipfile.ZipFile) -> dict[str, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise PackageRefused(
            [_("The package holds more than %(count)s files.") % {"count": MAX_FILES}]
        )
    problems: list[str] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = _member_problem(name, info)
        if problem is None and name.lower() in seen:
            problem = _("%(name)s: the package holds this file twice.") % {"name": name}
        seen.add(name.lower())
        total += info.file_size
        if problem:
            problems.append(problem)
    if total > settings.H5P_MAX_EXPANDED_BYTES:
        problems.append(
            _("The package unpacks to more than %(mb)s MB (a zip bomb?).")
            % {"mb": settings.H5P_MAX_EXPANDED_BYTES // 2**20}
        )
    if problems:
        raise PackageRefused(problems)
    files: dict[str, bytes] = {}
    for info in infos:
        if info.is_dir():
            continue
        try:
            payload = archive.read(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError):
            raise PackageRefused(
                [
                    _("%(name)s cannot be unpacked: the archive is damaged.")
                    % {"name": info.filename}
                ]
            ) from None
        if len(payload) != info.file_size:
            raise PackageRefused(
                [_("%(name)s is not the size the archive claims.") % {"name": info.filename}]
            )
        files[info.filename] = payload
    return files


def _member_problem(name: str, info: zipfile.ZipInfo) -> str | None:
    shown = {"name": name[:200]}
    if (
        not name
        or name.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:", name)
        or "\\" in name
        or "\x00" in name
        or any(ord(ch) < 32 for ch in name)
    ):
        return _("%(name)s: absolute or unsafe path.") % shown
    parts = PurePosixPath(name.rstrip("/")).parts
    if any(part in {"", ".", ".."} for part in parts) or "//" in name:
        return _("%(name)s: the path leaves the package folder (path traversal).") % shown
    if ((info.external_attr >> 16) & 0o170000) == 0o120000:
        return _("%(name)s: symbolic links are not allowed.") % shown
    if any(part.startswith(".") for part in parts):
        return (
            _("%(name)s: hidden files and folders (starting with a dot) are not allowed.") % shown
        )
    if info.is_dir():
        return None
    if info.file_size > settings.H5P_MAX_EXPANDED_BYTES:
        return _("%(name)s is too large once unpacked.") % shown
    if info.file_size > 1024 and info.file_size / max(info.compress_size, 1) > (
        MAX_COMPRESSION_RATIO
    ):
        return _("%(name)s is compressed suspiciously well (a zip bomb?).") % shown
    return _extension_problem(name, parts)


def _extension_problem(name: str, parts: tuple[str, ...]) -> str | None:
    shown = {"name": name[:200]}
    suffix = PurePosixPath(name).suffix.lower().lstrip(".")
    if not suffix:
        return _("%(name)s: files without an extension are not allowed.") % shown
    if len(parts) == 1:
        if name != "h5p.json":
            return _("%(name)s: only h5p.json may sit at the top of the package.") % shown
        return None
    if parts[0] == "content":
        if suffix in EXECUTABLE_EXTENSIONS:
            return (
                _("%(name)s: scripts, stylesheets and web pages are not allowed in content/.")
                % shown
            )
        if suffix not in CONTENT_EXTENSIONS:
            return _("%(name)s: files of type .%(ext)s are not allowed in content/.") % {
                **shown,
                "ext": suffix,
            }
        return None
    if suffix not in LIBRARY_EXTENSIONS:
        return _("%(name)s: files of type .%(ext)s are not allowed in a library.") % {
            **shown,
            "ext": suffix,
        }
    return None


def _read_json(files: Mapping[str, bytes], name: str, label: str):
    if name not in files:
        if name == "h5p.json":
            raise PackageRefused([_("h5p.json is missing: this is not an H5P package.")])
        raise PackageRefused(
            [_("%(file)s is missing: the package has no content.") % {"file": label}]
        )
    try:
        return json.loads(files[name].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(
            [_("%(file)s is not valid JSON (%(error)s).") % {"file": label, "error": exc}]
        ) from None


def _pyh5p_problems(data: bytes) -> list[str]:
    """pyh5p's own reading and validation, as a second line of defence."""
    limits = PackageLimits(
        max_files=MAX_FILES,
        max_file_size=settings.H5P_MAX_EXPANDED_BYTES,
        max_total_size=settings.H5P_MAX_EXPANDED_BYTES,
        max_compression_ratio=MAX_COMPRESSION_RATIO,
    )
    try:
        package = pyh5p.read_package(data, limits=limits)
    except pyh5p.PackageError as exc:
        return [_("The package cannot be read: %(error)s") % {"error": exc}]
    problems = []
    for issue in package.validate(require_content=True):
        if issue.keyword in {"dependency", "additionalProperties"}:
            # Reported in our own words: missing libraries by _resolve(), stray top-level
            # files and folders by _extension_problem() and _packaged_library().
            continue
        problems.append(
            _("%(where)s: %(problem)s") % {"where": issue.path, "problem": issue.message}
        )
    return problems


# --- libraries -------------------------------------------------------------------------------


def _packaged_libraries(
    files: Mapping[str, bytes],
) -> tuple[dict[LibraryKey, PackagedLibrary], list]:
    grouped: dict[str, dict[str, bytes]] = {}
    for name, payload in files.items():
        top, _sep, rest = name.partition("/")
        if rest and top != "content":
            grouped.setdefault(top, {})[rest] = payload
    libraries: dict[LibraryKey, PackagedLibrary] = {}
    problems: list[str] = []
    for folder, library_files in sorted(grouped.items()):
        library, problem = _packaged_library(folder, library_files)
        if problem:
            problems.append(problem)
        else:
            libraries[library.key] = library
    return libraries, problems


def _packaged_library(folder: str, files: dict[str, bytes]):
    shown = {"folder": folder[:120]}
    match = LIBRARY_FOLDER.match(folder)
    if not match:
        return None, _("%(folder)s/ is not a library folder (expected Name-major.minor).") % shown
    if "library.json" not in files:
        return None, _("%(folder)s/library.json is missing.") % shown
    try:
        metadata = json.loads(files["library.json"].decode("utf-8"))
        key = (
            metadata["machineName"],
            int(metadata["majorVersion"]),
            int(metadata["minorVersion"]),
        )
        patch = int(metadata.get("patchVersion", 0))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError):
        return None, _("%(folder)s/library.json is not a valid library definition.") % shown
    if not isinstance(key[0], str) or not MACHINE_NAME.match(key[0]):
        return None, _("%(folder)s/library.json has an invalid machine name.") % shown
    if folder_name(key) != folder:
        return None, _("%(folder)s/ holds library %(library)s: folder and library.json differ.") % {
            **shown,
            "library": library_label(key),
        }
    for kind, suffix in (("preloadedJs", ".js"), ("preloadedCss", ".css")):
        for item in metadata.get(kind) or []:
            path = item.get("path") if isinstance(item, Mapping) else None
            if not isinstance(path, str) or not path.endswith(suffix) or path not in files:
                return None, _(
                    "%(folder)s/library.json loads %(path)s, which is not in the package."
                ) % {
                    **shown,
                    "path": str(path)[:120],
                }
    return PackagedLibrary(key=key, patch=patch, metadata=metadata, files=files), None


def _svg_problems(files: Mapping[str, bytes]) -> list[str]:
    return [
        _("%(name)s: SVG images may not contain scripts, event handlers or entities.")
        % {"name": name[:200]}
        for name, payload in files.items()
        if name.lower().endswith(".svg") and SVG_DANGER.search(payload)
    ]


def _main_library(metadata: Mapping) -> LibraryKey:
    main = metadata["mainLibrary"]
    for dependency in metadata.get("preloadedDependencies") or []:
        if dependency.get("machineName") == main:
            return _dependency_key(dependency)
    raise PackageRefused(
        [_("h5p.json names %(library)s as main library but does not load it.") % {"library": main}]
    )


def _dependency_key(dependency: Mapping) -> LibraryKey:
    try:
        return (
            str(dependency["machineName"]),
            int(dependency["majorVersion"]),
            int(dependency["minorVersion"]),
        )
    except (KeyError, TypeError, ValueError):
        raise PackageRefused([_("A library dependency in the package is malformed.")]) from None


def _dependencies_of(metadata: Mapping) -> list[LibraryKey]:
    keys = []
    for kind in ("preloadedDependencies", "dynamicDependencies"):
        for dependency in metadata.get(kind) or []:
            if not isinstance(dependency, Mapping):
                raise PackageRefused([_("A library dependency in the package is malformed.")])
            keys.append(_dependency_key(dependency))
    return keys


def _resolve(
    metadata: Mapping,
    libraries: Mapping[LibraryKey, PackagedLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
) -> tuple[list[LibraryKey], list[str]]:
    """Every library the content needs, dependencies first; missing ones are named."""
    order: list[LibraryKey] = []
    problems: list[str] = []
    state: dict[LibraryKey, str] = {}

    def visit(key: LibraryKey, needed_by: str) -> None:
        if state.get(key) == "done" or state.get(key) == "visiting":
            return  # H5P libraries may depend on each other in a cycle; load order is enough
        if key in libraries:
            library_metadata = libraries[key].metadata
        elif key in installed:
            library_metadata = installed[key].metadata
        else:
            problems.append(
                _(
                    "Library %(library)s is missing: it is neither in the package nor installed "
                    "(needed by %(needed_by)s)."
                )
                % {"library": library_label(key), "needed_by": needed_by}
            )
            state[key] = "done"
            return
        state[key] = "visiting"
        for dependency in _dependencies_of(library_metadata):
            visit(dependency, library_label(key))
        state[key] = "done"
        order.append(key)

    for key in _dependencies_of(metadata):
        visit(key, "h5p.json")
    return order, problems


def _installation_plan(
    required: list[LibraryKey],
    libraries: Mapping[LibraryKey, PackagedLibrary],
    installed: Mapping[LibraryKey, InstalledLibrary],
    may_install: bool,
    installable_names: set[str],
) -> tuple[list[PackagedLibrary], list[str]]:
    """Which packaged libraries get installed; an editor may only use installed versions."""
    plan: list[PackagedLibrary] = []
    problems: list[str] = []
    for key in required:
        library = libraries.get(key)
        if library is None:
            continue
        allowed = may_install or key[0] in installable_names
        current = installed.get(key)
        if current is None:
            if allowed:
                plan.append(library)
            else:
                problems.append(
                    _(
                        "Library %(library)s is not installed on this site and only a site "
                        "administrator may install new libraries."
                    )
                    % {"library": library_label(key)}
                )
        elif library.patch > current.patch and allowed:
            plan.append(library)  # a newer patch release replaces the installed files
    return plan, problems
