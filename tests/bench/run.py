"""Benchmark logged-in pages: `python -m tests.bench.run` (or `make bench`).

Migrates and seeds a PostgreSQL database (DATABASE_URL, default intervisor_bench), starts
gunicorn with 2 sync workers on a free local port, logs in the demo learner, checks every URL
answers 200 (wrk would count a redirect to the login page as a success), counts queries per
page in-process, then runs wrk against /healthz (the minimal view), each target, and /healthz
again; ratios are taken against the faster /healthz run. Exits non-zero when a target misses its
ratio, latency, query or memory budget.

Then one endurance run: 16 connections for 60 s cycling through every target (GET and POST);
any error or non-2xx response fails it.

A Celery worker runs throughout, as the Procfile starts it (2 processes, broker
CELERY_BROKER_URL, default Redis db 8, emptied first). Scored xAPI answers are recorded in the
request; after each load that sent scores (and after the endurance run) the run counts them and
fails on one still waiting after MAX_SCORING_DRAIN_SECONDS (an answer stored before issue 24)
or refused.

Environment: BENCH_SECONDS (per wrk run, default 10), BENCH_CONNECTIONS (default 8),
BENCH_MAX_RSS_MB (default 180), REDIS_CACHE_URL (the shared cache, default Redis db 7; empty for
each worker's own local memory). The cache is cleared before the run. BENCH_ENDURANCE_SECONDS
(default 60; 0 skips it), BENCH_ENDURANCE_CONNECTIONS (default 16), BENCH_ONLY (comma-separated
parts of target names: run only those, for working on one page).
"""

import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = "tests.bench.settings"
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/intervisor_bench"
DEFAULT_CACHE = "redis://127.0.0.1:6379/7"
DEFAULT_BROKER = "redis://127.0.0.1:6379/8"
# How long queued scores may take to be recorded once a load ends.
MAX_SCORING_DRAIN_SECONDS = 120
LEARNER = "leerling@intervisor.test"
# Django accepts an unmasked 32-character secret as both cookie and header token.
CSRF = secrets.token_hex(16)


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DB)
    env.setdefault("REDIS_CACHE_URL", DEFAULT_CACHE)
    env.setdefault("CELERY_BROKER_URL", DEFAULT_BROKER)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS
    env["INTERVISOR_DEMO_LOGINS_FILE"] = str(Path(tempfile.gettempdir()) / "bench-logins.json")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _database_create(url: str) -> None:
    """A fresh database for the default bench URL (earlier runs' statements and autovacuum
    would skew the figures); a database named by DATABASE_URL is only created if missing."""
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if url == DEFAULT_DB:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def _database_settle(url: str) -> None:
    """Vacuum and analyse after seeding, so PostgreSQL does not do it during the runs."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def _manage(env: dict, *args: str) -> None:
    # Seeding runs its tasks at once (no broker), before the worker starts.
    env = {**env, "CELERY_BROKER_URL": ""}
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _broker_empty(url: str) -> None:
    """Start without tasks left over from an earlier run."""
    import redis

    redis.Redis.from_url(url).flushdb()


def _celery_worker(env: dict):
    """The worker as the Procfile runs it (2 processes), on the bench's broker and cache."""
    log = open(Path(tempfile.gettempdir()) / "bench-celery.log", "w")  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "intervisor",
            "worker",
            "--concurrency=2",
            "-Q",
            "intervisor",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "-l",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    path = Path(log.name)
    while "ready." not in path.read_text():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit(f"the Celery worker did not start:\n{path.read_text()}")
        time.sleep(0.2)
    return process, log


def _scores(url: str) -> dict:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FILTER (WHERE score_status = 'pending'), "
            "count(*) FILTER (WHERE score_status = 'recorded'), "
            "count(*) FILTER (WHERE score_status = 'refused') FROM h5p_h5pstatement"
        ).fetchone()
    return dict(zip(("pending", "recorded", "refused"), row, strict=True))


def _scores_settle(url: str, before: dict, load_seconds: float) -> dict:
    """Wait for the worker to record every score queued by a load; how long that took after
    the load ended, and how many scores the worker recorded per second over load and wait."""
    started = time.monotonic()
    while True:
        now = _scores(url)
        waited = time.monotonic() - started
        if not now["pending"] or waited > MAX_SCORING_DRAIN_SECONDS:
            break
        time.sleep(0.1)
    scored = now["recorded"] + now["refused"] - before["recorded"] - before["refused"]
    return {
        "scored": scored,
        "pending": now["pending"],
        "refused": now["refused"] - before["refused"],
        "drain": waited,
        "per_second": scored / (load_seconds + waited) if scored else 0.0,
    }


def _scores_report(name: str, settled: dict) -> int:
    ok = not settled["pending"] and not settled["refused"]
    print(
        f"{name}: {settled['scored']} scores recorded, the last "
        f"{settled['drain']:.1f} s after the load ({settled['per_second']:.0f} scores/s); "
        f"{settled['pending']} still waiting, {settled['refused']} refused  "
        f"{'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare_in_process(env: dict, targets) -> tuple[str, list[tuple]]:
    """Log the learner in (a DB session) and count each target's queries on a warm cache."""
    os.environ.update(
        {
            k: env[k]
            for k in (
                "DATABASE_URL",
                "DJANGO_SETTINGS_MODULE",
                "REDIS_CACHE_URL",
                "CELERY_BROKER_URL",
            )
        }
    )
    import django

    django.setup()
    from django.core.cache import cache

    cache.clear()  # a re-created database reuses ids; start without older fragments
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from intervisor.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(email=LEARNER))
    session = client.cookies["sessionid"].value
    resolved = []
    for target in targets:
        url = target.url()
        send = target.request_in_process(client)
        send(url)  # fill caches like a running worker has them
        with CaptureQueriesContext(connection) as ctx:
            response = send(url)
        if not 200 <= response.status_code < 300:
            raise SystemExit(f"{target.name}: {url} answered {response.status_code} in-process")
        resolved.append((target, url, len(ctx.captured_queries)))
    return session, resolved


def _get(port: int, url: str, session: str, target=None) -> int:
    conn = HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Cookie": f"sessionid={session}; csrftoken={CSRF}", "Host": "127.0.0.1"}
    method, body = "GET", None
    if target is not None and target.method != "GET":
        content_type, body = target.body()
        method = target.method
        headers.update(
            {"Content-Type": content_type, "X-CSRFToken": CSRF, "Referer": "http://127.0.0.1/"}
        )
    conn.request(method, url, body=body, headers=headers)
    status = conn.getresponse().status
    conn.close()
    return status


def _wait_up(port: int, process, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            if _get(port, "/healthz", "") == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer /healthz in time")


def _wrk(port, url, session, *, connections, seconds, threads, script) -> dict:
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        script,
        "-H",
        f"Cookie: sessionid={session}; csrftoken={CSRF}",
        f"http://127.0.0.1:{port}{url}",
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    match = re.search(r"BENCH p50=(\d+) p95=(\d+) p99=(\d+) errors=(\d+) non2xx=(\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50, p95, p99, errors, counted_non_2xx = (int(v) for v in match.groups())
    errors += counted_non_2xx
    return {
        "rps": rps,
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def _worker_rss_mb(master_pid: int) -> float:
    worst = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != master_pid:
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        rss_kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
        worst = max(worst, rss_kb / 1024)
    return worst


def main() -> int:
    from tests.bench.targets import TARGETS

    only = [part.strip() for part in os.environ.get("BENCH_ONLY", "").split(",") if part.strip()]
    targets = [t for t in TARGETS if not only or any(part in t.name for part in only)]
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "8"))
    max_rss = float(os.environ.get("BENCH_MAX_RSS_MB", "180"))
    env = _env()
    print(
        f"== database {env['DATABASE_URL']}, cache {env['REDIS_CACHE_URL'] or 'local memory'}, "
        f"broker {env['CELERY_BROKER_URL']} (a Celery worker with 2 processes)"
    )
    _database_create(env["DATABASE_URL"])
    _manage(env, "migrate", "--no-input", "-v", "0")
    _manage(env, "seed_demo", "-v", "0")
    _database_settle(env["DATABASE_URL"])
    _broker_empty(env["CELERY_BROKER_URL"])
    worker, worker_log = _celery_worker(env)
    try:
        return _run(env, targets, seconds, connections, max_rss)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
        worker_log.close()


def _run(env, targets, seconds, connections, max_rss) -> int:
    session, resolved = _prepare_in_process(env, targets)

    port = _free_port()
    log = open(Path(tempfile.gettempdir()) / "bench-gunicorn.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "intervisor.wsgi",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_up(port, server)
        for target, url, _queries in resolved:
            status = _get(port, url, session, target)
            if not 200 <= status < 300:
                print(f"{target.name}: {url} answered {status}, not 2xx", file=sys.stderr)
                return 1
        print(f"== gunicorn 2 sync workers on :{port}; wrk {connections} connections, {seconds}s")
        rows = []
        scoring = []
        # The minimal view before and after the pages: the faster of the two is the baseline,
        # so a machine that slowed down during the run cannot make a page look better.
        pages = (
            [("minimal view /healthz", "/healthz", None, 1)]
            + [(t.name, url, t, q) for t, url, q in resolved]
            + [("minimal view again", "/healthz", None, 1)]
        )
        for name, url, target, queries in pages:
            script = _script(name, target)
            for _ in range(20):  # warm both workers' caches
                _get(port, url, session, target)
            queues_scores = target is not None and target.queues_scores
            if queues_scores:
                _scores_settle(env["DATABASE_URL"], _scores(env["DATABASE_URL"]), 0)  # earlier ones
                before = _scores(env["DATABASE_URL"])
            load = _wrk(
                port,
                url,
                session,
                connections=connections,
                seconds=seconds,
                threads=2,
                script=script,
            )
            single = _wrk(
                port,
                url,
                session,
                connections=1,
                seconds=max(3, seconds // 2),
                threads=1,
                script=script,
            )
            rows.append((name, url, target, queries, load, single))
            if queues_scores:
                load_seconds = seconds + max(3, seconds // 2)
                settled = _scores_settle(env["DATABASE_URL"], before, load_seconds)
                scoring.append((name, settled))
        before = _scores(env["DATABASE_URL"])
        endurance = _endurance(port, session, resolved)
        if endurance is not None:
            settled = _scores_settle(env["DATABASE_URL"], before, endurance["seconds"])
            scoring.append(("endurance run", settled))
        rss = _worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a loaded machine: the figures are in, stop it
            server.kill()
            server.wait()
        log.close()
    failed = _report(rows, rss, max_rss)
    for name, settled in scoring:
        failed |= _scores_report(name, settled)
    return failed | _endurance_report(endurance)


def _script(name: str, target) -> str:
    from tests.bench import wrk_scripts

    slug = re.sub(r"\W+", "-", name)
    path = Path(tempfile.gettempdir()) / f"bench-wrk-{slug}.lua"
    if target is None or target.method == "GET":
        path.write_text(wrk_scripts.single())
    else:
        content_type, body = target.body()
        path.write_text(
            wrk_scripts.single(
                method=target.method, body=body, content_type=content_type, csrf=CSRF
            )
        )
    return str(path)


def _endurance(port: int, session: str, resolved) -> dict | None:
    """All targets in turn under 16 connections for 60 s: nothing may fail or redirect."""
    from tests.bench import wrk_scripts

    seconds = int(os.environ.get("BENCH_ENDURANCE_SECONDS", "60"))
    connections = int(os.environ.get("BENCH_ENDURANCE_CONNECTIONS", "16"))
    if not seconds:
        return None
    plan = []
    for target, url, _queries in resolved:
        entry = {"method": target.method, "url": url}
        if target.method != "GET":
            entry["content_type"], entry["body"] = target.body()
        plan.append(entry)
    path = Path(tempfile.gettempdir()) / "bench-wrk-endurance.lua"
    path.write_text(wrk_scripts.mixed(plan, csrf=CSRF))
    print(f"== endurance: {connections} connections, {seconds}s, {len(plan)} endpoints in turn")
    result = _wrk(
        port,
        "/healthz",  # wrk needs a URL; the script's request() picks the real ones
        session,
        connections=connections,
        seconds=seconds,
        threads=2,
        script=str(path),
    )
    return {**result, "connections": connections, "seconds": seconds, "endpoints": len(plan)}


def _endurance_report(result: dict | None) -> int:
    if result is None:
        print("endurance run skipped (BENCH_ENDURANCE_SECONDS=0)")
        return 0
    ok = result["errors"] == 0
    print(
        f"endurance {result['connections']} conn {result['seconds']}s "
        f"({result['endpoints']} endpoints): {result['rps']:.1f} req/s, "
        f"p50 {result['p50']:.1f} / p95 {result['p95']:.1f} / p99 {result['p99']:.1f} ms, "
        f"{result['errors']} errors or non-2xx  {'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


def _report(rows, rss: float, max_rss: float) -> int:
    base_rps = max(row[4]["rps"] for row in rows if row[2] is None)
    header = (
        f"{'page':<24}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'1-conn p50':>12}"
        f"{'ratio':>9}{'queries':>9}  result"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for name, _url, target, queries, load, single in rows:
        ratio = load["rps"] / base_rps if base_rps else 0
        verdict = ""
        if target is not None:
            problems = []
            if ratio < target.min_ratio:
                problems.append(f"ratio < 1/{round(1 / target.min_ratio)}")
            if single["p50"] > target.max_single_p50_ms:
                problems.append(f"1-conn p50 > {target.max_single_p50_ms:g} ms")
            if queries > target.max_queries:
                problems.append(f"queries > {target.max_queries}")
            if load["errors"] or single["errors"]:
                problems.append("errors")
            verdict = "PASS" if not problems else "FAIL (" + ", ".join(problems) + ")"
            failed = failed or bool(problems)
        shown_ratio = f"1/{1 / ratio:.1f}" if ratio else "-"
        print(
            f"{name:<24}{load['rps']:>9.1f}{load['p50']:>9.1f}{load['p95']:>9.1f}"
            f"{load['p99']:>9.1f}{single['p50']:>12.1f}{shown_ratio:>9}"
            f"{queries:>9}  {verdict}"
        )
    rss_ok = rss <= max_rss
    print(
        f"worker RSS (max of 2): {rss:.0f} MB  {'PASS' if rss_ok else 'FAIL'} (<= {max_rss:g} MB)"
    )
    return 1 if failed or not rss_ok else 0


if __name__ == "__main__":
    sys.exit(main())
