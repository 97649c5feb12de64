"""No personal data or secrets in log lines, whoever writes them."""

import io
import logging
import re
from pathlib import Path

import pytest
from django.conf import settings

from intervisor.log_scrub import ScrubFilter, handlers_scrub, scrub

LEAKY = (
    "login failed for lotte.de.vries+test@example.org password=Geheim123! "
    "token: abc.DEF-123 sessionid=7f3kq9zz csrftoken=Zz99 "
    '{"api_key": "sk_live_42", "new_password1": "hunter2"} '
    "reset link /accounts/password/reset/key/1a-5xz-0123456789abcdef/ "
    "headers Authorization: Bearer eyJhbGciOi.secret.part Cookie: sessionid=abc; other=1"
)
SECRETS = (
    "lotte.de.vries+test@example.org",
    "Geheim123!",
    "abc.DEF-123",
    "7f3kq9zz",
    "Zz99",
    "sk_live_42",
    "hunter2",
    "0123456789abcdef",
    "eyJhbGciOi",
    "sessionid=abc",
)


def _assert_clean(text: str) -> None:
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"leaked {leaked} in {text!r}"


def test_scrub_removes_addresses_passwords_tokens_sessions_and_auth_headers():
    cleaned = scrub(LEAKY)
    _assert_clean(cleaned)
    assert "[e-mail]" in cleaned
    assert "password=[redacted]" in cleaned
    assert "Authorization: [redacted]" in cleaned


def test_scrub_keeps_ordinary_values():
    line = "Task send_booking_email[42] succeeded in 0.1s status_code=200 booking=WS-00042"
    assert scrub(line) == line


@pytest.fixture
def console_output():
    """The stream of the console handler configured by settings.LOGGING."""
    handler = next(h for h in logging.getLogger().handlers if h.name == "console")
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield stream
    handler.setStream(old)


def test_configured_console_handler_scrubs_messages_arguments_and_tracebacks(console_output):
    assert settings.LOGGING["handlers"]["console"]["filters"] == ["scrub"]
    log = logging.getLogger("intervisor.test")
    log.warning("request from %s with %s", "lotte.de.vries+test@example.org", LEAKY)
    try:
        raise ValueError("could not mail lotte.de.vries+test@example.org password=hunter2")
    except ValueError:
        log.exception("failed")
    output = console_output.getvalue()
    assert "request from [e-mail]" in output
    assert "ValueError: could not mail [e-mail]" in output
    _assert_clean(output)


def test_worker_and_gunicorn_handlers_get_the_filter(tmp_path):
    from gunicorn.config import Config

    from intervisor.celery_app import _scrub_worker_logs
    from intervisor.log_scrub import GunicornLogger

    worker_logger = logging.getLogger("celery.test-scrub")
    worker_logger.addHandler(logging.StreamHandler(io.StringIO()))
    _scrub_worker_logs(logger=worker_logger)
    handlers_scrub(worker_logger)  # twice: still one filter
    assert [type(f) for f in worker_logger.handlers[0].filters] == [ScrubFilter]

    cfg = Config()
    cfg.set("accesslog", str(tmp_path / "access.log"))
    glog = GunicornLogger(cfg)
    glog.access_log.info('127.0.0.1 "GET /accounts/password/reset/key/1a-0123456789abcdef/"')
    for handler in glog.access_log.handlers:
        handler.flush()
    access = (tmp_path / "access.log").read_text()
    assert "/accounts/password/reset/key/[redacted]" in access
    _assert_clean(access)


LOG_CALL = re.compile(r"\b(?:log|logger|logging)\.\w+\((?P<args>[^)]*)\)", re.S)
PERSONAL = re.compile(r"request\.(?:POST|body|COOKIES|META)|\.email\b|password")


def test_no_code_logs_request_data_or_email_addresses():
    offenders = []
    for folder in ("site", "courses", "practice", "certification"):
        for path in (Path(settings.BASE_DIR) / folder).rglob("*.py"):
            for match in LOG_CALL.finditer(path.read_text()):
                if PERSONAL.search(match.group("args")):
                    offenders.append(f"{path}: {match.group(0)[:80]}")
    assert not offenders, offenders
