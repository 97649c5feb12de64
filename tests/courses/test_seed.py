import io

import pytest
from django.core.management import call_command

from courses.models import CoursePage, Enrollment, LessonPage, LessonProgress, ModulePage
from courses.seed import BASIS_SLUG

pytestmark = pytest.mark.django_db


def test_seed_builds_the_curriculum_once(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    call_command("seed_demo", stdout=io.StringIO())
    basis = CoursePage.objects.get(slug=BASIS_SLUG)
    modules = ModulePage.objects.child_of(basis).live()
    lessons = LessonPage.objects.descendant_of(basis).live()
    assert modules.count() == 7
    assert lessons.count() >= 20
    for lesson in lessons:
        kinds = {block.block_type for block in lesson.body}
        assert kinds & {"quiz", "reflection"}, lesson.title
        words = sum(
            len(str(block.value).split()) for block in lesson.body if block.block_type == "text"
        )
        assert words >= 60, lesson.title
    progress = LessonProgress.objects.filter(enrollment__user__email="leerling@intervisor.test")
    assert progress.count() == 7
    counts = (LessonPage.objects.count(), Enrollment.objects.count(), progress.count())
    call_command("seed_demo", stdout=io.StringIO())
    assert (LessonPage.objects.count(), Enrollment.objects.count(), progress.count()) == counts
