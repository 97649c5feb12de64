"""Settings shared by every environment; values that differ per machine come from the env."""

import sys
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .env import (
    database_config,
    env_bool,
    env_dir_outside,
    env_fernet_key,
    env_int,
    env_list,
    env_origin,
    env_origin_list,
    env_str,
    env_url,
    origin_of,
    runserver_origin,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # repository root

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY", None)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_origin_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates override third-party ones.
    "intervisor",
    "intervisor.accounts",
    "intervisor.providers",
    "intervisor.home",
    "intervisor.notifications",
    "intervisor.trainer",
    "intervisor.replies",
    "intervisor.calendarfeed",
    "courses",
    "courses.h5p",
    "courses.workshops",
    "practice",
    "practice.language",
    "practice.groups",
    "certification",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # allauth
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "intervisor.uploads.RequestSizeLimitMiddleware",
    "intervisor.safeinput.NulCharacterMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "courses.h5p.middleware.PlayerHostOnlyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "intervisor.csp.AdminAwareCSPMiddleware",
    # After the headers' middleware, so its 403 page and redirects carry them too.
    "intervisor.accounts.middleware.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "intervisor.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "intervisor.context_processors.site_navigation",
                "intervisor.notifications.context_processors.notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "intervisor.wsgi.application"

DATABASES = {"default": database_config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's backends, reading the logged-in user from the cache.
    "intervisor.accounts.backends.CachedModelBackend",
    "intervisor.accounts.backends.CachedAllauthBackend",
]

# Internationalisation: Dutch first, English second.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own short date formats per language ("2 dec. 2026"); numbers follow the locale ("3,5").
FORMAT_MODULE_PATH = ["intervisor.formats"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
# npm installs the H5P player and other front-end packages here; never committed.
NODE_MODULES_DIR = BASE_DIR / "node_modules"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Certificate PDFs and other personal files: outside MEDIA_ROOT, never web-served; a view that
# checks the owner hands them out (intervisor.private_files).
PRIVATE_MEDIA_ROOT = env_dir_outside(
    "DJANGO_PRIVATE_MEDIA_ROOT",
    str(BASE_DIR / "private_media"),
    outside=MEDIA_ROOT,
    outside_name="DJANGO_MEDIA_ROOT",
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "intervisor.private_files.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Upload limits per kind, each with a form error; see intervisor/uploads.py.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("INTERVISOR_MAX_IMAGE_BYTES", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
INTERVISOR_MAX_DOCUMENT_BYTES = env_int("INTERVISOR_MAX_DOCUMENT_BYTES", 20 * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "intervisor.uploads.DocumentForm"
# Every download goes through Wagtail's serve view, which applies the collection's view
# restrictions (login, groups, password), whatever the storage; never a direct or redirected
# file URL that would bypass them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Any request body above this is refused with 413 before it is read.
INTERVISOR_MAX_REQUEST_BYTES = env_int("INTERVISOR_MAX_REQUEST_BYTES", 60 * 1024 * 1024)

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Wagtail
WAGTAIL_SITE_NAME = "Intervisor"
# Without the variable: where `manage.py runserver` serves (the embedded default follows
# `make run PORT=...`); the H5P origins below and every link in e-mails, .ics files, QR codes
# and Open Badges follow it. Production requires it (settings/production.py).
WAGTAILADMIN_BASE_URL = env_url(
    "WAGTAILADMIN_BASE_URL", runserver_origin(sys.argv), schemes=("https", "http")
)
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "txt", "csv"]
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # allauth owns passwords
# No Gravatar: it would send a hash of each user's e-mail address to a third party, and the
# CSP allows images from this site only. Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for new versions (the CSP refuses it too).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# django-allauth
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "intervisor.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_SIGNUP_FORM_CLASS = "intervisor.accounts.forms.SignupForm"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Intervisor"
# Staff must have TOTP before they reach the admin; see accounts.middleware.
INTERVISOR_STAFF_MFA_REQUIRED = env_bool("INTERVISOR_STAFF_MFA_REQUIRED", True)

DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Intervisor <noreply@intervisor.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Celery. Without a broker (the embedded default) tasks run eagerly in the web process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = "intervisor"
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE: dict = {}
# Workshops: daily, Amsterdam time; both tasks are safe to run twice (one row per e-mail).
CELERY_BEAT_SCHEDULE["workshops-reminders"] = {
    "task": "courses.workshops.tasks.queue_workshop_reminders",
    "schedule": 60 * 60 * 24,
}
CELERY_BEAT_SCHEDULE["workshops-follow-ups"] = {
    "task": "courses.workshops.tasks.queue_workshop_follow_ups",
    "schedule": 60 * 60 * 24,
}
# Certification: marks expired certificates, sends the 90- and 30-day reminders (once each).
CELERY_BEAT_SCHEDULE["certification-daily"] = {
    "task": "certification.tasks.certificates_daily_task",
    "schedule": 60 * 60 * 24,
}

# Groups: reminders for meetings within two days (one per member, recorded per row).
CELERY_BEAT_SCHEDULE["groups-reminders"] = {
    "task": "practice.groups.tasks.queue_meeting_reminders",
    "schedule": 60 * 60 * 24,
}

# Re-queue work whose enqueue failed (broker down) or whose task was lost; see queueing.py.
CELERY_BEAT_SCHEDULE["sweep-unqueued-work"] = {
    "task": "intervisor.tasks.sweep_unqueued_work",
    "schedule": 60 * 10,
}

# Content Security Policy (django-csp 4, see intervisor/csp.py). The site's pages: no inline code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # No e-mail addresses, passwords, tokens, session ids or auth headers in any log line.
    "filters": {"scrub": {"()": "intervisor.log_scrub.ScrubFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["scrub"]}
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django.request": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# H5P. The player runs on a second origin so library JavaScript never shares the site's origin
# or cookies. By default that is the site's host name swapped between 127.0.0.1 and localhost
# (http://127.0.0.1:8000 -> http://localhost:8000): browsers keep cookies per host name, so the
# session cookie of the site is never sent to the player. In production set H5P_PLAYER_ORIGIN to
# a separate registrable domain (not a subdomain of the site) that points at the same servers.
H5P_SITE_ORIGIN = env_origin("H5P_SITE_ORIGIN", origin_of(WAGTAILADMIN_BASE_URL))
H5P_PLAYER_ORIGIN = env_origin(
    "H5P_PLAYER_ORIGIN",
    H5P_SITE_ORIGIN.replace("//127.0.0.1", "//localhost")
    if "//127.0.0.1" in H5P_SITE_ORIGIN
    else H5P_SITE_ORIGIN.replace("//localhost", "//127.0.0.1"),
)
H5P_MAX_UPLOAD_BYTES = env_int("H5P_MAX_UPLOAD_BYTES", 50 * 1024 * 1024, minimum=1024)
H5P_MAX_EXPANDED_BYTES = env_int("H5P_MAX_EXPANDED_BYTES", 200 * 1024 * 1024, minimum=1024)
# Unpacked H5P content per provider, all its exercises together (courses/h5p/quota.py).
H5P_PROVIDER_QUOTA_BYTES = env_int("H5P_PROVIDER_QUOTA_BYTES", 2 * 1024**3, minimum=1024)
# Only site administrators install new library versions; machine names listed here may also
# be installed by provider editors (empty by default).
H5P_EDITOR_INSTALLABLE_LIBRARIES = env_list("H5P_EDITOR_INSTALLABLE_LIBRARIES", [])
H5P_PLAYER_TOKEN_MAX_AGE = env_int("H5P_PLAYER_TOKEN_MAX_AGE", 12 * 3600, minimum=60)
# The lesson page frames the player, so its CSP must allow the player origin.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"].append(H5P_PLAYER_ORIGIN)
# The Wagtail admin (staff only, behind TOTP) runs Wagtail's inline scripts and styles, which
# carry no nonce; otherwise it is held to the same sources as the site.
INTERVISOR_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **{k: list(v) for k, v in CONTENT_SECURITY_POLICY["DIRECTIVES"].items()},
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    }
}

INTERVISOR_CERTIFICATE_VALIDITY_DAYS = env_int("INTERVISOR_CERTIFICATE_VALIDITY_DAYS", 3 * 365)
# Days before expiry on which a renewal reminder goes out (each once); the first also opens renewal.
INTERVISOR_CERTIFICATE_REMINDER_DAYS = (90, 30)
# Encrypts the providers' credential signing keys at rest (certification.credentials.keys).
# Production requires it; dev and test settings use a fixed key that is for those only.
INTERVISOR_CREDENTIAL_KEY = env_fernet_key("INTERVISOR_CREDENTIAL_KEY", None)
# Decodes to "dev-only credential key: not prd". Used by the dev and test settings only.
DEV_ONLY_CREDENTIAL_KEY = "ZGV2LW9ubHkgY3JlZGVudGlhbCBrZXk6IG5vdCBwcmQ="
