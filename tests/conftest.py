"""Shared fixtures: one user per role, providers, a real Celery worker, and Chromium."""

import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings

from intervisor.accounts import roles
from intervisor.providers.models import ProviderMembership
from intervisor.providers.services import provider_member_add
from tests.factories import HomePageFactory, ProviderFactory, make_user
from tests.factories.site import PASSWORD

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture
def home(db):
    return HomePageFactory.create()


@pytest.fixture
def provider(db):
    return ProviderFactory.create("Aanbieder A")


@pytest.fixture
def other_provider(db):
    return ProviderFactory.create("Aanbieder B")


@pytest.fixture
def learner(db):
    return make_user(roles.LEARNER, email="learner@example.test", first_name="Lotte")


@pytest.fixture
def other_learner(db):
    return make_user(roles.LEARNER, email="other-learner@example.test", first_name="Olaf")


@pytest.fixture
def trainer(provider):
    user = make_user(roles.TRAINER, email="trainer@example.test", first_name="Tineke")
    provider_member_add(provider=provider, user=user, role=ProviderMembership.Role.TRAINER)
    return user


@pytest.fixture
def other_trainer(other_provider):
    user = make_user(roles.TRAINER, email="trainer-b@example.test", first_name="Bram")
    provider_member_add(provider=other_provider, user=user, role=ProviderMembership.Role.TRAINER)
    return user


@pytest.fixture
def editor(provider):
    user = make_user(email="editor@example.test", first_name="Eva", role_names=())
    provider_member_add(provider=provider, user=user, role=ProviderMembership.Role.EDITOR)
    return user


@pytest.fixture
def other_editor(other_provider):
    user = make_user(email="editor-b@example.test", first_name="Bas", role_names=())
    provider_member_add(provider=other_provider, user=user, role=ProviderMembership.Role.EDITOR)
    return user


@pytest.fixture
def team_lead(db):
    return make_user(roles.TEAM_LEAD, email="teamlead@example.test", first_name="Tom")


@pytest.fixture
def admin_user(db):
    return make_user(email="admin@example.test", role_names=(), is_staff=True, is_superuser=True)


@pytest.fixture
def password():
    return PASSWORD


def totp_activate(user):
    """Give a staff user an authenticator so the MFA gate lets them into the admin."""
    from allauth.mfa.models import Authenticator

    Authenticator.objects.get_or_create(
        user=user, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "x"}}
    )


# --- A real Celery worker ---------------------------------------------------------------


@dataclass
class WorkerHandle:
    process: subprocess.Popen
    queue: str
    mail_dir: Path
    log_path: Path

    def sent_mail(self) -> list[str]:
        return sorted(p.read_text() for p in self.mail_dir.glob("*.log"))

    def log(self) -> str:
        return self.log_path.read_text()


def _services_missing() -> str | None:
    if not os.environ.get("CELERY_BROKER_URL"):
        return "CELERY_BROKER_URL is not set"
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return "DATABASE_URL does not point at PostgreSQL"
    return None


def skip_or_fail(reason: str):
    if os.environ.get("INTERVISOR_REQUIRE_SERVICES"):
        pytest.fail(f"Required service missing in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup, django_db_blocker, tmp_path_factory):
    """A `celery worker` subprocess on Redis, reading the test database."""
    missing = _services_missing()
    if missing:
        skip_or_fail(missing)
    db = settings.DATABASES["default"]
    queue = f"intervisor-test-{uuid.uuid4().hex[:10]}"
    mail_dir = tmp_path_factory.mktemp("worker-mail")
    log_path = tmp_path_factory.mktemp("worker-log") / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "intervisor.settings.test",
        "DATABASE_URL": (
            f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "INTERVISOR_TEST_EAGER": "0",
        "INTERVISOR_CELERY_QUEUE": queue,
        "INTERVISOR_TEST_EMAIL_DIR": str(mail_dir),
        # The worker's cache is Redis, so a test can share it (shared_cache below).
        "INTERVISOR_TEST_CACHE_URL": worker_cache_url(),
    }
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "intervisor",
                "worker",
                "-Q",
                queue,
                "--pool=solo",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "INFO",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=settings.BASE_DIR,
        )
    deadline = time.monotonic() + 60
    while "ready." not in log_path.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"Celery worker did not start:\n{log_path.read_text()}")
        time.sleep(0.2)
    handle = WorkerHandle(process, queue, mail_dir, log_path)
    yield handle
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_cache_url() -> str:
    """The Redis database after the broker's: clearing it never touches queued tasks."""
    parts = urllib.parse.urlparse(os.environ["CELERY_BROKER_URL"])
    db = int(parts.path.lstrip("/") or 0)
    return parts._replace(path=f"/{(db + 1) % 16}").geturl()


@pytest.fixture
def shared_cache(celery_to_worker, settings):
    """Within a worker test: the test's requests use the worker's cache (Redis), as the web
    processes and the workers share one in production. Emptied first."""
    from django.core.cache import cache

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": worker_cache_url(),
        }
    }
    cache.clear()
    yield celery_to_worker
    cache.clear()


@pytest.fixture
def celery_to_worker(celery_worker_process, settings):
    """Within a test: send tasks to the worker subprocess instead of running them eagerly."""
    from intervisor.celery_app import app

    old = (app.conf.task_always_eager, app.conf.task_default_queue, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.task_default_queue = celery_worker_process.queue
    app.conf.broker_url = os.environ["CELERY_BROKER_URL"]
    settings.CELERY_TASK_ALWAYS_EAGER = False
    yield celery_worker_process
    app.conf.task_always_eager, app.conf.task_default_queue, app.conf.broker_url = old


def wait_for(predicate, *, timeout: float = 30, interval: float = 0.2, message: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    pytest.fail(message or "condition not met in time")


# --- Chromium through Playwright -------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium():
    executable = shutil.which("chromium")
    if not executable:
        if os.environ.get("INTERVISOR_REQUIRE_BROWSER"):
            pytest.fail("Debian's chromium is not on PATH (apt-get install chromium)")
        pytest.skip("Debian's chromium is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are ordinary synchronous code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium, live_server):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL", base_url=live_server.url
    )
    page = context.new_page()
    yield page
    context.close()


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    """Full page by default. Chromium leaves a cross-origin frame (the H5P player) blank or
    half laid out in a full-page capture: scroll it into view and take the viewport instead."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def browser_login(page, user, password=PASSWORD):
    page.goto("/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()


@pytest.fixture
def receive():
    """`receive(signal)`: a list that gets the keyword arguments of each send of that signal
    during the test; the receiver is disconnected when the test ends."""
    connected = []

    def connect(signal) -> list:
        received = []

        def receiver(**kwargs):
            received.append(kwargs)

        signal.connect(receiver, weak=False)
        connected.append((signal, receiver))
        return received

    yield connect
    for signal, receiver in connected:
        signal.disconnect(receiver)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: ids are reused between tests."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _site_language():
    """Every test starts in the site's language. A request to an /en/ page leaves English
    active in the test's thread (LocaleMiddleware activates, nothing deactivates), so a later
    test's reverse() would build /en/ URLs."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
