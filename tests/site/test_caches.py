"""Caches in front of the database for every request: the logged-in user and the home page's
content (intervisor.caching lists them all). Each must follow a change at once."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ProviderFactory


@pytest.mark.django_db
class TestCachedUser:
    def test_user_is_read_from_the_cache_after_the_first_request(self, client, learner):
        client.force_login(learner)
        queries = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as ctx:
                assert client.get("/mijn-leren/").status_code == 200
            queries.append(
                [q["sql"] for q in ctx.captured_queries if 'FROM "accounts_user"' in q["sql"]]
            )
        assert queries[0] and not queries[1]

    def test_deactivated_user_is_logged_out_on_the_next_request(self, client, learner):
        client.force_login(learner)
        assert client.get("/mijn-leren/").status_code == 200
        learner.is_active = False
        learner.save()
        response = client.get("/mijn-leren/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_password_change_elsewhere_ends_the_session(self, client, learner):
        client.force_login(learner)
        assert client.get("/mijn-leren/").status_code == 200
        learner.set_password("een-heel-ander-wachtwoord-42")
        learner.save()
        assert client.get("/mijn-leren/").status_code == 302
        assert SESSION_KEY not in client.session

    def test_name_change_shows_at_once(self, client, learner):
        client.force_login(learner)
        client.get("/mijn-leren/")
        learner.first_name = "Roosmarijn"
        learner.save()
        assert "Roosmarijn" in client.get("/mijn-leren/").content.decode()

    def test_deleted_user_is_gone(self, client, learner):
        client.force_login(learner)
        client.get("/mijn-leren/")
        learner.delete()
        assert client.get("/mijn-leren/").status_code == 302


@pytest.mark.django_db
class TestHomeContent:
    def test_published_change_shows_at_once(self, client, learner, home):
        client.force_login(learner)
        client.get("/")
        home.hero_title = "Intervisie begeleiden leer je hier"
        home.save_revision().publish()
        assert "Intervisie begeleiden leer je hier" in client.get("/").content.decode()

    def test_a_new_provider_appears(self, client, home):
        client.get("/")
        ProviderFactory.create("Bureau Spiegelbeeld")
        assert "Bureau Spiegelbeeld" in client.get("/").content.decode()

    def test_logged_in_and_anonymous_visitors_get_their_own_version(self, client, learner, home):
        home.primary_cta_url, home.primary_cta_label = "/cursussen/", "Bekijk de cursussen"
        home.save_revision().publish()
        anonymous = client.get("/").content.decode()
        client.force_login(learner)
        logged_in = client.get("/").content.decode()
        assert "Account aanmaken" in anonymous
        assert "Account aanmaken" not in logged_in


@pytest.mark.django_db
class TestHomeServedByWagtail:
    """The home page at "/" is the site's root page, served by Wagtail."""

    def test_each_language_gets_its_live_translation(self, client, home):
        from wagtail.models import Locale

        english = home.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
        english.hero_title = "Learn to guide peer consultation"
        english.save_revision()  # a draft only: "/en/" shows the Dutch page
        client.get("/en/")
        assert home.hero_title in client.get("/en/").content.decode()
        english.get_latest_revision().publish()
        assert "Learn to guide peer consultation" in client.get("/en/").content.decode()
        assert home.hero_title in client.get("/").content.decode()

    def test_an_unpublished_root_is_not_found(self, client, home):
        client.get("/")
        home.unpublish()
        assert client.get("/").status_code == 404
