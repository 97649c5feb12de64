"""The player origin: addresses, signed tokens and headers of everything served there.

The lesson page frames the player from H5P_PLAYER_ORIGIN with sandbox="allow-scripts" (no
allow-same-origin), so library JavaScript runs in an opaque origin: it can reach neither the
lesson page nor any cookie of the site. The player views never read the session; the only
credential is a signed, expiring token naming the content.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

TOKEN_SALT = "intervisor.h5p.player"


def player_host() -> str:
    return urlsplit(settings.H5P_PLAYER_ORIGIN).netloc


def player_url(name: str, **kwargs) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.H5P_PLAYER_ORIGIN + reverse(f"h5p:{name}", kwargs=kwargs)


def player_token(content_id: int) -> str:
    return signing.dumps(content_id, salt=TOKEN_SALT, compress=False)


def player_token_content_id(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=TOKEN_SALT, max_age=settings.H5P_PLAYER_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def player_src(content_id: int) -> str:
    return player_url("player", token=player_token(content_id))


def player_csp() -> str:
    origin = settings.H5P_PLAYER_ORIGIN
    directives = {
        "default-src": "'none'",
        "script-src": origin,
        # H5P libraries write <style> elements and style attributes; on a sandboxed,
        # cookie-free origin inline styles cannot leak anything worth having.
        "style-src": f"{origin} 'unsafe-inline'",
        "img-src": f"{origin} data: blob:",
        "media-src": f"{origin} blob:",
        "font-src": f"{origin} data:",
        "connect-src": origin,
        "frame-src": "'none'",
        "worker-src": "'none'",
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'none'",
        "frame-ancestors": settings.H5P_SITE_ORIGIN,
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


# Files (not the page) get a policy that keeps a directly opened SVG or JSON inert.
FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
