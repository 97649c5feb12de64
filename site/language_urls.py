"""Links that keep the visitor's language.

Course content is Dutch only; someone who chose English reads it under /en/ with English
menus and buttons. Wagtail reverses a page's URL in the language of the page's locale, so each
link to a (Dutch) page on an /en/ page dropped the prefix and the first click switched the
visitor back to Dutch. Our pages therefore take their URL in the active language (Wagtail
serves the Dutch page there when it has no translation), and paths typed into content (a
home page button, a feature link) go through `in_language`.
"""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def in_language(url: str, language: str | None = None) -> str:
    """A path of this site (in the default language, as content and Wagtail give it) in the
    active or given language; other URLs, and paths already in that language, as they are."""
    language = language or translation.get_language()
    if (
        not url
        or not url.startswith("/")
        or url.startswith("//")
        or language == settings.LANGUAGE_CODE
        or url.startswith(f"/{language}/")
    ):
        return url
    with translation.override(settings.LANGUAGE_CODE):  # resolve it where it comes from
        return translate_url(url, language)


class ActiveLanguageUrlMixin:
    """For Page models: their URL carries the active language's prefix."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if not parts or not parts[2]:
            return parts
        site_id, root_url, path = parts
        return site_id, root_url, in_language(path)
