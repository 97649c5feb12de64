import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail

from intervisor.accounts import roles
from intervisor.accounts.models import User
from tests.conftest import totp_activate

pytestmark = pytest.mark.django_db(transaction=True)


def test_signup_verifies_email_then_welcomes_once(client, home):
    response = client.post(
        "/accounts/signup/",
        {
            "first_name": "Noor",
            "last_name": "Smit",
            "email": "Noor@Example.test",
            "password1": "een-lang-en-sterk-wachtwoord",
            "password2": "een-lang-en-sterk-wachtwoord",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="noor@example.test")
    assert user.groups.filter(name=roles.LEARNER).exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    confirm_url = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[0].body)
    assert confirm_url, mail.outbox[0].body
    path = "/" + confirm_url.group(0).split("/", 3)[3]
    assert client.get(path).status_code == 200
    client.post(path)
    assert EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 2
    assert "Intervisor" in mail.outbox[1].subject
    user.refresh_from_db()
    assert user.welcome_sent_at is not None

    from intervisor.accounts.services import user_welcome_send

    assert user_welcome_send(user_id=user.pk) is False
    assert len(mail.outbox) == 2


def test_unverified_user_cannot_log_in(client, home):
    User.objects.create_user(email="nieuw@example.test", password="een-lang-wachtwoord-123")
    response = client.post(
        "/accounts/login/", {"login": "nieuw@example.test", "password": "een-lang-wachtwoord-123"}
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_login_and_logout(client, home, learner, password):
    response = client.post("/accounts/login/", {"login": learner.email, "password": password})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_wrong_password_is_refused_with_message(client, home, learner):
    response = client.post("/accounts/login/", {"login": learner.email, "password": "fout"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert response.context["form"].errors


def test_password_reset_sends_mail(client, home, learner):
    response = client.post("/accounts/password/reset/", {"email": learner.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert learner.email in mail.outbox[0].to


def test_staff_without_authenticator_is_sent_to_mfa_setup(client, home, editor):
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    totp_activate(editor)
    assert client.get("/admin/").status_code == 200


def test_learner_cannot_open_admin(client, home, learner):
    client.force_login(learner)
    response = client.get("/admin/")
    assert response.status_code == 403
    assert "totp" not in response.get("Location", "")


def test_roles_exist_as_groups(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL_ROLES)
    editor_group = Group.objects.get(name=roles.PROVIDER_EDITOR)
    assert editor_group.permissions.filter(codename="access_admin").exists()


def test_staff_login_asks_for_the_totp_code(client, home, editor, password):
    """The second step of a staff login: a wrong code is refused, the right one lets them
    in."""
    from allauth.mfa.totp.internal.auth import (
        TOTP,
        format_hotp_value,
        generate_totp_secret,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    response = client.post("/accounts/login/", {"login": editor.email, "password": password})
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    assert "_auth_user_id" not in client.session

    refused = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert refused.status_code == 200
    assert "_auth_user_id" not in client.session

    counter = next(yield_hotp_counters_from_time())
    code = format_hotp_value(hotp_value(secret, counter))
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200
