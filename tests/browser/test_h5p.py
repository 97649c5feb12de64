"""A learner plays the IntervisorCheck exercise inside a lesson, in Chromium.

The site runs on live_server's host (localhost) and the player on 127.0.0.1 of the same
server: two origins, as in the embedded default. The score must reach the database and the
course progress bar, and the answer must be restored after a reload.
"""

import pytest

from courses.h5p.models import H5PAttempt, H5PStatement, H5PUserState
from courses.models import BlockResult, LessonProgress
from tests.conftest import browser_login, screenshot, wait_for
from tests.factories.courses import enrol
from tests.factories.h5p import course_with_h5p, make_content


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_learner_plays_h5p_in_lesson_and_score_counts(
    browser_page, two_origins, provider, admin_user, learner
):
    page = browser_page
    content = make_content(provider=provider, user=admin_user)
    course, lesson, block_id = course_with_h5p(provider, content, threshold=100)
    enrol(learner, course)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    browser_login(page, learner)
    page.goto(lesson.url)
    assert page.locator("progress.course-progress").get_attribute("value") == "0"
    done_badge = page.locator("[data-lesson-done]")
    assert not done_badge.is_visible()
    frame_element = page.locator("iframe.h5p-frame")
    assert frame_element.get_attribute("sandbox") == "allow-scripts"
    assert frame_element.get_attribute("src").startswith(two_origins[1] + "/h5p-speler/")
    player = page.frame_locator("iframe.h5p-frame")
    player.locator(".h5p-ic-option").first.wait_for(timeout=40000)

    player.locator("input").nth(0).check()  # the right option; the second is wrong
    player.locator(".h5p-ic-check").click()
    status = page.locator("[data-h5p-status]")
    status.filter(has_text="2").wait_for(timeout=15000)
    # The outline's count follows the score as well as the bar.
    page.locator("[data-course-progress-text]").filter(has_text="1").wait_for(timeout=5000)
    # So do the lesson's "Done" badge and footer, as after a reload.
    done_badge.wait_for(state="visible", timeout=5000)
    footer = page.locator("[data-lesson-completed-text]")
    assert footer.inner_text() == footer.get_attribute("data-lesson-completed-text")
    current = page.locator(".lesson-nav .outline-lesson.is-current")
    assert "is-done" in current.get_attribute("class")
    assert current.locator(".outline-tick").inner_text() == "✓"
    assert page.locator(".lesson-nav .outline-count").first.inner_text() == "1/2"
    frame_element.scroll_into_view_if_needed()
    screenshot(page, "h5p-lesson-answered", full_page=False)

    attempt = wait_for(
        lambda: H5PAttempt.objects.filter(user=learner, passed=True).first(),
        message="the passed attempt did not reach the database",
    )
    assert (attempt.score_raw, attempt.score_max) == (2, 2)
    assert set(H5PStatement.objects.filter(user=learner).values_list("verb", flat=True)) >= {
        "attempted",
        "answered",
        "completed",
    }
    result = BlockResult.objects.get(enrollment__user=learner, block_id=block_id)
    assert (result.score, result.max_score, result.passed) == (2, 2, True)
    assert LessonProgress.objects.filter(
        enrollment__user=learner, lesson=lesson, completed_at__isnull=False
    ).exists()
    # Updated in place by the bridge, and rendered by the server after a reload.
    assert page.locator("progress.course-progress").get_attribute("value") == "1"

    wait_for(
        lambda: H5PUserState.objects.filter(
            user=learner, state__contains='"checked":true'
        ).exists(),
        message="the answered state was not saved",
    )
    page.reload()
    assert page.locator("progress.course-progress").get_attribute("value") == "1"
    assert page.locator("progress.course-progress").get_attribute("max") == "2"
    # What the bridge changed in place is what the server renders.
    assert page.locator(".lesson-nav .outline-lesson.is-current .outline-tick").inner_text() == "✓"
    assert page.locator(".lesson-nav .outline-count").first.inner_text() == "1/2"
    assert page.locator("[data-lesson-done]").is_visible()
    player = page.frame_locator("iframe.h5p-frame")
    player.locator(".h5p-ic-retry").wait_for(timeout=40000)  # restored: already checked
    assert player.locator("input").nth(0).is_checked()
    page.locator("iframe.h5p-frame").scroll_into_view_if_needed()
    screenshot(page, "h5p-lesson-restored", full_page=False)
    assert not errors, errors


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_player_frame_cannot_reach_the_lesson_page(
    browser_page, two_origins, provider, admin_user, learner
):
    page = browser_page
    content = make_content(provider=provider, user=admin_user)
    course, lesson, _block_id = course_with_h5p(provider, content)
    enrol(learner, course)
    log = []
    page.on("console", lambda m: log.append(f"console {m.type}: {m.text}"))
    page.on("requestfailed", lambda r: log.append(f"failed {r.url} {r.failure}"))
    browser_login(page, learner)
    page.goto(lesson.url)
    try:
        page.frame_locator("iframe.h5p-frame").locator(".h5p-ic-option").first.wait_for(
            timeout=40000
        )
    except Exception as exc:
        status = page.locator("[data-h5p-status]").inner_text()
        raise AssertionError(f"player did not start; status={status!r}; log={log}") from exc
    frame = next(f for f in page.frames if "/h5p-speler/" in f.url)
    probe = frame.evaluate(
        """() => {
            const out = {};
            try { out.parent = String(window.parent.document.cookie); }
            catch (e) { out.parent = 'blocked'; }
            try { out.cookie = document.cookie; } catch (e) { out.cookie = 'blocked'; }
            out.origin = window.origin;
            return out;
        }"""
    )
    assert probe == {"parent": "blocked", "cookie": "blocked", "origin": "null"}
