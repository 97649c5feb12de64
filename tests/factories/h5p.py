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


def place_in_lesson(lesson, content, *, policy: str = "best", threshold: int = 100) -> str:
    """Append an H5P block playing `content` to a lesson, publish it, return the block id."""
    lesson.body.append(
        ("h5p", {"content": content, "score_policy": policy, "pass_threshold": threshold})
    )
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return [child.id for child in lesson.body if child.block_type == "h5p"][-1]


def course_with_h5p(provider, content, *, policy="best", threshold=100, slug="h5p-cursus"):
    """A published course of two lessons without quizzes; the first plays the H5P content."""
    from tests.factories.courses import lessons_of, make_course

    course = make_course(provider, lessons_per_module=2, slug=slug, with_quiz=False)
    lesson = lessons_of(course)[0]
    block_id = place_in_lesson(lesson, content, policy=policy, threshold=threshold)
    return course, lesson, block_id


def xapi(content, verb="answered", *, raw=None, maximum=None, object_id=None) -> dict:
    """A statement as the player sends it (with a forged actor, which the server replaces)."""
    statement = {
        "actor": {"name": "Iemand anders", "mbox": "mailto:forged@example.test"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {"id": object_id or content.activity_iri, "objectType": "Activity"},
    }
    if raw is not None:
        maximum = content.max_score if maximum is None else maximum
        statement["result"] = {
            "score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum},
            "completion": True,
            "success": raw == maximum,
        }
    return {"statement": statement}


def scored_outcome(response) -> dict:
    """What the player is told about a scored answer it posted: recorded (or refused) by the
    time the POST answers."""
    assert response.status_code == 201, response.content
    return response.json()
