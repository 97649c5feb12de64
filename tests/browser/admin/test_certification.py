"""A provider's certification path, written in the admin by its editor: the path, then two
levels with their requirements (one points at a course through the page chooser); a learner
then sees the path with its levels and requirements."""

import pytest
from django.urls import reverse

from certification.models import Level, Path, Requirement
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.conftest import browser_login
from tests.factories.courses import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def save(page) -> None:
    page.locator("footer button[type=submit]").first.click()
    page.wait_for_load_state()


def fill_requirement(page, n: int, kind: str, **fields) -> None:
    prefix = f"#id_requirements-{n}"
    page.select_option(f"{prefix}-kind", kind)
    for name, value in fields.items():
        page.fill(f"{prefix}-{name}", str(value))


def test_editor_creates_a_path_with_levels_and_requirements(
    admin_page, second_page, home, provider, other_provider, editor, learner
):
    course = make_course(provider, slug="basis", modules=1, lessons_per_module=1)
    page = slow_machine(admin_page)
    staff_login(page, editor)

    page.goto(reverse("wagtailsnippets_certification_path:add"))
    options = page.locator("#id_provider option").all_inner_texts()
    assert other_provider.name not in " ".join(options), options
    page.select_option("#id_provider", str(provider.pk))
    page.fill("#id_name", "Zelfstandig begeleider")
    page.fill("#id_slug", "zelfstandig")
    page.fill("#id_intro", "Van eerste oefening tot zelfstandig begeleiden.")
    shot(page, "certification-path-form")
    save(page)
    path = Path.objects.filter(slug="zelfstandig").first()
    assert path is not None, steps.form_errors(page)
    assert path.provider == provider

    # Level 1: the course, chosen with the page chooser, and two passed scenarios.
    page.goto(reverse("wagtailsnippets_certification_level:add"))
    page.select_option("#id_path", str(path.pk))
    page.fill("#id_name", "Aspirant")
    page.fill("#id_position", "1")
    page.fill("#id_description", "Je kent de rollen en de methodes.")
    fill_requirement(page, 0, "course_completed")
    chooser = page.locator("#id_requirements-0-target_page-chooser")
    chooser.locator(".unchosen [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill("basis")
    modal.locator("a.choose-page", has_text=course.title).first.click()
    modal.wait_for(state="detached")
    page.locator("#id_requirements-ADD").click()
    fill_requirement(page, 1, "simulations_passed", count=2, min_score=60)
    shot(page, "certification-level-form")
    save(page)
    aspirant = Level.objects.filter(path=path, position=1).first()
    assert aspirant is not None, steps.form_errors(page)

    # Level 2: facilitated sessions, one of them observed.
    page.goto(reverse("wagtailsnippets_certification_level:add"))
    page.select_option("#id_path", str(path.pk))
    page.fill("#id_name", "Begeleider")
    page.fill("#id_position", "2")
    fill_requirement(page, 0, "sessions_facilitated", count=3, observed_count=1)
    save(page)
    shot(page, "certification-levels-listed")
    assert Level.objects.filter(path=path).count() == 2, steps.form_errors(page)

    requirements = {
        (r.level.position, r.kind): r for r in Requirement.objects.filter(level__path=path)
    }
    assert requirements[(1, "course_completed")].target_page_id == course.pk
    assert requirements[(1, "simulations_passed")].count == 2
    assert requirements[(2, "sessions_facilitated")].observed_count == 1

    learner_page = second_page
    browser_login(learner_page, learner)
    learner_page.goto(reverse("certification:path", args=[path.pk]))
    start = reverse("certification:path_start", args=[path.pk])
    learner_page.locator(f"main form[action='{start}'] button[type=submit]").click()
    learner_page.wait_for_load_state()
    text = learner_page.locator("main").inner_text()
    shot(learner_page, "certification-path-for-learner")
    assert "Aspirant" in text and "Begeleider" in text, text
