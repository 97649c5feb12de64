"""Keep personal data and secrets out of the logs.

`ScrubFilter` sits on every handler (Django's LOGGING, the Celery worker's handlers and
gunicorn's access and error logs), so a careless log call anywhere, ours or a library's, still
cannot write an e-mail address, a password, a token, a session id or an Authorization/Cookie
header. It rewrites the formatted message and the traceback; ids and other values stay.
"""

import logging
import re

REDACTED = "[redacted]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A header's value runs to the end of the line or the closing quote (it may contain spaces).
_HEADER = re.compile(
    r"(?i)\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key|http_authorization"
    r"|http_cookie)(['\"]?\s*[:=]\s*['\"]?)([^'\"\r\n]+)"
)
_SECRET = re.compile(
    r"(?i)\b([\w-]*(?:password|passwd|secret|token|api[_-]?key|sessionid|session_id|session_key"
    r"|csrftoken|otp|key)[\w-]*)(['\"]?\s*[:=]\s*['\"]?)([^\s'\"&,;)}\]]+)"
)
# Links that carry a secret in the path: password reset and e-mail confirmation keys.
_KEY_IN_PATH = re.compile(r"(/(?:password/reset/key|confirm-email)/)[^/\s\"']+")


def scrub(text: str) -> str:
    text = _HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _KEY_IN_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return _EMAIL.sub("[e-mail]", text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def handlers_scrub(logger: logging.Logger) -> None:
    """Add the filter to the handlers a library set up itself (Celery, gunicorn)."""
    for handler in logger.handlers:
        if not any(isinstance(f, ScrubFilter) for f in handler.filters):
            handler.addFilter(ScrubFilter())


try:
    from gunicorn.glogging import Logger as _GunicornLogger
except ImportError:  # gunicorn is only installed where it serves
    _GunicornLogger = None

if _GunicornLogger is not None:

    class GunicornLogger(_GunicornLogger):
        """gunicorn's logger with the scrub filter on its access and error handlers
        (`--logger-class intervisor.log_scrub.GunicornLogger`)."""

        def setup(self, cfg):
            super().setup(cfg)
            handlers_scrub(self.error_log)
            handlers_scrub(self.access_log)
