"""The package checker: a good package passes, every kind of malicious package is refused
with its own message and nothing reaches the storage."""

import io
import json
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.test import TestCase

from courses.h5p.models import H5PContent, H5PLibrary
from courses.h5p.package import PackageRefused
from courses.h5p.services import h5p_content_create, h5p_package_check
from tests.factories.h5p import (
    good_package,
    make_content,
    package_needing,
    package_with,
    unzip,
    zip_files,
)
from tests.h5p.conftest import stored_files

LIB = "H5P.IntervisorCheck-1.0"


def _without_h5p_json():
    return package_with(drop=("h5p.json",))


def _bomb():
    return package_with({"content/padding.json": b"0" * (5 * 1024 * 1024)})


def _stored(extra: dict[str, bytes]) -> bytes:
    """The good package with files added uncompressed (not a zip bomb, just big)."""
    files = unzip(good_package())
    files.update(extra)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, payload in files.items():
            archive.writestr(name, payload)
    return buffer.getvalue()


def _library_json(**changes):
    files = unzip(good_package())
    library = json.loads(files[f"{LIB}/library.json"])
    library.update(changes)
    files[f"{LIB}/library.json"] = json.dumps(library).encode()
    return zip_files(files)


def _chain(length: int):
    """The good package whose library needs H5P.Chain0, which needs H5P.Chain1, ..."""
    files = unzip(good_package())
    library = json.loads(files[f"{LIB}/library.json"])
    library["preloadedDependencies"] = [
        {"machineName": "H5P.Chain0", "majorVersion": 1, "minorVersion": 0}
    ]
    files[f"{LIB}/library.json"] = json.dumps(library).encode()
    for index in range(length):
        needs = [{"machineName": f"H5P.Chain{index + 1}", "majorVersion": 1, "minorVersion": 0}]
        files[f"H5P.Chain{index}-1.0/library.json"] = json.dumps(
            {
                "machineName": f"H5P.Chain{index}",
                "majorVersion": 1,
                "minorVersion": 0,
                "patchVersion": 0,
                "title": "x",
                "preloadedDependencies": needs if index + 1 < length else [],
            }
        ).encode()
    return zip_files(files)


MALICIOUS = {
    "traversal": (lambda: package_with({"content/../../evil.json": b"{}"}), "path traversal"),
    "traversal-top": (lambda: package_with({"../evil.json": b"{}"}), "path traversal"),
    "absolute": (lambda: package_with({"/etc/evil.json": b"{}"}), "absolute or unsafe path"),
    "windows-drive": (lambda: package_with({"C:/evil.json": b"{}"}), "absolute or unsafe path"),
    "symlink": (
        lambda: package_with(
            {"content/link.json": b"/etc/passwd"}, symlinks=("content/link.json",)
        ),
        "symbolic links are not allowed",
    ),
    "zip-bomb": (_bomb, "zip bomb"),
    "php-in-content": (
        lambda: package_with({"content/shell.php": b"<?php system($_GET['c']);"}),
        "content/shell.php: scripts, stylesheets and web pages are not allowed in content/",
    ),
    "html-in-content": (
        lambda: package_with({"content/page.html": b"<script>alert(1)</script>"}),
        "content/page.html: scripts, stylesheets and web pages are not allowed in content/",
    ),
    "js-in-content": (
        lambda: package_with({"content/steal.js": b"fetch('/')"}),
        "content/steal.js: scripts, stylesheets and web pages are not allowed in content/",
    ),
    "css-in-content": (
        lambda: package_with({"content/x.css": b"body{}"}),
        "content/x.css: scripts, stylesheets and web pages are not allowed in content/",
    ),
    "php-in-library": (
        lambda: package_with({f"{LIB}/x.php": b"<?php"}),
        "files of type .php are not allowed in a library",
    ),
    "svg-script": (
        lambda: package_with(
            {
                "content/images/a.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
            }
        ),
        "content/images/a.svg: SVG images may not contain scripts",
    ),
    "svg-onload": (
        lambda: package_with({"content/b.svg": b'<svg onload="alert(1)"></svg>'}),
        "content/b.svg: SVG images may not contain scripts",
    ),
    "svg-entity": (
        lambda: package_with(
            {"content/c.svg": b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'}
        ),
        "content/c.svg: SVG images may not contain scripts",
    ),
    "svg-in-library": (
        lambda: package_with(
            {f"{LIB}/icon.svg": b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>'}
        ),
        f"{LIB}/icon.svg: SVG images may not contain scripts",
    ),
    "long-name": (
        lambda: package_with({"content/" + "a" * 256 + ".json": b"{}"}),
        "a file or folder name is longer than 255 bytes",
    ),
    "deep-content-json": (
        lambda: _stored({"content/content.json": b"[" * 50000 + b"]" * 50000}),
        "content/content.json: The JSON is nested too deeply (at most 100 levels)",
    ),
    "deep-h5p-json": (
        lambda: package_with({"h5p.json": b'{"a":' * 150 + b"1" + b"}" * 150}),
        "h5p.json: The JSON is nested too deeply (at most 100 levels)",
    ),
    "preloaded-js-not-a-list": (
        lambda: _library_json(preloadedJs="intervisor-check.js"),
        "preloadedJs must be a list of files",
    ),
    "preloaded-css-number": (
        lambda: _library_json(preloadedCss=7),
        "preloadedCss must be a list of files",
    ),
    "dependency-chain": (lambda: _chain(3000), "more than 50 levels deep"),
    "dependencies-not-a-list": (
        lambda: _library_json(preloadedDependencies=5),
        "A library dependency in the package is malformed",
    ),
    "extensionless": (
        lambda: package_with({f"{LIB}/LICENSE": b"MIT"}),
        "files without an extension are not allowed",
    ),
    "missing-dependency": (
        lambda: package_needing(
            {"machineName": "H5P.Question", "majorVersion": 1, "minorVersion": 5}
        ),
        "Library H5P.Question 1.5 is missing: it is neither in the package nor installed "
        "(needed by H5P.IntervisorCheck 1.0)",
    ),
    "missing-h5p-json": (_without_h5p_json, "h5p.json is missing"),
    "invalid-h5p-json": (
        lambda: package_with({"h5p.json": b"{not json"}),
        "h5p.json: This is not valid JSON",
    ),
    "content-json-5000-deep": (
        lambda: _stored({"content/content.json": b'{"a":' * 5000 + b"1" + b"}" * 5000}),
        "content/content.json: The JSON is nested too deeply (at most 100 levels)",
    ),
    "nul-in-content-json": (
        lambda: package_with({"content/content.json": b'{"text": "a\\u0000b"}'}),
        "content/content.json: Text may not contain NUL characters",
    ),
    "nan-in-h5p-json": (
        lambda: package_with({"h5p.json": b'{"title": NaN}'}),
        "h5p.json: NaN is not a number JSON allows",
    ),
    "nul-in-library-json": (
        lambda: _library_json(title="a\x00b"),
        "library.json is not a valid library definition",
    ),
    "h5p-json-not-object": (
        lambda: package_with({"h5p.json": b"[]"}),
        "h5p.json must contain a JSON object",
    ),
    "h5p-json-without-title": (
        lambda: package_with(
            {
                "h5p.json": json.dumps(
                    {
                        k: v
                        for k, v in json.loads(unzip(good_package())["h5p.json"]).items()
                        if k != "title"
                    }
                ).encode()
            }
        ),
        "$.h5p.title: mandatory package property is missing",
    ),
    "missing-content": (
        lambda: package_with(drop=("content/content.json",)),
        "content/content.json is missing",
    ),
    "folder-mismatch": (
        lambda: zip_files(
            {
                (k.replace(LIB, "H5P.Other-2.0") if k.startswith(LIB) else k): v
                for k, v in unzip(good_package()).items()
            }
        ),
        "folder and library.json differ",
    ),
    "missing-preloaded-js": (
        lambda: package_with(drop=(f"{LIB}/intervisor-check.js",)),
        "loads intervisor-check.js, which is not in the package",
    ),
    "empty-file": (lambda: b"", "The file is empty (0 bytes)."),
    "not-a-zip": (
        lambda: b"%PDF-1.7 this is not a zip",
        "an .h5p file is a ZIP archive and this one is not",
    ),
}


@pytest.fixture
def superuser(admin_user):
    return admin_user


class TestGoodPackage:
    def test_check_lists_libraries_to_install_and_known_max_score(self, superuser):
        checked = h5p_package_check(data=good_package(), user=superuser)
        assert checked.main_library == ("H5P.IntervisorCheck", 1, 0)
        assert checked.required == [("H5P.IntervisorCheck", 1, 0)]
        assert [lib.folder for lib in checked.to_install] == [LIB]
        assert checked.max_score == 2
        assert set(checked.content_files) == {"h5p.json", "content/content.json"}

    def test_upload_extracts_library_and_content(self, provider, superuser, h5p_media):
        content = make_content(provider=provider, user=superuser)
        content.refresh_from_db()
        assert content.status == H5PContent.Status.READY, content.failure_reason
        files = stored_files(h5p_media)
        assert f"h5p/libraries/{LIB}/intervisor-check.js" in files
        assert f"h5p/content/{content.pk}/h5p.json" in files
        assert f"h5p/content/{content.pk}/content/content.json" in files
        assert list(content.libraries.values_list("machine_name", flat=True)) == [
            "H5P.IntervisorCheck"
        ]
        assert content.max_score == 2


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(MALICIOUS))
def test_malicious_package_is_refused_with_its_message_and_nothing_is_stored(
    case, provider, superuser, h5p_media
):
    build, expected = MALICIOUS[case]
    data = build()
    with pytest.raises(PackageRefused) as refused:
        h5p_content_create(provider=provider, title="x", data=data, user=superuser)
    messages = " | ".join(refused.value.problems)
    assert expected in messages, messages
    assert stored_files(h5p_media) == []
    assert not H5PContent.objects.exists()
    assert not H5PLibrary.objects.exists()


class TestLibraryPermissions:
    def test_editor_may_not_install_a_new_library(self, provider, editor, h5p_media):
        with pytest.raises(PackageRefused) as refused:
            h5p_content_create(provider=provider, title="x", data=good_package(), user=editor)
        assert refused.value.problems == [
            "Library H5P.IntervisorCheck 1.0 is not installed on this site and only a site "
            "administrator may install new libraries."
        ]
        assert stored_files(h5p_media) == []

    def test_editor_may_use_an_installed_library(self, provider, editor, superuser):
        make_content(provider=provider, user=superuser)
        content = make_content(provider=provider, user=editor)
        content.refresh_from_db()
        assert content.status == H5PContent.Status.READY
        assert H5PLibrary.objects.count() == 1

    def test_editor_may_install_a_library_the_settings_allow(self, provider, editor, settings):
        settings.H5P_EDITOR_INSTALLABLE_LIBRARIES = ["H5P.IntervisorCheck"]
        content = make_content(provider=provider, user=editor)
        content.refresh_from_db()
        assert content.status == H5PContent.Status.READY

    def test_editor_cannot_upgrade_an_installed_patch(self, provider, editor, superuser, h5p_media):
        make_content(provider=provider, user=superuser)
        files = unzip(good_package())
        library = json.loads(files[f"{LIB}/library.json"])
        library["patchVersion"] = 7
        files[f"{LIB}/library.json"] = json.dumps(library).encode()
        files[f"{LIB}/intervisor-check.js"] = b"/* patched */"
        make_content(provider=provider, user=editor, data=zip_files(files))
        assert H5PLibrary.objects.get().patch_version == 0
        assert (
            b"patched" not in (h5p_media / f"h5p/libraries/{LIB}/intervisor-check.js").read_bytes()
        )
        make_content(provider=provider, user=superuser, data=zip_files(files))
        assert H5PLibrary.objects.get().patch_version == 7

    def test_dependency_satisfied_by_an_installed_library(self, provider, superuser):
        make_content(provider=provider, user=superuser)
        data = package_needing(
            {"machineName": "H5P.IntervisorCheck", "majorVersion": 1, "minorVersion": 0}
        )
        checked = h5p_package_check(data=data, user=superuser)
        assert checked.required == [("H5P.IntervisorCheck", 1, 0)]


class TestExtractionTask:
    def test_running_twice_changes_nothing(self, provider, superuser):
        from courses.h5p.services import h5p_content_extract

        content = make_content(provider=provider, user=superuser)
        before = H5PContent.objects.get(pk=content.pk).updated_at
        h5p_content_extract(content_id=content.pk)
        assert H5PContent.objects.get(pk=content.pk).updated_at == before

    def test_library_removed_before_extraction_fails_with_reason(self, provider, editor, superuser):
        from courses.h5p.services import h5p_content_extract

        make_content(provider=provider, user=superuser)
        content = H5PContent.objects.create(
            provider=provider, title="later", package="h5p/packages/missing.h5p", uploaded_by=editor
        )
        content.package.save("x.h5p", ContentFile(good_package()), save=True)
        H5PLibrary.objects.all().delete()
        h5p_content_extract(content_id=content.pk)
        content.refresh_from_db()
        assert content.status == H5PContent.Status.FAILED
        assert "only a site administrator may install new libraries" in content.failure_reason


@pytest.mark.django_db
def test_provider_quota_refuses_with_a_clear_message_and_stores_nothing(
    provider, other_provider, superuser, settings, h5p_media
):
    size = h5p_package_check(data=good_package(), user=superuser).unpacked_bytes
    settings.H5P_PROVIDER_QUOTA_BYTES = size * 2 + 10
    make_content(provider=provider, user=superuser)
    first = make_content(provider=provider, user=superuser)
    assert first.unpacked_bytes == size
    before = stored_files(h5p_media)
    with pytest.raises(PackageRefused) as refused:
        h5p_content_create(provider=provider, title="x", data=good_package(), user=superuser)
    assert f"{provider} has 0 MB left of its 0 MB for H5P exercises" in refused.value.problems[0]
    assert stored_files(h5p_media) == before
    assert H5PContent.objects.count() == 2
    # Replacing an exercise's file counts its new size instead of its old one.
    from courses.h5p.services import h5p_content_replace_package

    with TestCase.captureOnCommitCallbacks(execute=True):
        h5p_content_replace_package(content=first, data=good_package(), user=superuser)
    # The quota is per provider.
    make_content(provider=other_provider, user=superuser)
