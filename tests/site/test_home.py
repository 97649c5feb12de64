import pytest
from django.core.management import call_command

from intervisor.accounts.models import User


def test_home_page_renders_in_dutch(client, home):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Inloggen" in html
    assert 'href="#main"' in html


def test_english_switch(client, home):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    response = client.get(response["Location"], follow=True)
    assert '<html lang="en">' in response.content.decode()
    assert "Log in" in response.content.decode()


def test_every_page_sends_csp_and_security_headers(client, home):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_seed_demo_is_safe_to_run_twice(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    call_command("seed_demo")
    first = capsys.readouterr().out
    users = User.objects.count()
    call_command("seed_demo")
    second = capsys.readouterr().out
    assert User.objects.count() == users
    for email in (
        "leerling@intervisor.test",
        "trainer@intervisor.test",
        "redacteur@intervisor.test",
        "teamleider@intervisor.test",
        "beheer@intervisor.test",
    ):
        assert email in first
        line = next(line for line in first.splitlines() if email in line)
        password = line.split()[2]
        assert len(password) >= 12
        assert User.objects.get(email=email).check_password(password)
        assert password in second  # the same logins are shown again, not reset
    assert "(new)" in first and "(new)" not in second


@pytest.mark.django_db
def test_seeded_passwords_differ_per_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "a.json"))
    call_command("seed_demo")
    first = capsys.readouterr().out
    User.objects.all().delete()
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "b.json"))
    call_command("seed_demo")
    second = capsys.readouterr().out

    def pw(out):
        return next(line for line in out.splitlines() if "leerling@" in line).split()[2]

    assert pw(first) != pw(second)
