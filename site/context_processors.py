from functools import cache

from django.conf import settings
from django.utils import translation

from . import navigation


@cache
def _language_choices(current: str) -> tuple[tuple[str, str], ...]:
    """The other languages, each with a button label in its own language."""
    choices = []
    for code, _name in settings.LANGUAGES:
        if code != current:
            with translation.override(code):
                choices.append((code, translation.gettext("Show this site in English")))
    return tuple(choices)


def site_navigation(request):
    return {
        "nav_items": navigation.items_for(request),
        "language_choices": _language_choices(translation.get_language()),
    }
