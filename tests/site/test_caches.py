"""Caches in front of the database for every request: the logged-in user, Wagtail's site and
the home page's content. Each must follow a change at once."""

from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from intervisor import sitecache
from intervisor.accounts.backends import user_and_entries, user_cache_key
from tests.factories import ProviderFactory


@pytest.mark.django_db
class TestCachedUser:
    def test_user_is_read_from_the_cache_after_the_first_request(
        self, client, learner, django_assert_max_num_queries
    ):
        from django.core.cache import cache

        client.force_login(learner)
        client.get("/mijn-leren/")
        assert cache.get(user_cache_key(learner.pk)).email == learner.email

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


def _request_of(client):
    """A request carrying the test client's session, through AuthenticationMiddleware."""
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.backends.base import SessionBase
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    store = import_module(settings.SESSION_ENGINE).SessionStore
    key = client.cookies[settings.SESSION_COOKIE_NAME].value if client.cookies else None
    request.session = store(key)
    assert isinstance(request.session, SessionBase)
    AuthenticationMiddleware(lambda r: None).process_request(request)
    return request


@pytest.mark.django_db
class TestUserAndEntries:
    """accounts.backends.user_and_entries: the user and an endpoint's entries in one read."""

    def test_one_cache_read_gives_the_user_and_the_entries(self, client, learner, monkeypatch):
        from django.core.cache import cache

        client.force_login(learner)
        client.get("/mijn-leren/")  # the user row is cached now
        cache.set(f"thing:{learner.pk}", 42)
        calls = []
        real_get_many = cache.get_many
        monkeypatch.setattr(
            cache, "get_many", lambda keys: calls.append(keys) or real_get_many(keys)
        )
        request = _request_of(client)
        with CaptureQueriesContext(connection) as queries:
            found = user_and_entries(request, lambda uid: [f"thing:{uid}", "missing"])
        assert found == {f"thing:{learner.pk}": 42}
        assert request.user == learner and len(calls) == 1
        assert not [q for q in queries.captured_queries if "accounts_user" in q["sql"]]

    def test_the_session_is_still_verified(self, client, learner):
        client.force_login(learner)
        learner.set_password("een-heel-ander-wachtwoord-42")
        learner.save()
        request = _request_of(client)
        assert user_and_entries(request, lambda uid: [f"thing:{uid}"]) == {}
        assert not request.user.is_authenticated

    def test_a_deactivated_user_is_anonymous(self, client, learner):
        client.force_login(learner)
        learner.is_active = False
        learner.save()
        request = _request_of(client)
        user_and_entries(request, lambda uid: [])
        assert not request.user.is_authenticated

    def test_anonymous_gets_no_user_id(self, client, db):
        seen = []
        request = _request_of(client)
        assert user_and_entries(request, lambda uid: seen.append(uid) or []) == {}
        assert seen == [None] and not request.user.is_authenticated


@pytest.mark.django_db
class TestSessionReadWithTheUser:
    """With sessions read through the cache (intervisor.sessions, as in production), a session
    this worker has seen is read in the same round trip as its user and the entries."""

    @pytest.fixture(autouse=True)
    def _engine(self, settings):
        settings.SESSION_ENGINE = "intervisor.sessions"
        from intervisor.accounts import backends

        backends._session_users.clear()

    def _spy(self, monkeypatch):
        from django.core.cache import cache

        calls, inside = [], []
        real_get, real_get_many = cache.get, cache.get_many

        def get(key, *args, **kwargs):
            if not inside:  # the local-memory cache's get_many calls get itself
                calls.append([key])
            return real_get(key, *args, **kwargs)

        def get_many(keys, *args, **kwargs):
            calls.append(list(keys))
            inside.append(1)
            try:
                return real_get_many(keys, *args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(cache, "get", get)
        monkeypatch.setattr(cache, "get_many", get_many)
        return calls

    def test_a_seen_session_takes_one_round_trip(self, client, learner, monkeypatch):
        from django.core.cache import cache

        client.force_login(learner)
        user_and_entries(_request_of(client), lambda uid: [])  # this worker sees it
        cache.set(f"thing:{learner.pk}", 42)
        calls = self._spy(monkeypatch)
        request = _request_of(client)
        with CaptureQueriesContext(connection) as queries:
            found = user_and_entries(request, lambda uid: [f"thing:{uid}"])
        assert found == {f"thing:{learner.pk}": 42} and request.user == learner
        assert len(calls) == 1 and request.session.cache_key in calls[0]
        assert queries.captured_queries == []

    def test_a_wrong_guess_never_gives_the_guessed_users_entries(
        self, client, learner, other_learner
    ):
        from django.core.cache import cache

        from intervisor.accounts import backends

        client.force_login(learner)
        backends._session_users.put(
            client.cookies[settings.SESSION_COOKIE_NAME].value, other_learner.pk
        )
        cache.set(f"thing:{other_learner.pk}", "not yours")
        cache.set(f"thing:{learner.pk}", "yours")
        request = _request_of(client)
        assert user_and_entries(request, lambda uid: [f"thing:{uid}"]) == {
            f"thing:{learner.pk}": "yours"
        }
        assert request.user == learner

    def test_after_logout_the_guess_finds_nobody(self, client, learner):
        client.force_login(learner)
        user_and_entries(_request_of(client), lambda uid: [])
        key = client.cookies[settings.SESSION_COOKIE_NAME].value
        client.logout()
        client.cookies[settings.SESSION_COOKIE_NAME] = key  # an old cookie sent again
        request = _request_of(client)
        seen = []
        assert user_and_entries(request, lambda uid: seen.append(uid) or []) == {}
        assert not request.user.is_authenticated and seen[-1] is None

    def test_a_session_gone_from_the_cache_is_read_from_the_database(self, client, learner):
        from django.core.cache import cache

        client.force_login(learner)
        user_and_entries(_request_of(client), lambda uid: [])
        request = _request_of(client)
        cache.delete(request.session.cache_key)
        user_and_entries(request, lambda uid: [])
        assert request.user == learner

    def test_pages_and_the_h5p_endpoints_work_with_it(self, client, learner):
        client.force_login(learner)
        for _ in range(2):
            assert client.get("/").status_code == 200
            assert client.get("/mijn-leren/").status_code == 200


@pytest.mark.django_db
class TestSiteMemo:
    def test_home_page_needs_no_site_query_once_known(
        self, client, home, django_assert_max_num_queries
    ):
        client.get("/")
        with django_assert_max_num_queries(6):
            assert client.get("/").status_code == 200

    def test_a_saved_site_is_looked_up_again(self, client, home):
        client.get("/")
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Elders"
        site.save()
        assert sitecache._memo == {}

    def test_root_page_edits_are_never_served_from_the_memo(self, client, home):
        client.get("/")
        home.hero_title = "Een nieuwe titel voor de start"
        home.save_revision().publish()
        assert "Een nieuwe titel voor de start" in client.get("/").content.decode()


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
