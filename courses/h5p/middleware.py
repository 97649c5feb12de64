"""The player host serves the player and nothing else.

H5P_PLAYER_ORIGIN points at the same servers as the site, so without this every page of the
site would also answer there: a second copy of the site on a host whose cookies and CSP are
made for untrusted library code. A safe request for anything but the player (`h5p-speler/`)
is sent to the same path on the site (someone who typed the player's address, such as
http://localhost:8000 in the embedded default, lands on the site); anything else is refused
with 404. Static files are answered before this middleware (WhiteNoise)."""

import re
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseRedirect

# The player's URLs, with or without a language prefix (/en/h5p-speler/...).
PLAYER_PATH = re.compile(r"/(?:[a-z]{2}(?:-[a-z]+)?/)?h5p-speler/")


@lru_cache(maxsize=4)
def _player_host_apart(player_origin: str, site_origin: str) -> str | None:
    """The player's host, when it differs from the site's."""
    player_host = urlsplit(player_origin).netloc
    return player_host if player_host != urlsplit(site_origin).netloc else None


class PlayerHostOnlyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        player_host = _player_host_apart(settings.H5P_PLAYER_ORIGIN, settings.H5P_SITE_ORIGIN)
        if (
            player_host
            and request.META.get("HTTP_HOST") == player_host
            and not PLAYER_PATH.match(request.path_info)
        ):
            if request.method in ("GET", "HEAD"):
                site = settings.H5P_SITE_ORIGIN.rstrip("/")
                return HttpResponseRedirect(site + request.get_full_path())
            return HttpResponseNotFound()
        return self.get_response(request)
