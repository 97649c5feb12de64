"""Which files a package may hold, after H5P core's own rules (h5p-php-library,
``H5PCore::getWhitelist`` and ``H5PValidator::isValidPackage``).

- Content files (``content/...``): H5P's default content whitelist.
- Library files: the same plus ``js`` and ``css``.
- Ignored, as H5P core ignores them: any path with a part starting with ``.`` or ``_`` (editor
  droppings such as ``.DS_Store`` and ``__MACOSX/``) and stray files at the top of the package
  (``H5P_CONTENT_HERE.txt``). They are skipped: neither checked further nor extracted.

Stricter than H5P core where it matters on our servers: ``swf`` is refused (Flash runs code),
``webp`` and ``ogv`` are accepted as the browsers play them, and library files need an
extension.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from django.utils.translation import gettext as _

# H5PCore::$defaultContentWhitelist
H5P_CONTENT_WHITELIST = frozenset(
    {"json", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "svg", "eot", "ttf", "woff"}
    | {"woff2", "otf", "webm", "mp4", "ogg", "mp3", "m4a", "wav", "txt", "pdf", "rtf", "doc"}
    | {"docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "xml", "csv", "diff", "patch"}
    | {"swf", "md", "textile", "vtt", "webvtt", "gltf", "glb"}
)
H5P_LIBRARY_EXTRA = frozenset({"js", "css"})
REFUSED_ANYWAY = frozenset({"swf"})

CONTENT_EXTENSIONS = (H5P_CONTENT_WHITELIST | {"webp", "ogv"}) - REFUSED_ANYWAY
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | H5P_LIBRARY_EXTRA | {"map"}
# Named in their own message: these can run code in a browser or on a server.
EXECUTABLE_EXTENSIONS = frozenset(
    {"php", "php3", "php4", "php5", "phtml", "phar", "html", "htm", "xhtml", "shtml", "js"}
    | {"mjs", "css", "svgz", "swf", "jsp", "asp", "aspx", "cgi", "pl", "py", "sh", "exe", "wasm"}
)


def ignored_by_h5p(name: str) -> bool:
    """True for a member H5P core skips: a part starting with . or _, or a stray top-level
    file (anything at the top but h5p.json; folders are library folders or content/)."""
    parts = PurePosixPath(name.rstrip("/")).parts
    if any(part.startswith((".", "_")) for part in parts):
        return True
    return len(parts) == 1 and not name.endswith("/") and name.lower() != "h5p.json"


def extension(name: str) -> str:
    return PurePosixPath(name).suffix.lower().lstrip(".")


def content_file_problem(name: str) -> str | None:
    shown = {"name": name[:200]}
    suffix = extension(name)
    if suffix in EXECUTABLE_EXTENSIONS:
        return (
            _("%(name)s: scripts, stylesheets and web pages are not allowed in content/.") % shown
        )
    if suffix not in CONTENT_EXTENSIONS:
        if not suffix:
            return _("%(name)s: files without an extension are not allowed.") % shown
        return _("%(name)s: files of type .%(ext)s are not allowed in content/.") % {
            **shown,
            "ext": suffix,
        }
    return None


def library_file_problem(name: str) -> str | None:
    shown = {"name": name[:200]}
    suffix = extension(name)
    if not suffix:
        return _("%(name)s: files without an extension are not allowed.") % shown
    if suffix not in LIBRARY_EXTENSIONS:
        return _("%(name)s: files of type .%(ext)s are not allowed in a library.") % {
            **shown,
            "ext": suffix,
        }
    return None
