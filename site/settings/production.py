"""Production: every required value comes from the environment; missing ones stop the start."""

import dj_database_url  # noqa: F401  (fail early if the driver stack is missing)

from .base import *  # noqa: F403
from .env import (
    database_config,
    env_bool,
    env_fernet_key,
    env_int,
    env_json,
    env_list,
    env_origin_list,
    env_str,
    env_url,
)

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "Environment variable DJANGO_SECRET_KEY must be at least 50 random characters."
    )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
INTERVISOR_CREDENTIAL_KEY = env_fernet_key("INTERVISOR_CREDENTIAL_KEY")
CSRF_TRUSTED_ORIGINS = env_origin_list(
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    [
        f"https://{'*' if host.startswith('.') else ''}{host}"
        for host in ALLOWED_HOSTS
        if host != "*"
    ],
)
DATABASES = {"default": database_config()}
WAGTAILADMIN_BASE_URL = env_url("WAGTAILADMIN_BASE_URL", schemes=("https", "http"))

CELERY_BROKER_URL = env_url("CELERY_BROKER_URL", schemes=("redis", "rediss", "amqp", "amqps"))
CELERY_TASK_ALWAYS_EAGER = False

# One cache shared by every web and worker process: what is cached and what clears it is listed
# in intervisor.caching; an entry is dropped in that one place, so no process keeps a stale copy.
REDIS_CACHE_URL = env_url("REDIS_CACHE_URL", schemes=("redis", "rediss"))
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_CACHE_URL,
    }
}
# Sessions stay in the database, read through the shared cache: one query less per page.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# E-mail: SMTP by default; any django-anymail backend when EMAIL_BACKEND names one.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
if EMAIL_BACKEND.endswith("smtp.EmailBackend"):
    EMAIL_HOST = env_str("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    ANYMAIL = env_json("ANYMAIL")
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Optional S3-compatible media storage.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", None)
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", None)
    AWS_ACCESS_KEY_ID = env_str("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env_str("AWS_SECRET_ACCESS_KEY")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    # Personal files under their own prefix, private ACL; handed out only through a view.
    STORAGES["private"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
