"""Real exports (tests/../shared/fixtures/h5p, packed as H5P's own packer packs them) are
accepted as they are, scored with the maximum their content gives, and re-uploaded by an
editor against the installed libraries."""

import io
import zipfile
from pathlib import Path

import pytest

from courses.h5p.maxscore import content_max_score
from courses.h5p.models import H5PContent, H5PLibrary
from courses.h5p.services import h5p_package_check
from tests.factories.h5p import make_content, unzip, zip_files
from tests.h5p.conftest import stored_files

FIXTURES = Path("/work/shared/fixtures/h5p")
REAL = {"multichoice.h5p": 1, "blanks.h5p": 2, "questionset.h5p": 2}


def real(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


pytestmark = pytest.mark.skipif(not FIXTURES.exists(), reason="shared H5P fixtures missing")


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_export_is_installed_scored_and_reuploaded_by_an_editor(
    name, provider, admin_user, editor, h5p_media
):
    checked = h5p_package_check(data=real(name), user=admin_user)
    assert checked.max_score == REAL[name]
    assert {lib.folder for lib in checked.to_install} >= {"FontAwesome-4.5", "jQuery.ui-1.10"}
    content = make_content(provider=provider, user=admin_user, data=real(name))
    assert content.status == H5PContent.Status.READY, content.failure_reason
    assert content.max_score == REAL[name]
    installed = H5PLibrary.objects.count()
    files = stored_files(h5p_media)
    assert "h5p/libraries/jQuery.ui-1.10/applied-patch-after-updating.patch" in files
    assert "h5p/libraries/FontAwesome-4.5/fontawesome-webfont.svg" in files

    again = h5p_package_check(data=real(name), user=editor)
    assert again.to_install == []
    reuploaded = make_content(provider=provider, user=editor, data=real(name))
    assert reuploaded.status == H5PContent.Status.READY, reuploaded.failure_reason
    assert reuploaded.max_score == REAL[name]
    assert H5PLibrary.objects.count() == installed


IGNORED = {
    "__MACOSX/content/._content.json": b"\x00\x05\x16\x07",
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    "H5P_CONTENT_HERE.txt": b"stray",
    "content/.htaccess.txt": b"deny",
    "content/_notes/x.php": b"<?php",
    "FontAwesome-4.5/.git/config.php": b"<?php",
}


@pytest.mark.django_db
def test_files_h5p_core_ignores_are_skipped_not_extracted(provider, admin_user, h5p_media):
    files = unzip(real("multichoice.h5p"))
    files.update(IGNORED)
    checked = h5p_package_check(data=zip_files(files), user=admin_user)
    assert sorted(checked.skipped) == sorted(IGNORED)
    content = make_content(provider=provider, user=admin_user, data=zip_files(files))
    assert content.status == H5PContent.Status.READY
    stored = " ".join(stored_files(h5p_media))
    for name in ("._content", ".DS_Store", "H5P_CONTENT_HERE", ".htaccess", "_notes", ".git"):
        assert name not in stored


@pytest.mark.django_db
def test_editor_upload_ignores_library_copies_when_all_are_installed(
    provider, admin_user, editor, h5p_media
):
    make_content(provider=provider, user=admin_user, data=real("multichoice.h5p"))
    files = unzip(real("multichoice.h5p"))
    files["H5P.MultiChoice-1.16/evil.php"] = b"<?php system($_GET['c']);"
    data = zip_files(files)
    content = make_content(provider=provider, user=editor, data=data)
    assert content.status == H5PContent.Status.READY
    assert not any(name.endswith("evil.php") for name in stored_files(h5p_media))
    # An administrator would install that copy only if it were newer; it is not, so the same.
    assert h5p_package_check(data=data, user=admin_user).to_install == []


@pytest.mark.django_db
def test_new_library_copy_is_checked_completely(admin_user):
    files = unzip(real("multichoice.h5p"))
    files["H5P.MultiChoice-1.16/evil.php"] = b"<?php"
    from courses.h5p.package import PackageRefused

    with pytest.raises(PackageRefused, match="files of type .php are not allowed in a library"):
        h5p_package_check(data=zip_files(files), user=admin_user)


def _params(name):
    with zipfile.ZipFile(io.BytesIO(real(name))) as archive:
        import json

        return json.loads(archive.read("content/content.json"))


MC = {"library": "H5P.MultiChoice 1.16"}


@pytest.mark.parametrize(
    ("library", "params", "expected"),
    [
        ("H5P.TrueFalse", {"correct": "true"}, 1),
        (
            "H5P.MultiChoice",
            {
                "answers": [{"correct": True}, {"correct": True}, {"correct": False}],
                "behaviour": {"type": "auto", "singlePoint": False},
            },
            2,
        ),
        (
            "H5P.MultiChoice",
            {
                "answers": [{"correct": True}, {"correct": True}],
                "behaviour": {"singlePoint": True},
            },
            1,
        ),
        ("H5P.SingleChoiceSet", {"choices": [{"question": "a"}, {"question": "b"}]}, 2),
        ("H5P.Blanks", {"questions": ["<p>*a* en *b/c*</p>", "<p>*d:tip*</p>"]}, 3),
        ("H5P.DragText", {"textField": "Een *twee* drie *vier:tip*"}, 2),
        ("H5P.MarkTheWords", {"textField": "<p>*Een* twee *drie*</p>"}, 2),
        (
            "H5P.DragQuestion",
            {
                "question": {
                    "task": {
                        "elements": [{}, {"multiple": True}, {}],
                        "dropZones": [{"correctElements": ["0", "1"]}, {"correctElements": ["1"]}],
                    }
                },
                "behaviour": {},
            },
            3,
        ),
        ("H5P.Summary", {"summaries": [{"summary": ["a", "b"]}, {"summary": ["c"]}]}, 2),
        (
            "H5P.CoursePresentation",
            {
                "presentation": {
                    "slides": [
                        {"elements": [{"action": {"library": "H5P.AdvancedText 1.1"}}]},
                        {"elements": [{"action": {"library": "H5P.TrueFalse 1.8", "params": {}}}]},
                        {"elements": [{"action": {**MC, "params": _params("multichoice.h5p")}}]},
                    ]
                }
            },
            2,
        ),
        (
            "H5P.InteractiveVideo",
            {
                "interactiveVideo": {
                    "assets": {
                        "interactions": [
                            {"action": {"library": "H5P.TrueFalse 1.8", "params": {}}},
                            {"action": {"library": "H5P.Text 1.1", "params": {}}},
                        ]
                    },
                    "summary": {
                        "task": {
                            "library": "H5P.Summary 1.10",
                            "params": {"summaries": [{"summary": ["a"]}]},
                        }
                    },
                }
            },
            2,
        ),
        (
            "H5P.BranchingScenario",
            {
                "branchingScenario": {
                    "scoringOptionGroup": {"scoringOption": "static-end-score"},
                    "endScreens": [{"endScreenScore": 5}],
                    "content": [{"feedback": {"endScreenScore": 5}}],
                }
            },
            5,
        ),
        # Unknown: the player's maximum is used (xapi.py), never a raw score above it.
        ("H5P.SomethingNew", {"x": 1}, None),
        (
            "H5P.QuestionSet",
            {"questions": [{"library": "H5P.SomethingNew 1.0", "params": {}}]},
            None,
        ),
        (
            "H5P.BranchingScenario",
            {"branchingScenario": {"scoringOptionGroup": {"scoringOption": "dynamic-score"}}},
            None,
        ),
    ],
)
def test_max_score_rule(library, params, expected):
    assert content_max_score(library, params) == expected


def test_fixture_maxima_derive_from_content():
    assert content_max_score("H5P.MultiChoice", _params("multichoice.h5p")) == 1
    assert content_max_score("H5P.Blanks", _params("blanks.h5p")) == 2
    assert content_max_score("H5P.QuestionSet", _params("questionset.h5p")) == 2
