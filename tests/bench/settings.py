"""Settings for the benchmark server: production-like (DEBUG off, no query log), but with
static files served by whitenoise from the source tree so no collectstatic is needed."""

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
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
