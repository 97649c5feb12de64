"""The admin's own Content Security Policy, its gate for non-staff, and its chooser URLs."""

import pytest
from django.core import checks
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver

from tests.conftest import totp_activate

pytestmark = pytest.mark.django_db


def _security_errors():
    return [m.id for m in checks.run_checks(tags=[checks.Tags.security]) if m.is_serious()]


def test_the_csp_settings_pass_the_checks():
    assert _security_errors() == []


@override_settings(CSP_EXCLUDE_URL_PREFIXES=("/admin/",))
def test_a_django_csp_3_setting_fails_the_check():
    # django-csp 4 ignores it silently; both its own check and ours name it.
    assert {"csp.E001", "intervisor.E001"} <= set(_security_errors())


def test_the_stock_middleware_instead_of_ours_fails_the_check(settings):
    settings.MIDDLEWARE = [
        "csp.middleware.CSPMiddleware" if m == "intervisor.csp.AdminAwareCSPMiddleware" else m
        for m in settings.MIDDLEWARE
    ]
    assert {"intervisor.E002", "intervisor.E003"} <= set(_security_errors())


def _directives(header: str) -> dict[str, set[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: set(values) for name, *values in parts}


def test_admin_allows_wagtails_inline_code_and_the_site_does_not(client, home, admin_user):
    totp_activate(admin_user)
    client.force_login(admin_user)
    site = _directives(client.get("/")["Content-Security-Policy"])
    admin = _directives(client.get("/admin/")["Content-Security-Policy"])

    assert "'unsafe-inline'" not in site["script-src"] | site["style-src"]
    assert admin["script-src"] == {"'self'", "'unsafe-inline'"}
    assert admin["style-src"] == {"'self'", "'unsafe-inline'"}
    # Otherwise the admin is held to the site's sources.
    for name in ("default-src", "object-src", "frame-ancestors", "form-action", "base-uri"):
        assert admin[name] == site[name], name
    assert "'unsafe-eval'" not in " ".join(" ".join(v) for v in admin.values())


@pytest.mark.parametrize("role", ["learner", "team_lead"])
def test_a_logged_in_user_without_admin_access_gets_a_403_with_a_way_home(
    client, home, role, request
):
    client.force_login(request.getfixturevalue(role))
    for path in ("/admin/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 403, path
        html = response.content.decode()
        assert "Geen toegang tot de beheeromgeving" in html
        assert 'href="/"' in html
        # A page of the site, under the site's strict policy.
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_a_visitor_is_still_sent_to_the_login_page(client, home):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def _chooser_create_urls(resolver: URLResolver = None, prefix: str = ""):
    for pattern in (resolver or get_resolver()).url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _chooser_create_urls(pattern, route)
        elif isinstance(pattern, URLPattern) and "choose" in route and route.endswith("create/"):
            yield "/" + route


def test_no_chooser_create_url_answers_500(client, home, admin_user, editor):
    urls = sorted(_chooser_create_urls())
    assert len(urls) >= 6  # every snippet's chooser, and Wagtail's own
    client.raise_request_exception = False
    failures = []
    for user in (admin_user, editor):
        totp_activate(user)
        client.force_login(user)
        for url in urls:
            for response in (client.get(url), client.post(url, {"name": "Nieuw"})):
                if response.status_code >= 500:
                    failures.append(f"{user.email} {response.request['REQUEST_METHOD']} {url}")
    assert not failures, failures
