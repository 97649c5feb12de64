"""Tests: SQLite in memory unless DATABASE_URL points at PostgreSQL; fast hashing; eager tasks.

A Celery worker started by the test suite (tests/conftest.py) loads these settings too, with
INTERVISOR_TEST_EAGER=0, its own queue, and e-mail written to files the tests can read.
"""

from .base import *  # noqa: F403
from .env import env_bool, env_fernet_key, env_str

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env_str("INTERVISOR_TEST_CACHE_URL", ""):  # the test suite's Celery worker
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env_str("INTERVISOR_TEST_CACHE_URL", ""),
        }
    }
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_FILE_PATH = env_str("INTERVISOR_TEST_EMAIL_DIR", "")
if EMAIL_FILE_PATH:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = env_bool("INTERVISOR_TEST_EAGER", True)
CELERY_TASK_DEFAULT_QUEUE = env_str("INTERVISOR_CELERY_QUEUE", "intervisor")
ALLOWED_HOSTS = ["*"]
INTERVISOR_STAFF_MFA_REQUIRED = True
# A fixed key for development and tests only, never for real certificates: production requires
# its own INTERVISOR_CREDENTIAL_KEY.
INTERVISOR_CREDENTIAL_KEY = env_fernet_key("INTERVISOR_CREDENTIAL_KEY", DEV_ONLY_CREDENTIAL_KEY)  # noqa: F405
ACCOUNT_RATE_LIMITS = False
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
H5P_SITE_ORIGIN = "http://testserver"
H5P_PLAYER_ORIGIN = "http://h5p-player.testserver"
CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"].append(H5P_PLAYER_ORIGIN)  # noqa: F405
# Fault tests (tests/faults) start their own workers: one whose e-mail backend blocks at a
# barrier so it can be killed mid-task, one with a short visibility timeout that picks the
# unacknowledged task up again.
EMAIL_BACKEND = env_str("INTERVISOR_TEST_EMAIL_BACKEND", EMAIL_BACKEND)
if env_str("INTERVISOR_TEST_VISIBILITY_TIMEOUT", ""):
    CELERY_BROKER_TRANSPORT_OPTIONS = {  # noqa: F405
        "visibility_timeout": int(env_str("INTERVISOR_TEST_VISIBILITY_TIMEOUT", "")),
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }
