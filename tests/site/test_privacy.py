import json

import pytest
from allauth.account.models import EmailAddress

from intervisor import privacy
from intervisor.accounts.models import User


@pytest.fixture
def logged_in(client, home, learner):
    client.force_login(learner)
    return client


def test_privacy_page_offers_export_and_delete(logged_in):
    response = logged_in.get("/account/privacy/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/account/privacy/export.json" in html
    assert "VERWIJDER" in html


def test_export_is_json_with_every_registered_section(logged_in, learner):
    response = logged_in.get("/account/privacy/export.json")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == learner.email
    for section in privacy.sections():
        assert section.key in data


def test_export_and_privacy_need_login(client, home):
    for url in ("/account/privacy/", "/account/privacy/export.json"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_delete_needs_password_and_confirmation_word(logged_in, learner):
    response = logged_in.post(
        "/account/privacy/verwijderen/", {"password": "fout", "confirm": "ja"}
    )
    assert response.status_code == 400
    learner.refresh_from_db()
    assert learner.is_active
    assert learner.email == "learner@example.test"


def test_delete_anonymises_and_logs_out(logged_in, learner, password, client):
    response = logged_in.post(
        "/account/privacy/verwijderen/", {"password": password, "confirm": "verwijder"}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert not learner.is_active
    assert learner.first_name == "" and learner.last_name == ""
    assert "learner@example.test" not in learner.email
    assert not learner.has_usable_password()
    assert not EmailAddress.objects.filter(user=learner).exists()
    assert not learner.groups.exists()
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(email="learner@example.test").exists()


def test_delete_requires_post(logged_in):
    assert logged_in.get("/account/privacy/verwijderen/").status_code == 405


def test_the_confirm_word_follows_the_language(logged_in, learner, password):
    html = logged_in.get("/en/account/privacy/").content.decode()
    assert "Type DELETE to confirm" in html and "VERWIJDER" not in html
    response = logged_in.post(
        "/en/account/privacy/verwijderen/", {"password": password, "confirm": "verwijder"}
    )
    assert response.status_code == 400
    assert "Type the word DELETE exactly." in response.content.decode()
    logged_in.post("/en/account/privacy/verwijderen/", {"password": password, "confirm": "delete"})
    learner.refresh_from_db()
    assert not learner.is_active
