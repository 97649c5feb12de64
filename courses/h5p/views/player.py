"""Views of the player origin. They never touch the session and never set a cookie."""

import mimetypes
import re
from functools import wraps
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from ..models import CONTENT_ROOT, LIBRARY_ROOT, H5PContent
from ..package.libraries import LIBRARY_FOLDER
from ..player import (
    FILE_CSP,
    player_csp,
    player_host,
    player_token_content_id,
    player_url,
)

PLAYER_DIST = ("h5p-standalone", "dist")
SAFE_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@ ()+-]{0,200}$")
CORE_EXTENSIONS = {".js", ".css", ".woff", ".woff2", ".svg", ".gif", ".png"}
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("image/svg+xml", ".svg")
mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("text/vtt", ".vtt")


def player_only(view):
    """Answer only on the player host, and strip any cookie a middleware might add."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.get_host() != player_host():
            raise Http404
        response = view(request, *args, **kwargs)
        response.cookies.clear()
        return response

    return xframe_options_exempt(require_safe(wrapped))


def _safe_relative(path: str) -> str:
    parts = PurePosixPath(path).parts
    if not parts or "\\" in path or any(not SAFE_PART.match(part) for part in parts):
        raise Http404
    return "/".join(parts)


def _file_response(opened, name: str, *, cache: str) -> FileResponse:
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(opened, content_type=content_type)
    response["Content-Security-Policy"] = FILE_CSP
    # Fetched from the sandboxed frame's opaque origin ("null"): CORS must allow any origin,
    # which is harmless because nothing here depends on who asks.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = cache
    return response


def _storage_file(name: str, *, cache: str) -> FileResponse:
    try:
        opened = default_storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    return _file_response(opened, name, cache=cache)


def _ready_content(token: str) -> H5PContent:
    content_id = player_token_content_id(token)
    if content_id is None:
        raise Http404
    content = H5PContent.objects.filter(pk=content_id, status=H5PContent.Status.READY).first()
    if content is None:
        raise Http404
    return content


@player_only
def player_page(request, token: str):
    content = _ready_content(token)
    config = {
        "contentId": str(content.pk),
        "title": content.title,
        "h5pJsonPath": player_url("player_package", token=token, path="h5p.json").rsplit("/", 1)[0],
        "librariesPath": player_url("player_library_root").rstrip("/"),
        "frameJs": player_url("player_core", path="frame.bundle.js"),
        "frameCss": player_url("player_core", path="styles/h5p.css"),
        "xAPIObjectIRI": content.activity_iri,
        "siteOrigin": settings.H5P_SITE_ORIGIN,
    }
    static_js = static("js/h5p/player.js")
    if static_js.startswith("/"):
        static_js = settings.H5P_PLAYER_ORIGIN + static_js
    # Rendered without the request: context processors would read the session.
    html = render_to_string(
        "h5p/player.html",
        {
            "config": config,
            "player_js": static_js,
            "main_js": player_url("player_core", path="main.bundle.js"),
            # H5P's own fonts (Open Sans, Inter and its icon fonts), as on h5p.org.
            "fonts_css": player_url("player_core", path="styles/h5p-fonts.css"),
            "title": content.title,
            "language": get_language(),
        },
    )
    response = HttpResponse(html)
    response["Content-Security-Policy"] = player_csp()
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


@player_only
def player_package(request, token: str, path: str):
    content = _ready_content(token)
    relative = _safe_relative(path)
    if relative != "h5p.json" and not relative.startswith("content/"):
        raise Http404
    return _storage_file(f"{CONTENT_ROOT}/{content.pk}/{relative}", cache="private, max-age=3600")


@player_only
def player_library(request, folder: str, path: str):
    if not LIBRARY_FOLDER.match(folder):
        raise Http404
    return _storage_file(
        f"{LIBRARY_ROOT}/{folder}/{_safe_relative(path)}", cache="public, max-age=3600"
    )


@player_only
def player_library_root(request):
    raise Http404  # only its address is used, as the base of library URLs


@player_only
def player_core(request, path: str):
    """The h5p-standalone player files from node_modules (installed with npm, not committed)."""
    relative = _safe_relative(path)
    if Path(relative).suffix not in CORE_EXTENSIONS:
        raise Http404
    root = Path(settings.NODE_MODULES_DIR, *PLAYER_DIST).resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root) or not target.is_file():
        raise Http404
    return _file_response(target.open("rb"), relative, cache="public, max-age=86400")
