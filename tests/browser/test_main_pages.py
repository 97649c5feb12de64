"""Every main page, as each role meets it: on a 390 px phone (nothing wider than the screen,
tap targets of at least 24 px), through axe-core (no serious or critical WCAG 2.1 AA
violation), and in English (every link keeps /en/, no Dutch string of our own .po).

Pages and roles: tests/browser/main_pages.py. Screenshots: test-artifacts/phone-<page>-<role>.png.
"""

import os
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from pytest_django.live_server_helper import LiveServer

from tests.browser.admin.conftest import guarded
from tests.browser.main_pages import ANONYMOUS, CASES, ROLES, case_id, page_path, seed_demo
from tests.conftest import browser_login, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Paths outside the language prefix by design: the language switch, the admin, files, feeds.
UNPREFIXED = ("/i18n/", "/admin/", "/documents/", "/static/", "/media/", "/agenda/", "/h5p/")


# Known and left for later.
# (check, case) -> why it is expected to fail; empty now, kept so a known failure is written
# down here with its reason instead of being skipped.
KNOWN: dict[tuple[str, str], str] = {}


def cases(check: str):
    return [
        pytest.param(
            case,
            id=case_id(case),
            marks=[pytest.mark.xfail(reason=KNOWN[check, case_id(case)])]
            if (check, case_id(case)) in KNOWN
            else [],
        )
        for case in CASES
    ]


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory, chromium):
    """The demo seed behind a live server of this module, with one login per role (its
    cookies), flushed afterwards like any transactional test's data. Each test runs in a
    transaction of its own on top (on SQLite the server shares the test's connection)."""
    logins = os.environ.get("INTERVISOR_DEMO_LOGINS_FILE")
    os.environ["INTERVISOR_DEMO_LOGINS_FILE"] = str(tmp_path_factory.mktemp("demo") / "l.json")
    with django_db_blocker.unblock():
        # What the migrations put in (root page and collection, locales, site, NOvA's rules):
        # the flush at the end removes it too, and the tests that run after this module
        # (not transactional, so pytest-django runs them in the same group) need it back.
        migrated = connection.creation.serialize_db_to_string()
        seeded = seed_demo()
        server = LiveServer("localhost")
        states = {ANONYMOUS: None}
        for role in ROLES[1:]:
            context = chromium.new_context(base_url=server.url, locale="nl-NL")
            page = context.new_page()
            browser_login(page, seeded["users"][role])
            assert page.locator(".account-link").count(), f"{role} could not log in"
            states[role] = context.storage_state()
            context.close()
        yield server.url, seeded, states
        server.stop()
        # As Django's serialized_rollback does it: no post_migrate rows, then the old rows.
        call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(migrated)
    if logins is None:
        os.environ.pop("INTERVISOR_DEMO_LOGINS_FILE")
    else:
        os.environ["INTERVISOR_DEMO_LOGINS_FILE"] = logins


@pytest.fixture
def visit(chromium, demo_site):
    """visit(page, role, viewport, language) -> a Playwright page showing it, which fails the
    test on a console error, an uncaught exception or a CSP violation."""
    url, seeded, states = demo_site
    opened = []

    def open_page(main_page, role, viewport, language="nl"):
        context = chromium.new_context(
            viewport=viewport,
            # The checks judge the page at rest: the simulation's entry animation (off with
            # reduced motion) once made axe measure contrast through a half-faded text.
            reduced_motion="reduce",
            locale="nl-NL" if language == "nl" else "en-GB",
            base_url=url,
            storage_state=states[role],
        )
        page = guarded(context.new_page())
        opened.append(page)
        path = page_path(main_page, role, seeded)
        if language != "nl":
            path = f"/{language}{path}"
        response = page.goto(path)
        assert response.ok, f"{path} answered {response.status}"
        assert "/accounts/login/" not in page.url or role == ANONYMOUS, f"{path} asked a login"
        page.locator("footer.site-footer").wait_for()
        return page

    yield open_page
    for page in opened:
        # Wagtail's userbar (people with admin access) logs its own checker's findings as a
        # console error; that checker includes best-practice rules (heading order, a paragraph
        # used as a heading) beyond WCAG 2.1 AA, which axe_violations() below holds pages to.
        errors = [e for e in page.console_guard.errors if "axe.run results" not in e]
        page.context.close()
        assert not errors, "\n".join(errors)


# Visible tap targets smaller than 24 x 24 CSS px (WCAG 2.5.8). Exempt as WCAG says: a link
# inside a sentence, a native checkbox or radio with a label of its own (the label is an
# equivalent, larger target).
SMALL_TARGETS = """() => {
  const found = [];
  const targets = document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]');
  for (const el of targets) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    if (el.closest('.visually-hidden, [aria-hidden=true]')) continue;
    if (box.width >= 24 && box.height >= 24) continue;
    if (el.tagName === 'A' && style.display === 'inline') {
      const sentence = el.parentElement.closest('p, li, dd, td, th, label, figcaption, blockquote');
      const text = sentence ? sentence.textContent.replace(/\\s+/g, ' ').trim() : '';
      const own = el.textContent.replace(/\\s+/g, ' ').trim();
      if (text.length > own.length + 3) continue;
    }
    if (['checkbox', 'radio'].includes(el.type) && el.labels && el.labels.length) {
      const label = el.labels[0].getBoundingClientRect();
      if (label.height >= 24 || el.labels[0].contains(el)) continue;
    }
    const name = (el.textContent || el.value || el.name || '').replace(/\\s+/g, ' ').trim();
    found.push(`${el.tagName.toLowerCase()} "${name.slice(0, 40)}" `
      + `${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return found;
}"""

WIDE_ELEMENTS = """() => {
  const width = window.innerWidth;
  return [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .filter((el) => !el.closest('.table-scroll, .visually-hidden, .skip-link'))
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
      + ` right=${Math.round(el.getBoundingClientRect().right)}`);
}"""


@pytest.mark.parametrize("case", cases("phone"))
def test_main_page_on_a_phone(case, visit):
    main_page, role = case
    page = visit(main_page, role, PHONE)
    screenshot(page, f"phone-{main_page.key}-{role}")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"], (scroll_width, page.evaluate(WIDE_ELEMENTS))
    assert page.evaluate(SMALL_TARGETS) == []


def axe_violations(page) -> list[str]:
    """axe-core's serious and critical WCAG 2.1 AA violations. The site's CSP refuses the
    inline script `add_script_tag` would add, so the file's text is evaluated through the
    DevTools protocol instead, which the policy does not govern."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:4])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("case", cases("axe"))
def test_main_page_has_no_serious_accessibility_violation(case, visit):
    main_page, role = case
    for viewport in (DESKTOP, PHONE):
        page = visit(main_page, role, viewport)
        assert axe_violations(page) == [], viewport


def dutch_ui_strings() -> set[str]:
    """Our own Dutch translations from the templates that cannot be mistaken for English: a
    few words at least, and a msgstr that differs from its msgid. Placeholders split a string
    into its parts."""
    po = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    found = set()
    for entry in po.translated_entries():
        if not any(path.startswith("templates/") for path, _line in entry.occurrences):
            continue  # also stored in the database (rules, notifications) or content words
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            if text == entry.msgid:
                continue
            for part in re.split(r"%\(\w+\)[sd]|\{[^}]*\}|%[sd]|<[^>]+>", text):
                part = " ".join(part.split()).strip(" .,:;()")
                if len(part.split()) >= 3:
                    found.add(part)
    return found


@pytest.fixture(scope="module")
def dutch():
    return dutch_ui_strings()


INTERNAL_LINKS = """() => [...document.querySelectorAll('a[href]')]
  .map((a) => new URL(a.getAttribute('href'), location.href))
  .filter((u) => u.origin === location.origin)
  .map((u) => u.pathname)"""

# The page's text less course content, which is Dutch by design (and marked lang="nl").
UI_TEXT = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll('[lang]:not([lang|=en]), script, style').forEach((el) => el.remove());
  return body.innerText.replace(/\\s+/g, ' ');
}"""


@pytest.mark.parametrize("case", cases("english"))
def test_main_page_stays_english(case, visit, dutch):
    main_page, role = case
    page = visit(main_page, role, DESKTOP, language="en")
    assert page.get_attribute("html", "lang") == "en"
    dropped = sorted(
        {
            path
            for path in page.evaluate(INTERNAL_LINKS)
            if not path.startswith("/en/") and not path.startswith(UNPREFIXED)
        }
    )
    assert dropped == [], "links that leave English"
    text = page.evaluate(UI_TEXT)
    assert sorted(s for s in dutch if s in text) == [], "Dutch on an English page"


def test_the_menu_folds_on_a_phone_and_opens_from_the_keyboard(visit):
    home = next(page for page, role in CASES if page.key == "home")
    page = visit(home, "learner", PHONE)
    toggle = page.locator(".menu-toggle")
    menu = page.locator("#site-menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    header_height = page.locator(".site-header").bounding_box()["height"]
    assert header_height <= PHONE["height"] * 0.1, header_height
    toggle.focus()
    page.keyboard.press("Enter")
    menu.locator(".main-nav a").first.wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.locator(".account-link").is_visible()
    screenshot(page, "phone-menu-open", full_page=False)
    page.keyboard.press("Escape")
    menu.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    page.set_viewport_size(DESKTOP)
    toggle.wait_for(state="hidden")
    menu.locator(".main-nav a").first.wait_for(state="visible")
