"""Real H5P exports, in Chromium: the administrator uploads one through the admin form (its
libraries are installed), it is placed in a lesson, a learner answers correctly and sees the
score counted, the lesson completed and the outline updated; then an editor uploads the same
export again and it is accepted against the installed libraries."""

from pathlib import Path

import pytest
from django.urls import reverse

from courses.h5p.models import H5PContent, H5PLibrary
from courses.models import BlockResult, LessonProgress
from tests.conftest import browser_login, screenshot, wait_for
from tests.factories.courses import enrol
from tests.factories.h5p import course_with_h5p

FIXTURES = Path("/work/shared/fixtures/h5p")


def button(scope, label: str):
    """A visible H5P button by its text or its aria-label (either may be the longer one)."""
    by_label = scope.locator(f'[aria-label="{label}"]:visible')
    by_text = scope.locator(":is(button, [role=button]):visible", has_text=label)
    return by_label.or_(by_text).first


def answer_multichoice(player):
    player.locator(".h5p-answer", has_text="Een korte ronde houden").click()
    button(player, "Controleer").click()


def answer_blanks(player):
    inputs = player.locator(".h5p-input-wrapper input")
    inputs.nth(0).fill("ronde")
    inputs.nth(1).fill("casus")
    button(player, "Controleer").click()


def answer_questionset(player):
    player.locator(".h5p-answer:visible", has_text="Een korte ronde houden").click()
    button(player, "Controleer").click()
    button(player, "Next").click()  # the content's own navigation text (texts.next)
    player.locator(".h5p-answer:visible", has_text="Een deelnemer uit de groep").click()
    button(player, "Controleer").click()
    button(player, "Stoppen").click()


REAL = {
    "multichoice.h5p": (1, answer_multichoice, ".h5p-multichoice"),
    "blanks.h5p": (2, answer_blanks, ".h5p-blanks"),
    "questionset.h5p": (2, answer_questionset, ".h5p-answer"),
}


def ready_content(title: str) -> H5PContent:
    return wait_for(
        lambda: H5PContent.objects.filter(title=title, status=H5PContent.Status.READY).first(),
        message=f"the upload {title!r} was not accepted and extracted",
    )


def admin_upload(page, provider, name: str, title: str):
    page.goto(reverse("wagtailsnippets_h5p_h5pcontent:add"))
    # The provider is a snippet chooser; its value is the hidden input the chooser fills.
    page.locator("input[name=provider]").evaluate(
        "(el, pk) => { el.value = pk; }", str(provider.pk)
    )
    page.fill("input[name=title]", title)
    page.set_input_files("input[name=upload]", str(FIXTURES / name))
    page.locator("form:has(input[name=upload]) button[type=submit]").first.click()
    page.wait_for_load_state()
    screenshot(page, f"h5p-real-upload-{title.split()[0].lower()}")
    errors = [t for t in page.locator(".error-message, .w-field__errors").all_inner_texts()]
    assert page.url.endswith(reverse("wagtailsnippets_h5p_h5pcontent:list")), errors


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_export_uploads_plays_scores_and_reuploads(
    name, chromium, live_server, two_origins, settings, provider, admin_user, editor, learner
):
    settings.INTERVISOR_STAFF_MFA_REQUIRED = False  # the admin's second factor is tested apart
    maximum, answer, ready = REAL[name]
    contexts = []

    def new_page():
        context = chromium.new_context(
            viewport={"width": 1280, "height": 900}, locale="nl-NL", base_url=live_server.url
        )
        contexts.append(context)
        return context.new_page()

    try:
        page = new_page()
        browser_login(page, admin_user)
        admin_upload(page, provider, name, "Echte export")
        content = ready_content("Echte export")
        assert content.max_score == maximum
        installed = H5PLibrary.objects.count()
        assert installed >= 8

        course, lesson, block_id = course_with_h5p(provider, content, threshold=100)
        enrol(learner, course)
        page = new_page()
        errors = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on(
            "console",
            lambda m: errors.append(m.text) if m.type == "error" else None,
        )
        browser_login(page, learner)
        page.goto(lesson.url)
        player = page.frame_locator("iframe.h5p-frame")
        player.locator(ready).first.wait_for(timeout=40000)
        # Styled as in H5P's own frame (h5p.org): its fonts, no browser-default serif.
        fonts = player.locator("body").evaluate(
            """body => ({
                family: getComputedStyle(body.querySelector('.h5p-content')).fontFamily,
                sheets: [...document.styleSheets].map(s => s.href || '').join(' '),
            })"""
        )
        assert "times" not in fonts["family"].lower(), fonts
        assert "styles/h5p-fonts.css" in fonts["sheets"], fonts
        page.locator("iframe.h5p-frame").scroll_into_view_if_needed()
        stem = name.removesuffix(".h5p")
        screenshot(page, f"h5p-real-{stem}-start", full_page=False)
        answer(player)
        page.locator("[data-h5p-status]").filter(has_text=str(maximum)).wait_for(timeout=20000)
        page.locator("[data-lesson-done]").wait_for(state="visible", timeout=10000)
        assert page.locator(".lesson-nav .outline-count").first.inner_text() == "1/2"
        current = page.locator(".lesson-nav .outline-lesson.is-current")
        assert "is-done" in current.get_attribute("class")
        page.locator("iframe.h5p-frame").scroll_into_view_if_needed()
        screenshot(page, f"h5p-real-{stem}-answered", full_page=False)
        result = wait_for(
            lambda: BlockResult.objects.filter(enrollment__user=learner, block_id=block_id).first(),
            message="the score was not recorded",
        )
        assert (result.score, result.max_score, result.passed) == (maximum, maximum, True)
        assert LessonProgress.objects.filter(
            enrollment__user=learner, lesson=lesson, completed_at__isnull=False
        ).exists()
        assert not errors, errors

        page = new_page()
        browser_login(page, editor)
        admin_upload(page, provider, name, "Opnieuw door de redacteur")
        again = ready_content("Opnieuw door de redacteur")
        assert again.max_score == maximum
        assert H5PLibrary.objects.count() == installed
    finally:
        for context in contexts:
            context.close()
