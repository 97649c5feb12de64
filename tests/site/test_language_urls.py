"""Links keep the visitor's language: Wagtail pages and paths typed into content."""

import pytest
from django.utils import translation

from intervisor.language_urls import in_language

pytestmark = pytest.mark.django_db


def test_paths_follow_the_active_language():
    with translation.override("en"):
        assert in_language("/cursussen/") == "/en/cursussen/"
        assert in_language("/cursussen/?q=a#top") == "/en/cursussen/?q=a#top"
        assert in_language("/en/cursussen/") == "/en/cursussen/"
        assert in_language("https://example.org/cursussen/") == "https://example.org/cursussen/"
        assert in_language("//example.org/x/") == "//example.org/x/"
        assert in_language("mailto:a@example.org") == "mailto:a@example.org"
        assert in_language("") == ""
    with translation.override("nl"):
        assert in_language("/cursussen/") == "/cursussen/"


def test_a_dutch_page_links_in_english_on_english_pages(provider):
    page = provider.root_page.specific
    with translation.override("nl"):
        dutch = page.url
    assert not dutch.startswith("/en/")
    with translation.override("en"):
        assert page.url == f"/en{dutch}"


def test_the_home_page_button_keeps_english(client, home):
    home.primary_cta_url = "/cursussen/"
    home.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert 'href="/en/cursussen/"' in html
    assert 'href="/cursussen/"' not in html
