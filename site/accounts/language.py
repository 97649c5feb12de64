"""A user's language preference: the language of their e-mails and, once logged in, of the site.

The site's language is the URL's (`/en/...`, unprefixed is Dutch), so "using" the preference
means sending the user to the URL in that language, and setting Django's language cookie for
the few paths without a prefix. E-mails are rendered inside `translation.override(...)` of
`language_for_user` or `language_for_email`.
"""

from django.conf import settings
from django.urls import translate_url

from .models import User

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def language_for_user(user) -> str:
    return user.preferred_language if user is not None else settings.LANGUAGE_CODE


def language_for_email(address: str, default: str | None = None) -> str:
    """The preferred language of the account that uses `address`; `default` (or the site's
    language) when there is no such account or it has no preference."""
    accounts = User.objects.filter(email__iexact=address.strip())
    language = accounts.values_list("language", flat=True).first()
    return language or default or settings.LANGUAGE_CODE


def url_in_language(url: str, language: str) -> str:
    """`url` (a path on this site) in `language`; unchanged when it is not one of ours."""
    if language not in LANGUAGE_CODES:
        return url
    return translate_url(url, language)


def language_cookie_set(response, language: str):
    """What Django's own set_language view does, for a language the user chose on the profile."""
    if language in LANGUAGE_CODES:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response
