"""Every page the project defines carries the security headers, for visitors and learners."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from intervisor.settings import base
from tests.authz.matrix import MATRIX
from tests.authz.test_matrix import World
from tests.factories.site import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home):
    return World()


def _html_responses(client, world, role):
    if role != "anonymous":
        client.force_login(world.users[role])
    for name, case in sorted(MATRIX.items()):
        if case.method != "get":
            continue
        response = client.get(case.resolve_url(world))
        if response.get("Content-Type", "").startswith("text/html"):
            yield name, response


@pytest.mark.parametrize("role", ["anonymous", "learner"])
def test_every_html_page_sends_csp_nosniff_referrer_and_frame_headers(client, world, role):
    checked, missing = 0, []
    for name, response in _html_responses(client, world, role):
        checked += 1
        path = response.wsgi_request.path
        wanted = {
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin",
            "X-Frame-Options": "DENY",
        }
        wanted["Content-Security-Policy"] = None
        for header, value in wanted.items():
            if header not in response or (value and response[header] != value):
                missing.append(f"{name} ({path}): {header}={response.get(header)!r}")
            elif (
                header == "Content-Security-Policy"
                and "'unsafe-inline'" in response[header]
                and not response.has_header("Location")
            ):
                # Only the Wagtail admin runs inline code (intervisor.csp); these roles get
                # none of its pages: a visitor is redirected to log in, and a learner gets a
                # page of the site.
                missing.append(f"{name} ({path}): CSP allows inline code")
    assert checked >= 10  # the sweep really looked at pages
    assert not missing, "\n".join(missing)


def test_csp_forbids_inline_scripts_and_foreign_framing(client, home):
    csp = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'self'" in csp


@pytest.fixture
def rate_limits():
    """The production rate limits (tests run without them), on a clean cache."""
    cache.clear()
    with override_settings(ACCOUNT_RATE_LIMITS=base.ACCOUNT_RATE_LIMITS):
        yield base.ACCOUNT_RATE_LIMITS
    cache.clear()


TOO_MANY = "Too many failed login attempts"


def _login(client, email, password):
    with translation.override("en"):
        response = client.post(reverse("account_login"), {"login": email, "password": password})
    return response.status_code, TOO_MANY in response.content.decode()


def test_login_is_limited_after_five_failures_for_one_address(client, learner, rate_limits):
    assert rate_limits["login_failed"] == "10/m/ip,5/5m/key"
    attempts = [_login(client, learner.email, "not-the-password") for _ in range(5)]
    assert attempts == [(200, False)] * 5  # the form again, with the usual error

    assert _login(client, learner.email, "not-the-password") == (200, True)
    # Even the right password is refused until the window has passed.
    assert _login(client, learner.email, PASSWORD) == (200, True)
    assert "_auth_user_id" not in client.session


def test_failed_logins_are_limited_per_ip_across_addresses(client, learner, rate_limits):
    attempts = [_login(client, f"guess{i}@example.test", "x") for i in range(11)]
    assert attempts[:10] == [(200, False)] * 10
    assert attempts[10] == (200, True)
    assert _login(client, learner.email, PASSWORD) == (200, True)


def test_login_requests_are_limited_per_ip(client, learner, rate_limits):
    assert rate_limits["login"] == "30/m/ip"
    statuses = [client.get(reverse("account_login")).status_code for _ in range(3)]
    assert statuses == [200] * 3  # looking at the form does not count
    with override_settings(ACCOUNT_RATE_LIMITS={**rate_limits, "login": "3/m/ip"}):
        statuses = [_login(client, learner.email, PASSWORD)[0] for _ in range(4)]
    assert statuses[3] == 429
