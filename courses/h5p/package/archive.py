"""Reading the ZIP safely: member names, sizes and compression before any byte is read, then
the members sorted into h5p.json, content files and library folders; H5P's ignored files are
skipped unread. JSON is read through the site's one JSON guard (intervisor.safeinput)."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.conf import settings
from django.utils.translation import gettext as _

from intervisor.safeinput import JSONRefused, json_parse

from .refusal import PackageRefused
from .whitelist import ignored_by_h5p

MAX_FILES = 5000
MAX_COMPRESSION_RATIO = 100.0
MAX_NAME_PART_BYTES = 255
MAX_JSON_DEPTH = 100


@dataclass
class Members:
    """The package's files that H5P core reads, by role; skipped names are only listed."""

    h5p_json: bytes | None = None
    content: dict[str, bytes] = field(default_factory=dict)  # content/..., full names
    libraries: dict[str, dict[str, bytes]] = field(default_factory=dict)  # folder -> files
    skipped: list[str] = field(default_factory=list)


def open_archive(data: bytes) -> zipfile.ZipFile:
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


def read_members(archive: zipfile.ZipFile) -> Members:
    """Every member's name and size checked first (nothing read), then the kept ones read."""
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise PackageRefused(
            [_("The package holds more than %(count)s files.") % {"count": MAX_FILES}]
        )
    problems: list[str] = []
    seen: set[str] = set()
    kept: list[zipfile.ZipInfo] = []
    members = Members()
    total = 0
    for info in infos:
        name = info.filename
        problem = member_problem(name, info)
        if problem is None and name.lower() in seen:
            problem = _("%(name)s: the package holds this file twice.") % {"name": name[:200]}
        seen.add(name.lower())
        if problem:
            problems.append(problem)
        elif info.is_dir():
            continue
        elif ignored_by_h5p(name):
            members.skipped.append(name)
        else:
            total += info.file_size
            kept.append(info)
    if total > settings.H5P_MAX_EXPANDED_BYTES:
        problems.append(
            _("The package unpacks to more than %(mb)s MB (a zip bomb?).")
            % {"mb": settings.H5P_MAX_EXPANDED_BYTES // 2**20}
        )
    if problems:
        raise PackageRefused(problems)
    for info in kept:
        _sort(members, info.filename, _read(archive, info))
    return members


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        payload = archive.read(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, ValueError):
        raise PackageRefused(
            [_("%(name)s cannot be unpacked: the archive is damaged.") % {"name": info.filename}]
        ) from None
    if len(payload) != info.file_size:
        raise PackageRefused(
            [_("%(name)s is not the size the archive claims.") % {"name": info.filename}]
        )
    return payload


def _sort(members: Members, name: str, payload: bytes) -> None:
    if name == "h5p.json":
        members.h5p_json = payload
        return
    top, _sep, rest = name.partition("/")
    if top == "content":
        members.content[name] = payload
    else:
        members.libraries.setdefault(top, {})[rest] = payload


def member_problem(name: str, info: zipfile.ZipInfo) -> str | None:
    """Unsafe names, links and sizes: refused even where H5P would skip the file."""
    shown = {"name": name[:200]}
    if (
        not name
        or name.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:", name)
        or "\\" in name
        or any(ord(ch) < 32 for ch in name)
    ):
        return _("%(name)s: absolute or unsafe path.") % shown
    parts = PurePosixPath(name.rstrip("/")).parts
    if any(part in {"", ".", ".."} for part in parts) or "//" in name:
        return _("%(name)s: the path leaves the package folder (path traversal).") % shown
    if any(len(part.encode("utf-8")) > MAX_NAME_PART_BYTES for part in parts):
        return _("%(name)s: a file or folder name is longer than %(max)s bytes.") % {
            **shown,
            "max": MAX_NAME_PART_BYTES,
        }
    if ((info.external_attr >> 16) & 0o170000) == 0o120000:
        return _("%(name)s: symbolic links are not allowed.") % shown
    if info.is_dir():
        return None
    if info.file_size > settings.H5P_MAX_EXPANDED_BYTES:
        return _("%(name)s is too large once unpacked.") % shown
    if info.file_size > 1024 and info.file_size / max(info.compress_size, 1) > (
        MAX_COMPRESSION_RATIO
    ):
        return _("%(name)s is compressed suspiciously well (a zip bomb?).") % shown
    return None


def read_json(payload: bytes | None, label: str, *, missing: str):
    """Parsed JSON, refused with `missing` when absent, or with the site's one JSON guard's
    reason (invalid, nested deeper than MAX_JSON_DEPTH, NUL characters, NaN), so every later
    reader may recurse safely."""
    if payload is None:
        raise PackageRefused([missing])
    try:
        return json_parse(payload, max_depth=MAX_JSON_DEPTH)
    except JSONRefused as refused:
        raise PackageRefused(
            [_("%(file)s: %(problem)s") % {"file": label, "problem": refused}]
        ) from None
