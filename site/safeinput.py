"""Input the database cannot store, refused in one place with a clear message, never a 500.

- `json_parse`: every JSON body (xAPI statements, saved state) and every JSON file of an upload
  goes through it: bounded nesting, no NUL characters (PostgreSQL text cannot hold them), no
  NaN/Infinity (not JSON, and jsonb refuses them), numbers Python can read.
- `NulCharacterMiddleware`: a URL, query string or form field with a NUL character is answered
  400 with a message before any view runs, so no view (or form) has to think of it.
"""

import json
import math

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _

MAX_DEPTH = 32


class JSONRefused(ValueError):
    pass


def _no_constants(name):
    raise JSONRefused(_("%(value)s is not a number JSON allows.") % {"value": name})


def json_parse(raw, *, max_depth: int = MAX_DEPTH):
    """The parsed value of `raw` (bytes or str), or JSONRefused with a message to show."""
    try:
        value = json.loads(raw, parse_constant=_no_constants)
    except JSONRefused:
        raise
    except RecursionError:  # deeper than the parser goes: far deeper than max_depth
        raise JSONRefused(_too_deep(max_depth)) from None
    except (UnicodeDecodeError, ValueError):
        raise JSONRefused(_("This is not valid JSON.")) from None
    json_check(value, max_depth=max_depth)
    return value


def json_check(value, *, max_depth: int = MAX_DEPTH) -> None:
    """Walks the value without recursion: depth, NUL characters, non-finite numbers."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                raise JSONRefused(_too_deep(max_depth))
            if isinstance(item, dict):
                for key, child in item.items():
                    _text(key)
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            _text(item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise JSONRefused(_("The JSON holds a number that is too large."))


def _too_deep(max_depth: int) -> str:
    return _("The JSON is nested too deeply (at most %(depth)d levels).") % {"depth": max_depth}


def _text(text: str) -> None:
    if "\x00" in text:
        raise JSONRefused(_("Text may not contain NUL characters."))


def has_nul(text: str) -> bool:
    return "\x00" in text


class NulCharacterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._carries_nul(request):
            return HttpResponseBadRequest(
                _("Your request contains a NUL character, which no text here may contain."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _carries_nul(request) -> bool:
        if has_nul(request.path) or any(has_nul(v) for v in request.GET.values()):
            return True
        content_type = request.content_type or ""
        if request.method == "POST" and content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            return any(has_nul(key) or has_nul(value) for key, value in request.POST.items())
        return False
