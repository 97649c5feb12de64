import json

import pytest

from courses.models import LessonPage, ModulePage
from courses.seed.blocks import key_points, stream_data, text
from tests.conftest import browser_login, screenshot
from tests.factories.courses import lessons_of, make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _add_reading_lesson(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    body = stream_data(
        "lezen",
        [
            text("<p>Een les zonder oefening: lees hem en vink hem af.</p>"),
            key_points("Onthoud", ["Open vragen", "Advies pas later"]),
        ],
        {},
    )
    lesson = LessonPage(title="Leesles", slug="leesles", body=json.dumps(body))
    module.add_child(instance=lesson)
    lesson.save_revision().publish()


def test_learner_enrols_answers_quiz_and_sees_progress(browser_page, provider, learner):
    course = make_course(provider, modules=2, lessons_per_module=2)
    _add_reading_lesson(course)
    page = browser_page
    browser_login(page, learner)

    page.goto(course.url)
    screenshot(page, "courses-course-page")
    page.click("text=Schrijf je in voor deze cursus")
    page.wait_for_load_state()
    assert page.locator(".message-success").is_visible()

    page.click(".course-status .button")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Les 1.1"
    page.get_by_label("Goed", exact=True).check()
    page.get_by_label("A", exact=True).check()
    page.get_by_label("C", exact=True).check()  # one wrong answer: the server scores it 1 of 2
    page.click("text=Controleer mijn antwoorden")
    page.wait_for_load_state()
    assert "1 van de 2" in page.locator(".messages").inner_text()
    page.get_by_label("C", exact=True).uncheck()
    page.get_by_label("B", exact=True).check()
    page.click("text=Opnieuw controleren")
    page.wait_for_load_state()
    assert page.locator(".quiz .badge-success").is_visible()
    page.fill(".reflection textarea", "Ik wil beter leren doorvragen.")
    page.click("text=Bewaar mijn antwoord")
    page.wait_for_load_state()
    screenshot(page, "courses-lesson-page")

    page.goto(LessonPage.objects.get(slug="leesles").url)
    page.click("text=Markeer deze les als afgerond")
    page.wait_for_load_state()
    assert page.locator(".lesson-footer").inner_text().startswith("Je hebt deze les afgerond")

    page.click("text=Mijn leren")
    page.wait_for_load_state()
    assert "2 van de 5 lessen afgerond" in page.locator(".dashboard-course").inner_text()
    assert page.locator(".progress-chart").is_visible()
    assert page.locator(".activity li").count() >= 2
    screenshot(page, "courses-dashboard")
    assert lessons_of(course)
