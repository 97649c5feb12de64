import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "intervisor.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "Zx9!qR7#mP2$vL5^nB8&cW3*" + "j" * 20,
    "DJANGO_ALLOWED_HOSTS": "intervisor.example.org,intervisor-speler.example.net",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/intervisor_unused",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "REDIS_CACHE_URL": "redis://127.0.0.1:6379/1",
    "WAGTAILADMIN_BASE_URL": "https://intervisor.example.org",
    "H5P_PLAYER_ORIGIN": "https://intervisor-speler.example.net",
    "EMAIL_HOST": "smtp.example.org",
    "DJANGO_DEFAULT_FROM_EMAIL": "Intervisor <noreply@example.org>",
    "INTERVISOR_CREDENTIAL_KEY": "dGVzdC1vbmx5IHByb2R1Y3Rpb24tY2hlY2sga2V5ISE=",
}


def _manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_", "EMAIL_", "WAGTAIL", "REDIS_"))
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_required_variables():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("player_origin", "allowed_hosts", "warning"),
    [
        (None, "intervisor.example.org", "h5p.W001"),  # the default: the site itself
        ("https://speler.intervisor.example.org", "*", "h5p.W001"),
        ("https://intervisor-speler.example.net", "intervisor.example.org", "h5p.W002"),
    ],
)
def test_check_deploy_warns_about_the_player_origin(player_origin, allowed_hosts, warning):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "H5P_PLAYER_ORIGIN"}
    env["DJANGO_ALLOWED_HOSTS"] = allowed_hosts
    if player_origin:
        env["H5P_PLAYER_ORIGIN"] = player_origin
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert warning in result.stderr + result.stdout


@pytest.mark.parametrize(
    "missing",
    [
        "DJANGO_SECRET_KEY",
        "DATABASE_URL",
        "CELERY_BROKER_URL",
        "REDIS_CACHE_URL",
        "DJANGO_ALLOWED_HOSTS",
        "EMAIL_HOST",
        "INTERVISOR_CREDENTIAL_KEY",
    ],
)
def test_missing_required_variable_names_it(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert f"Environment variable {missing} is required" in result.stderr


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("DATABASE_URL", "mysql://x@y/z", "DATABASE_URL must be a URL starting with"),
        ("CELERY_BROKER_URL", "localhost:6379", "CELERY_BROKER_URL must be a URL starting with"),
        ("REDIS_CACHE_URL", "memcached://x", "REDIS_CACHE_URL must be a URL starting with"),
        ("DJANGO_SECRET_KEY", "short", "DJANGO_SECRET_KEY must be at least 50"),
        ("INTERVISOR_CREDENTIAL_KEY", "secret", "INTERVISOR_CREDENTIAL_KEY must be 32 url-safe"),
        (
            "DJANGO_SECURE_HSTS_SECONDS",
            "a year",
            "DJANGO_SECURE_HSTS_SECONDS must be a whole number",
        ),
    ],
)
def test_malformed_variable_names_it(name, value, expected):
    result = _manage("check", env={**PRODUCTION_ENV, name: value})
    assert result.returncode != 0
    assert expected in result.stderr


BAD_ORIGINS = [
    "javascript:alert(1)",
    "speler.example.net",
    "https://",
    "https://speler.example.net/pad",
    "https://speler.example.net?x=1",
    "https://user@speler.example.net",
    "https://spe ler.example.net",
    "https://speler.example.net:99999",
    "ftp://speler.example.net",
]


@pytest.mark.parametrize("value", BAD_ORIGINS)
def test_a_malformed_origin_is_refused_with_the_variables_name(value):
    from django.core.exceptions import ImproperlyConfigured

    from intervisor.settings.env import check_origin

    with pytest.raises(ImproperlyConfigured, match="H5P_PLAYER_ORIGIN"):
        check_origin("H5P_PLAYER_ORIGIN", value)


@pytest.mark.parametrize(
    "value", ["https://speler.example.net", "http://localhost:8000", "https://*.example.net"]
)
def test_a_good_origin_passes(value):
    from intervisor.settings.env import check_origin

    assert check_origin("H5P_PLAYER_ORIGIN", value + "/") == value


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("H5P_PLAYER_ORIGIN", "https://speler.example.net/pad"),
        ("H5P_SITE_ORIGIN", "intervisor.example.org"),
        ("WAGTAILADMIN_BASE_URL", "https://"),
        ("DJANGO_CSRF_TRUSTED_ORIGINS", "intervisor.example.org"),
    ],
)
def test_the_start_stops_on_a_malformed_url_setting(name, value):
    result = _manage("check", env={**PRODUCTION_ENV, name: value})
    assert result.returncode != 0
    assert f"Environment variable {name}" in result.stderr
