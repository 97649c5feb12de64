"""Read settings from the environment, failing at start with the variable's name.

Every helper raises ImproperlyConfigured naming the variable, so a missing or malformed value
stops the process before it serves a single request.
"""

import base64
import binascii
import json
import os
from urllib.parse import urlparse

from django.core.exceptions import ImproperlyConfigured

_REQUIRED = object()


def _raw(name: str, default):
    value = os.environ.get(name)
    if value is None or value == "":
        if default is _REQUIRED:
            raise ImproperlyConfigured(f"Environment variable {name} is required but not set.")
        return None
    return value


def env_str(name: str, default=_REQUIRED) -> str:
    value = _raw(name, default)
    return default if value is None else value


def env_bool(name: str, default=_REQUIRED) -> bool:
    value = _raw(name, default)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(
        f"Environment variable {name} must be a boolean (true/false/1/0), got {value!r}."
    )


def env_int(name: str, default=_REQUIRED, *, minimum: int | None = None) -> int:
    value = _raw(name, default)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"Environment variable {name} must be a whole number, got {value!r}."
        ) from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"Environment variable {name} must be at least {minimum}.")
    return number


def env_list(name: str, default=_REQUIRED) -> list[str]:
    value = _raw(name, default)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_json(name: str, default=_REQUIRED):
    value = _raw(name, default)
    if value is None:
        return default
    try:
        return json.loads(value)
    except json.JSONDecodeError as exc:
        raise ImproperlyConfigured(
            f"Environment variable {name} is not valid JSON: {exc}"
        ) from None


def env_url(name: str, default=_REQUIRED, *, schemes: tuple[str, ...]) -> str:
    value = env_str(name, default)
    if value is None:
        return value
    parsed = urlparse(value)
    if parsed.scheme not in schemes:
        raise ImproperlyConfigured(
            f"Environment variable {name} must be a URL starting with one of "
            f"{', '.join(s + '://' for s in schemes)}; got {value!r}."
        )
    if parsed.scheme in ("http", "https") and not _host_ok(parsed):
        raise ImproperlyConfigured(f"Environment variable {name} has no valid host: {value!r}.")
    return value


def _host_ok(parsed) -> bool:
    try:
        parsed.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        return False
    host = (parsed.hostname or "").removeprefix("*.")
    return (
        bool(host) and all(c.isalnum() or c in ".-:[]" for c in host) and "@" not in parsed.netloc
    )


def origin_of(url: str) -> str:
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}"


def check_origin(name: str, value: str) -> str:
    """`scheme://host[:port]`, nothing more: what browsers send as Origin."""
    parsed = urlparse(value.strip())
    if (
        parsed.scheme not in ("http", "https")
        or not _host_ok(parsed)
        or parsed.path not in ("", "/")
        or parsed.params
        or parsed.query
        or parsed.fragment
    ):
        raise ImproperlyConfigured(
            f"Environment variable {name} must be an origin such as https://example.nl "
            f"(scheme and host, no path); got {value!r}."
        )
    return f"{parsed.scheme}://{parsed.netloc}"


def env_origin(name: str, default=_REQUIRED) -> str:
    value = env_str(name, default)
    return value if value is None else check_origin(name, value)


def env_origin_list(name: str, default=_REQUIRED) -> list[str]:
    """Origins from `name`, each checked; the default (derived by the caller) as it is."""
    if _raw(name, default) is None:
        return list(default)
    return [check_origin(name, value) for value in env_list(name)]


def env_fernet_key(name: str, default=_REQUIRED) -> str:
    """A Fernet key: 32 bytes, url-safe base64 encoded (44 characters)."""
    value = env_str(name, default)
    if value is None:
        return value
    try:
        valid = len(base64.urlsafe_b64decode(value.encode())) == 32
    except (binascii.Error, ValueError):
        valid = False
    if not valid:
        raise ImproperlyConfigured(
            f"Environment variable {name} must be 32 url-safe base64-encoded bytes; make one "
            "with: python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key())'"
        )
    return value


def database_config(name: str = "DATABASE_URL", default=_REQUIRED) -> dict:
    import dj_database_url

    url = env_url(name, default, schemes=("postgres", "postgresql", "sqlite", "pgsql", "postgis"))
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60))
    except ValueError as exc:
        raise ImproperlyConfigured(f"Environment variable {name} is malformed: {exc}") from None
    return config


def env_dir_outside(name: str, default: str, *, outside, outside_name: str):
    """A folder from `name` that must not lie inside `outside` (the web-served media)."""
    from pathlib import Path

    folder = Path(env_str(name, default))
    if folder.resolve().is_relative_to(Path(outside).resolve()):
        raise ImproperlyConfigured(
            f"Environment variable {name} must be a folder outside {outside_name} "
            f"({outside}): files there are not served to anyone."
        )
    return folder


def runserver_origin(argv: list[str], default: str = "http://127.0.0.1:8000") -> str:
    """The address `manage.py runserver [addr:]port` serves on (the embedded default, e.g.
    `make run PORT=8101`), so every URL the site builds follows it; `default` otherwise."""
    if len(argv) < 2 or argv[1] != "runserver":
        return default
    addrport = next((arg for arg in argv[2:] if not arg.startswith("-")), "")
    host, _sep, port = addrport.rpartition(":") if ":" in addrport else ("", "", addrport)
    host = host.strip("[]") or "127.0.0.1"
    if host in {"0.0.0.0", "::"}:
        host = "127.0.0.1"  # listening everywhere: the local address is the one to link to
    if not port.isdigit():
        port = "8000"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"
