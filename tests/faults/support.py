"""Helpers for the fault tests: workers we can kill, a blocking e-mail backend, broker switches."""

import contextlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.mail.backends.filebased import EmailBackend as FileEmailBackend

BARRIER_BACKEND = "tests.faults.support.BarrierEmailBackend"


class BarrierEmailBackend(FileEmailBackend):
    """Announces that a send has started, then waits for a release file that never comes.

    The worker running it is killed while it waits: the task is mid-flight, unacknowledged,
    and nothing has been written to the mail folder.
    """

    def send_messages(self, email_messages):
        barrier = Path(os.environ["INTERVISOR_TEST_MAIL_BARRIER"])
        (barrier / f"entered-{os.getpid()}-{uuid.uuid4().hex[:6]}").touch()
        while not (barrier / "release").exists():
            time.sleep(0.05)
        return super().send_messages(email_messages)


def _database_url() -> str:
    db = settings.DATABASES["default"]
    return (
        f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )


def worker_start(*, queue: str, mail_dir: Path, log_path: Path, env: dict) -> subprocess.Popen:
    """A `celery worker` subprocess of our own (not the session one), ready to consume."""
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "intervisor.settings.test",
        "DATABASE_URL": _database_url(),
        "INTERVISOR_TEST_EAGER": "0",
        "INTERVISOR_CELERY_QUEUE": queue,
        "INTERVISOR_TEST_EMAIL_DIR": str(mail_dir),
        **env,
    }
    command = [sys.executable, "-m", "celery", "-A", "intervisor", "worker", "-Q", queue]
    command += ["--pool=solo", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [*command, "-l", "INFO"],
            env=full_env,
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
    return process


def worker_stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def worker_kill(process: subprocess.Popen) -> None:
    """SIGKILL: no shutdown handler runs, the task in hand is neither acknowledged nor failed."""
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


def _reset_pools(app) -> None:
    # The app caches its connection and producer pools per broker URL on first use.
    app._pool = None
    with contextlib.suppress(AttributeError, KeyError):
        app.__dict__["amqp"]._producer_pool = None


@contextlib.contextmanager
def publishing_to(*, broker_url: str, queue: str | None = None):
    """Within the block, tasks are published to `broker_url` (not run eagerly)."""
    from intervisor.celery_app import app

    old = (app.conf.task_always_eager, app.conf.task_default_queue, app.conf.broker_url)
    old_write = app.conf.get("broker_write_url")
    app.conf.task_always_eager = False
    app.conf.broker_url = broker_url
    # Celery prefers the CELERY_BROKER_URL environment variable (set in CI) over broker_url;
    # the write URL setting is read before it, so publishing really goes to `broker_url`.
    app.conf.broker_write_url = broker_url
    if queue:
        app.conf.task_default_queue = queue
    _reset_pools(app)
    try:
        yield app
    finally:
        app.conf.task_always_eager, app.conf.task_default_queue, app.conf.broker_url = old
        app.conf.broker_write_url = old_write
        _reset_pools(app)
