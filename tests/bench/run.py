"""Benchmark logged-in pages: `python -m tests.bench.run` (or `make bench`).

Migrates and seeds a PostgreSQL database (DATABASE_URL, default intervisor_bench), starts
gunicorn with 2 sync workers on a free local port, logs in the demo learner, checks every URL
answers 200 (wrk would count a redirect to the login page as a success), counts queries per
page in-process, then runs wrk against /healthz (the minimal view) and each target. Exits
non-zero when a target misses its ratio, latency, query or memory budget.

Environment: BENCH_SECONDS (per wrk run, default 10), BENCH_CONNECTIONS (default 8),
BENCH_MAX_RSS_MB (default 150), REDIS_CACHE_URL (the shared cache, default Redis db 7; empty for
each worker's own local memory). The cache is cleared before the run.
"""

import os
import re
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
LEARNER = "leerling@intervisor.test"
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("BENCH p50=%d p95=%d p99=%d errors=%d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DB)
    env.setdefault("REDIS_CACHE_URL", DEFAULT_CACHE)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS
    env["INTERVISOR_DEMO_LOGINS_FILE"] = str(Path(tempfile.gettempdir()) / "bench-logins.json")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _database_create(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def _manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare_in_process(env: dict, targets) -> tuple[str, list[tuple]]:
    """Log the learner in (a DB session) and count each target's queries on a warm cache."""
    os.environ.update(
        {k: env[k] for k in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_CACHE_URL")}
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
        client.get(url)  # fill caches like a running worker has them
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{target.name}: {url} answered {response.status_code} in-process")
        resolved.append((target, url, len(ctx.captured_queries)))
    return session, resolved


def _get(port: int, url: str, session: str) -> int:
    conn = HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", url, headers={"Cookie": f"sessionid={session}", "Host": "127.0.0.1"})
    status = conn.getresponse().status
    conn.close()
    return status


def _wait_up(port: int, process, timeout: float = 30) -> None:
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
        f"Cookie: sessionid={session}",
        f"http://127.0.0.1:{port}{url}",
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    match = re.search(r"BENCH p50=(\d+) p95=(\d+) p99=(\d+) errors=(\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50, p95, p99, errors = (int(v) for v in match.groups())
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

    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "8"))
    max_rss = float(os.environ.get("BENCH_MAX_RSS_MB", "150"))
    env = _env()
    print(f"== database {env['DATABASE_URL']}, cache {env['REDIS_CACHE_URL'] or 'local memory'}")
    _database_create(env["DATABASE_URL"])
    _manage(env, "migrate", "--no-input", "-v", "0")
    _manage(env, "seed_demo", "-v", "0")
    session, resolved = _prepare_in_process(env, TARGETS)

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
    script = Path(tempfile.gettempdir()) / "bench-wrk.lua"
    script.write_text(WRK_SCRIPT)
    try:
        _wait_up(port, server)
        for target, url, _queries in resolved:
            status = _get(port, url, session)
            if status != 200:
                print(f"{target.name}: {url} answered {status}, not 200", file=sys.stderr)
                return 1
        print(f"== gunicorn 2 sync workers on :{port}; wrk {connections} connections, {seconds}s")
        rows = []
        pages = [("minimal view /healthz", "/healthz", None, 1)] + [
            (t.name, url, t, q) for t, url, q in resolved
        ]
        for name, url, target, queries in pages:
            for _ in range(20):  # warm both workers' caches
                _get(port, url, session)
            load = _wrk(
                port,
                url,
                session,
                connections=connections,
                seconds=seconds,
                threads=2,
                script=str(script),
            )
            single = _wrk(
                port,
                url,
                session,
                connections=1,
                seconds=max(3, seconds // 2),
                threads=1,
                script=str(script),
            )
            rows.append((name, url, target, queries, load, single))
        rss = _worker_rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        log.close()
    return _report(rows, rss, max_rss)


def _report(rows, rss: float, max_rss: float) -> int:
    base_rps = rows[0][4]["rps"]
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
        shown_ratio = f"1/{round(1 / ratio)}" if ratio else "-"
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
