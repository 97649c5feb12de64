"""Settings for the benchmark server: production-like (DEBUG off, no query log), but with
static files served by whitenoise from the source tree so no collectstatic is needed.

Like production with REDIS_CACHE_URL (run.py sets Redis db 7 unless told otherwise): one cache
shared by both gunicorn workers, sessions read through it (Django's cached_db). A per-worker
local-memory cache would measure better than production (no network hop)."""

import os

from intervisor.settings.base import *  # noqa: F403

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bench-only-key-" + "x" * 40)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
INTERVISOR_STAFF_MFA_REQUIRED = True
# The demo seed issues a signed credential; like the test settings, the bench encrypts the
# issuer keys with the development key unless it is given one of its own.
INTERVISOR_CREDENTIAL_KEY = env_fernet_key(  # noqa: F405
    "INTERVISOR_CREDENTIAL_KEY",
    DEV_ONLY_CREDENTIAL_KEY,  # noqa: F405
)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Seeding sends the demo booking and certificate e-mails: keep them (and the PDF) out of the
# bench's output.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

REDIS_CACHE_URL = os.environ.get("REDIS_CACHE_URL", "")
if REDIS_CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_CACHE_URL,
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
