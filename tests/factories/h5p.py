"""H5P packages for tests, built offline from our own content type, and broken variants."""

import io
import json
import zipfile

from django.test import TestCase

from courses.h5p.builder import DEMO_CHECK, check_package
from courses.h5p.models import H5PContent
from courses.h5p.services import h5p_content_create

CHECK_OPTIONS = [
    {"text": "Benoem de stap en parkeer het advies", "correct": True, "feedback": "Goed."},
    {"text": "Geef zelf ook advies", "correct": False, "feedback": "Liever niet."},
]


def good_package(**overrides) -> bytes:
    params = {
        "title": "Vraag over oplossingsdrang",
        "situation": DEMO_CHECK["situation"],
        "question": "Wat doe je?",
        "options": CHECK_OPTIONS,
    }
    params.update(overrides)
    return check_package(**params)


def zip_files(files: dict[str, bytes], *, symlinks: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, payload in files.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in symlinks:
                info.create_system = 3
                info.external_attr = 0o120777 << 16
            archive.writestr(info, payload)
    return buffer.getvalue()


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def package_with(extra: dict[str, bytes] | None = None, *, drop=(), symlinks=()) -> bytes:
    """The good package with files added, replaced or dropped."""
    files = {k: v for k, v in unzip(good_package()).items() if k not in drop}
    files.update(extra or {})
    return zip_files(files, symlinks=symlinks)


def package_needing(dependency: dict) -> bytes:
    """The good package whose library declares one more preloaded dependency."""
    files = unzip(good_package())
    name = "H5P.IntervisorCheck-1.0/library.json"
    library = json.loads(files[name])
    library["preloadedDependencies"] = [dependency]
    files[name] = json.dumps(library).encode()
    return zip_files(files)


def make_content(*, provider, user, data: bytes | None = None, title: str = "") -> H5PContent:
    """Upload through the service and run the on-commit extraction (eager in tests)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        content = h5p_content_create(
            provider=provider, title=title, data=data or good_package(), user=user
        )
    content.refresh_from_db()
    return content
