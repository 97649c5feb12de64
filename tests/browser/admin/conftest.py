"""The admin in Chromium: staff log in with password and TOTP code through the real forms, and
every test fails on a console error, an uncaught exception or a CSP violation."""

import base64

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from tests.conftest import screenshot
from tests.factories.site import PASSWORD

# A fixed TOTP secret (base32) for the staff of these tests; codes are computed as an app would.
TOTP_SECRET = base64.b32encode(b"intervisor-browser!!").decode()

# Chromium also logs a CSP violation to the console; this catches the ones it does not (a
# report-only rule, a violation inside an event handler) and says which directive it was.
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (e) => {
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
    + ` at ${e.sourceFile}:${e.lineNumber}`);
});
"""


class ConsoleGuard:
    """Collects console errors, uncaught exceptions and CSP violations of one page.

    One kind of console error is Wagtail's own and expected: its autosave posts the edit form
    while the editor types, and an incomplete form answers 400 with a `validation_error` that
    the page shows as "autosave paused". Chromium logs each as "Failed to load resource"; those
    (and only those) are left out, matched by the URL and body of the response."""

    def __init__(self, page):
        self.messages: list[tuple[str, str]] = []
        self.page_errors: list[str] = []
        self.autosave_refusals: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(f"page error: {error}"))
        page.on("response", self._response)

    def _response(self, response):
        request = response.request
        if (
            response.status == 400
            and request.method == "POST"
            and request.headers.get("accept") == "application/json"
        ):
            try:
                body = response.json()
            except Exception:  # noqa: BLE001  (a body navigated away from is not readable)
                return
            if body.get("error_code") == "validation_error":
                self.autosave_refusals.append(response.url)

    def _console(self, message):
        if message.type == "error":
            self.messages.append((message.text, message.location.get("url", "")))

    @property
    def errors(self) -> list[str]:
        refusals = list(self.autosave_refusals)
        errors = list(self.page_errors)
        for text, url in self.messages:
            if "status of 400" in text and url in refusals:
                refusals.remove(url)
            else:
                errors.append(f"console: {text} ({url})")
        return errors


def guarded(page):
    page.context.add_init_script(CSP_LISTENER)
    page.console_guard = ConsoleGuard(page)
    page.set_default_timeout(15_000)
    return page


@pytest.fixture(autouse=True)
def _autosave_on_postgres_only(settings):
    """Wagtail's autosave posts the form while the editor types, beside the editor's own
    requests. SQLite's shared in-memory test database answers such concurrent writes with
    "table is locked" at once, so there it is off; the PostgreSQL run keeps it."""
    from django.db import connection

    if connection.vendor == "sqlite":
        settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def admin_page(browser_page):
    """A page whose test fails on any console error or CSP violation."""
    yield guarded(browser_page)
    assert not browser_page.console_guard.errors, "\n".join(browser_page.console_guard.errors)


@pytest.fixture
def second_page(chromium, live_server):
    """Another user's browser (own cookies), guarded the same way."""
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL", base_url=live_server.url
    )
    page = guarded(context.new_page())
    yield page
    errors = page.console_guard.errors
    context.close()
    assert not errors, "\n".join(errors)


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The current code, taken early enough in its period that the server still accepts it
    (allauth allows no tolerance; a code read in the last seconds of its period expires on a
    busy machine before the form arrives)."""
    import time

    from allauth.mfa import app_settings

    period = app_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < 5:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def give_authenticator(user) -> None:
    Authenticator.objects.update_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": TOTP_SECRET}}
    )


def staff_login(page, user) -> None:
    """Log in through allauth's form and its TOTP step, then open the admin."""
    give_authenticator(user)
    page.goto("/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/2fa/authenticate/**")
    page.fill("input[name=code]", totp_code())
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    assert "/2fa/authenticate/" not in page.url, "the TOTP code was refused"
    page.goto("/admin/")
    page.wait_for_selector("#wagtail-sidebar, [data-side-panel-toggle], .sidebar", state="attached")


def shot(page, name: str):
    return screenshot(page, f"admin-{name}")


def slow_machine(page, timeout_ms: int = 40_000):
    """A longer wait for each step, for machines shared by several test runs at once."""
    page.set_default_timeout(timeout_ms)
    return page
