"""Local development: SQLite, eager tasks, e-mail on the console."""

from .base import *  # noqa: F403
from .env import env_fernet_key, env_str

DEBUG = True
# A development key only: production refuses to start without DJANGO_SECRET_KEY.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
INTERVISOR_STAFF_MFA_REQUIRED = False
# A fixed key for development and tests only, never for real certificates: production requires
# its own INTERVISOR_CREDENTIAL_KEY.
INTERVISOR_CREDENTIAL_KEY = env_fernet_key("INTERVISOR_CREDENTIAL_KEY", DEV_ONLY_CREDENTIAL_KEY)  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
