"""The embedded default builds its URLs for the address runserver serves on."""

import pytest

from intervisor.settings.env import runserver_origin


@pytest.mark.parametrize(
    ("argv", "origin"),
    [
        (["manage.py", "runserver", "127.0.0.1:8101"], "http://127.0.0.1:8101"),
        (["manage.py", "runserver", "8101"], "http://127.0.0.1:8101"),
        (["manage.py", "runserver", "--noreload", "localhost:9000"], "http://localhost:9000"),
        (["manage.py", "runserver", "0.0.0.0:8102"], "http://127.0.0.1:8102"),
        (["manage.py", "runserver"], "http://127.0.0.1:8000"),
        (["manage.py", "migrate"], "http://127.0.0.1:8000"),
    ],
)
def test_runserver_origin(argv, origin):
    assert runserver_origin(argv) == origin


def test_make_run_port_reaches_the_player_and_links(tmp_path):
    """`make run PORT=8101` runs `manage.py runserver 127.0.0.1:8101`: a fresh process with the
    development settings builds the player origin and e-mail links on that port."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; sys.argv = ['manage.py', 'runserver', '127.0.0.1:8101'];"
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.WAGTAILADMIN_BASE_URL, s.H5P_SITE_ORIGIN, s.H5P_PLAYER_ORIGIN)"
    )
    env = {"DJANGO_SETTINGS_MODULE": "intervisor.settings.dev", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["http://127.0.0.1:8101", "http://127.0.0.1:8101", "http://localhost:8101"]
