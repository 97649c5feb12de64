"""The player origin: only on its own host, no cookies, strict CSP, signed content tokens."""

import json

import pytest
from django.core import signing
from django.urls import reverse

from courses.h5p.player import TOKEN_SALT, player_token
from tests.factories.h5p import make_content

PLAYER_HOST = "h5p-player.testserver"


@pytest.fixture
def content(provider, admin_user):
    return make_content(provider=provider, user=admin_user)


def _get(client, url, host=PLAYER_HOST):
    return client.get(url, HTTP_HOST=host)


@pytest.mark.django_db
class TestPlayerPage:
    def test_serves_player_with_strict_csp_and_no_cookies(self, client, content, learner):
        client.force_login(learner)  # even with a session cookie the player ignores it
        url = reverse("h5p:player", kwargs={"token": player_token(content.pk)})
        response = _get(client, url)
        assert response.status_code == 200
        csp = response["Content-Security-Policy"]
        assert "default-src 'none'" in csp
        assert "script-src http://h5p-player.testserver;" in csp
        assert "frame-ancestors http://testserver" in csp
        assert "'unsafe-eval'" not in csp
        assert "X-Frame-Options" not in response
        assert not response.cookies
        assert "Cookie" not in response.get("Vary", "")
        config = json.loads(
            response.content.decode()
            .split('id="h5p-player-config" type="application/json">')[1]
            .split("</script>")[0]
        )
        assert config["xAPIObjectIRI"] == f"http://testserver/h5p/inhoud/{content.pk}"
        assert config["siteOrigin"] == "http://testserver"
        assert config["librariesPath"] == "http://h5p-player.testserver/h5p-speler/bibliotheken"
        assert "<script>" not in response.content.decode()  # no inline script

    def test_not_served_on_the_site_host(self, client, content):
        url = reverse("h5p:player", kwargs={"token": player_token(content.pk)})
        assert _get(client, url, host="testserver").status_code == 404

    def test_forged_or_expired_token_is_refused(self, client, content, settings):
        forged = signing.dumps(content.pk, salt="something-else")
        assert _get(client, reverse("h5p:player", kwargs={"token": forged})).status_code == 404
        settings.H5P_PLAYER_TOKEN_MAX_AGE = -1
        url = reverse("h5p:player", kwargs={"token": player_token(content.pk)})
        assert _get(client, url).status_code == 404

    def test_token_names_content_that_must_be_ready(self, client, content):
        content.status = content.Status.PENDING
        content.save()
        url = reverse("h5p:player", kwargs={"token": signing.dumps(content.pk, salt=TOKEN_SALT)})
        assert _get(client, url).status_code == 404


@pytest.mark.django_db
class TestPlayerFiles:
    def test_package_and_library_files_with_cors_and_inert_csp(self, client, content):
        token = player_token(content.pk)
        h5p_json = _get(
            client, reverse("h5p:player_package", kwargs={"token": token, "path": "h5p.json"})
        )
        assert h5p_json.status_code == 200
        assert h5p_json["Access-Control-Allow-Origin"] == "*"
        assert "sandbox" in h5p_json["Content-Security-Policy"]
        assert (
            json.loads(b"".join(h5p_json.streaming_content))["mainLibrary"] == "H5P.IntervisorCheck"
        )
        script = _get(
            client,
            reverse(
                "h5p:player_library",
                kwargs={"folder": "H5P.IntervisorCheck-1.0", "path": "intervisor-check.js"},
            ),
        )
        assert script.status_code == 200
        assert script["Content-Type"].startswith("text/javascript")
        assert not script.cookies

    @pytest.mark.parametrize(
        "path", ["../../../settings.py", "content/../h5p.json", ".env", "content/%2e%2e/x"]
    )
    def test_package_paths_cannot_escape(self, client, content, path):
        url = reverse(
            "h5p:player_package", kwargs={"token": player_token(content.pk), "path": "h5p.json"}
        )
        url = url.replace("h5p.json", path)
        assert _get(client, url).status_code == 404

    def test_only_package_files_of_the_token_content(self, client, content, provider, admin_user):
        other = make_content(provider=provider, user=admin_user)
        url = reverse(
            "h5p:player_package",
            kwargs={"token": player_token(content.pk), "path": "content/content.json"},
        )
        assert _get(client, url).status_code == 200
        assert f"/h5p/content/{other.pk}" not in url

    def test_core_player_files_come_from_node_modules(self, client):
        response = _get(client, reverse("h5p:player_core", kwargs={"path": "main.bundle.js"}))
        assert response.status_code == 200
        assert (
            _get(client, reverse("h5p:player_core", kwargs={"path": "../package.json"})).status_code
            == 404
        )
        assert (
            _get(client, reverse("h5p:player_core", kwargs={"path": "README.md"})).status_code
            == 404
        )

    def test_library_folder_must_look_like_a_library(self, client, content):
        url = reverse("h5p:player_library", kwargs={"folder": "h5p", "path": "x.js"})
        assert _get(client, url).status_code == 404


@pytest.mark.django_db
class TestPlayerHostServesOnlyThePlayer:
    """The player host points at the same servers as the site; it answers only for the player."""

    def test_a_site_page_on_the_player_host_goes_to_the_site(self, client, learner):
        client.force_login(learner)
        response = _get(client, "/mijn-leren/?tab=1")
        assert response.status_code == 302
        assert response["Location"] == "http://testserver/mijn-leren/?tab=1"
        assert not response.cookies
        assert _get(client, "/", host="testserver").status_code == 200

    def test_other_requests_on_the_player_host_are_refused(self, client):
        response = client.post("/accounts/login/", {"login": "x"}, HTTP_HOST=PLAYER_HOST)
        assert response.status_code == 404
        assert not response.cookies

    def test_the_player_still_answers_there(self, client, content):
        url = reverse("h5p:player", kwargs={"token": player_token(content.pk)})
        assert _get(client, url).status_code == 200

    def test_nothing_changes_when_both_are_one_host(self, client, settings):
        settings.H5P_PLAYER_ORIGIN = settings.H5P_SITE_ORIGIN
        assert _get(client, "/", host="testserver").status_code == 200
