"""The player host serves the player and nothing else.

H5P_PLAYER_ORIGIN points at the same servers as the site, so without this every page of the
site would also answer there: a second copy of the site on a host whose cookies and CSP are
made for untrusted library code. A safe request for anything but the player (`h5p-speler/`)
is sent to the same path on the site (someone who typed the player's address, such as
http://localhost:8000 in the embedded default, lands on the site); anything else is refused
with 404. Static files are answered before this middleware (WhiteNoise)."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseRedirect

from .player import player_host

# The player's URLs, with or without a language prefix (/en/h5p-speler/...).
PLAYER_PATH = re.compile(r"/(?:[a-z]{2}(?:-[a-z]+)?/)?h5p-speler/")


class PlayerHostOnlyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.META.get("HTTP_HOST")
        if (
            host == player_host()
            and host != urlsplit(settings.H5P_SITE_ORIGIN).netloc  # one host: nothing to keep apart
            and not PLAYER_PATH.match(request.path_info)
        ):
            if request.method in ("GET", "HEAD"):
                site = settings.H5P_SITE_ORIGIN.rstrip("/")
                return HttpResponseRedirect(site + request.get_full_path())
            return HttpResponseNotFound()
        return self.get_response(request)
