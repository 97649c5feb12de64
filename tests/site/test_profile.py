"""The profile: name, language (used for the site after login and for every e-mail), photo,
notification settings, and the ways onward around passwords and e-mail confirmation."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from intervisor.accounts.models import User
from intervisor.accounts.services import user_account_delete, user_welcome_send
from intervisor.notifications import kinds
from intervisor.notifications.services import notify

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_dir(monkeypatch, tmp_path):
    """Photos go to a private folder of this test (the field's storage, as the code uses it)."""
    location = tmp_path / "private"
    monkeypatch.setattr(
        User._meta.get_field("photo"), "storage", FileSystemStorage(location=location)
    )
    return location


def _stored(name: str) -> bool:
    return User._meta.get_field("photo").storage.exists(name)


def _image(fmt="PNG", size=(300, 200), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 80, 40)).save(out, format=fmt)
    return out.getvalue()


def _upload(client, content: bytes, name="foto.png", content_type="image/png"):
    return client.post(
        reverse("accounts:photo_upload"),
        {"photo": SimpleUploadedFile(name, content, content_type=content_type)},
    )


# --- name and language ---------------------------------------------------------------------


def test_profile_saves_name_and_language_and_switches_the_site(client, learner):
    client.force_login(learner)
    page = client.get(reverse("accounts:profile")).content.decode()
    assert 'name="first_name"' in page and 'value="nl" selected' in page
    assert reverse("notifications:preferences") in page

    response = client.post(
        reverse("accounts:profile"),
        {"first_name": "Lotte", "last_name": "de Vries", "language": "en"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"
    assert response.cookies["django_language"].value == "en"
    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name, learner.language) == ("Lotte", "de Vries", "en")
    page = client.get(response["Location"]).content.decode()
    assert "Your profile is saved." in page
    assert "Lotte de Vries" in page


def test_profile_refuses_bad_input_and_keeps_the_old_values(client, learner):
    client.force_login(learner)
    response = client.post(
        reverse("accounts:profile"), {"first_name": "", "last_name": "x", "language": "fr"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Dit is een verplicht veld." in page
    assert "fr is geen beschikbare keuze" in page
    learner.refresh_from_db()
    assert learner.first_name == "Lotte" and learner.language == ""
    # A NUL character is answered by the site-wide guard, before the form: nothing is stored.
    response = client.post(
        reverse("accounts:profile"), {"first_name": "Lo\x00tte", "language": "nl"}
    )
    assert response.status_code == 400
    learner.refresh_from_db()
    assert learner.first_name == "Lotte"


@pytest.mark.parametrize(
    ("language", "next_url", "expected"),
    [("en", "", "/en/"), ("en", "/oefenen/", "/en/oefenen/"), ("nl", "/en/oefenen/", "/oefenen/")],
)
def test_login_opens_the_site_in_the_users_language(
    client, home, learner, password, language, next_url, expected
):
    learner.language = language
    learner.save()
    login = "/en/accounts/login/" if next_url.startswith("/en/") else "/accounts/login/"
    data = {"login": learner.email, "password": password}
    if next_url:
        data["next"] = next_url
    response = client.post(login, data)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert response.cookies["django_language"].value == language


def test_login_without_a_preference_keeps_the_page_language(client, home, learner, password):
    response = client.post("/accounts/login/", {"login": learner.email, "password": password})
    assert response["Location"] == "/"
    assert "django_language" not in response.cookies


def test_signup_on_an_english_page_prefers_english(client, home):
    client.post(
        "/en/accounts/signup/",
        {
            "first_name": "Sam",
            "last_name": "Lee",
            "email": "sam@example.test",
            "password1": "a-long-and-strong-password",
            "password2": "a-long-and-strong-password",
        },
    )
    user = User.objects.get(email="sam@example.test")
    assert user.language == "en"
    assert "Confirm" in mail.outbox[0].subject or "confirm" in mail.outbox[0].body


# --- e-mails in the recipient's language ---------------------------------------------------


def test_notification_email_in_each_recipients_language(
    learner, other_learner, django_capture_on_commit_callbacks
):
    from django.utils.text import format_lazy
    from django.utils.translation import gettext_lazy as _

    learner.language = "en"
    learner.save()
    other_learner.language = "nl"
    other_learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        for user in (learner, other_learner):
            notify(
                recipient=user,
                kind=kinds.INTAKE_CONFIRMED,
                title=format_lazy(_("{name} confirmed your intake"), name="Tineke"),
                link=lambda: reverse("notifications:inbox"),
            )
    english = next(m for m in mail.outbox if m.to == [learner.email])
    dutch = next(m for m in mail.outbox if m.to == [other_learner.email])
    assert english.subject == "Tineke confirmed your intake"
    assert "Open it on Intervisor" in english.body and "/en/account/meldingen/" in english.body
    assert english.subject != dutch.subject
    assert "Open it on Intervisor" not in dutch.body
    assert "http://testserver/account/meldingen/" in dutch.body


def test_allauth_mail_follows_the_account_not_the_page(client, home, learner, other_learner):
    learner.language = "en"
    learner.save()
    other_learner.language = "nl"
    other_learner.save()
    client.post("/accounts/password/reset/", {"email": learner.email})
    client.post("/en/accounts/password/reset/", {"email": other_learner.email})
    english = next(m for m in mail.outbox if m.to == [learner.email])
    dutch = next(m for m in mail.outbox if m.to == [other_learner.email])
    assert "Password Reset" in english.subject
    assert dutch.subject == "[Intervisor] Nieuw wachtwoord"
    assert english.subject == "[Intervisor] Password Reset Email"


def test_welcome_email_in_the_users_language(learner, other_learner):
    learner.language = "en"
    learner.save()
    user_welcome_send(user_id=learner.pk)
    user_welcome_send(user_id=other_learner.pk)
    assert mail.outbox[0].subject == "Welcome to Intervisor"
    assert mail.outbox[1].subject != "Welcome to Intervisor"
    assert "Welkom" in mail.outbox[1].subject


# --- photo ---------------------------------------------------------------------------------


def test_photo_upload_is_reencoded_shown_to_its_owner_and_removable(
    client, learner, other_learner, private_dir, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    response = _upload(client, _image("PNG", (1200, 800), "RGBA"))
    assert response.status_code == 302
    learner.refresh_from_db()
    stored = learner.photo.name
    assert stored.startswith("photos/") and stored.endswith(".jpg")
    with learner.photo.open("rb") as handle:
        image = Image.open(handle)
        assert image.format == "JPEG" and max(image.size) == 512

    page = client.get(reverse("accounts:profile")).content.decode()
    assert 'class="avatar"' in page and learner.photo_url in page
    served = client.get(learner.photo_url)
    assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert "private" in served["Cache-Control"]
    # Read to the end through the test client, which closes the file without ending the
    # test's database connection (calling close() itself sends request_finished).
    assert b"".join(served.streaming_content)

    # A row whose file is gone answers 404, not 500.
    learner.photo.storage.delete(stored)
    assert client.get(learner.photo_url).status_code == 404
    with learner.photo.storage.open(stored, "wb") as handle:
        handle.write(b"restored")

    # Another user's photo address is their own (they have none): nobody sees Lotte's photo.
    client.force_login(other_learner)
    assert client.get(reverse("accounts:photo")).status_code == 404
    client.logout()
    assert client.get(reverse("accounts:photo")).status_code == 302

    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):
        _upload(client, _image("JPEG"), name="nieuw.jpg", content_type="image/jpeg")
    learner.refresh_from_db()
    assert learner.photo.name != stored
    assert not _stored(stored)
    replaced = learner.photo.name
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("accounts:photo_remove")).status_code == 302
    learner.refresh_from_db()
    assert not learner.photo
    assert not _stored(replaced)


BAD_PHOTOS = {
    "over 2 MB": (b"\x89PNG" + b"0" * (2 * 1024 * 1024), "Deze foto is te groot: hoogstens 2 MB."),
    "a PDF": (b"%PDF-1.4 not an image", "Dit bestand is geen afbeelding die we kunnen lezen."),
    "an SVG": (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "geen afbeelding die we kunnen"),
    "too wide": (lambda: _image("PNG", (7000, 70)), "hoogstens 6000 pixels per zijde"),
    "too small": (lambda: _image("PNG", (40, 40)), "minstens 64 pixels per zijde"),
    "a GIF": (lambda: _image("GIF", (100, 100)), "Upload een JPEG-, PNG- of WebP-afbeelding."),
    "empty": (b"", "Het verstuurde bestand is leeg."),
}


@pytest.mark.parametrize("case", BAD_PHOTOS)
def test_bad_photos_get_a_clear_message(client, learner, private_dir, case):
    content, message = BAD_PHOTOS[case]
    client.force_login(learner)
    response = _upload(client, content() if callable(content) else content, name="foto.png")
    assert response.status_code == 400
    assert message in response.content.decode()
    learner.refresh_from_db()
    assert not learner.photo
    assert not private_dir.exists() or not any(private_dir.rglob("*.jpg"))


def test_photo_with_nul_in_its_file_name_is_stored_under_a_name_of_ours(
    client, learner, private_dir
):
    """Django drops unprintable characters from upload names, and the stored name is random:
    the photo is kept and the NUL reaches nothing."""
    client.force_login(learner)
    response = _upload(client, _image(), name="fo\x00to.png")
    assert response.status_code == 302
    learner.refresh_from_db()
    assert re.fullmatch(r"photos/[0-9a-f]{32}\.jpg", learner.photo.name)


def test_deleting_the_account_deletes_the_photo(
    client, learner, private_dir, django_capture_on_commit_callbacks
):
    client.force_login(learner)
    _upload(client, _image())
    learner.refresh_from_db()
    stored = learner.photo.name
    assert _stored(stored)
    with django_capture_on_commit_callbacks(execute=True):
        user_account_delete(user=learner)
    learner.refresh_from_db()
    assert not learner.photo
    assert not _stored(stored)


# --- password reset and e-mail confirmation ------------------------------------------------


def test_password_reset_ends_with_a_way_onward(client, home, learner):
    response = client.post("/accounts/password/reset/", {"email": learner.email}, follow=True)
    page = response.content.decode()
    assert "Kijk in je e-mail" in page
    assert 'href="/accounts/login/"' in page and "Terug naar inloggen" in page

    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[0].body)
    form_page = client.get(link.group(1), follow=True)
    new = "een-nieuw-en-lang-wachtwoord"
    done = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1),
        {"password1": new, "password2": new},
        follow=True,
    )
    page = done.content.decode()
    assert "Je wachtwoord is gewijzigd" in page
    assert 'href="/accounts/login/"' in page and ">Inloggen<" in page
    assert 'href="/"' in page

    english = client.get("/en/accounts/password/reset/key/done/").content.decode()
    assert 'href="/en/accounts/login/"' in english and "Your password is changed" in english


def _unverified(email="nieuw@example.test") -> User:
    user = User.objects.create_user(email=email, password="een-lang-wachtwoord-123")
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=False)
    return user


def test_verification_sent_page_resends_once_per_few_minutes(client, home):
    _unverified()
    page = client.get(reverse("account_email_verification_sent")).content.decode()
    assert reverse("accounts:verification_resend") in page
    response = client.post(
        reverse("accounts:verification_resend"), {"email": "Nieuw@Example.test"}, follow=True
    )
    assert "nieuwe bevestigingsmail" in response.content.decode()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nieuw@example.test"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body

    again = client.post(
        reverse("accounts:verification_resend"), {"email": "nieuw@example.test"}, follow=True
    )
    assert "zojuist al een bevestigingsmail" in again.content.decode()
    assert len(mail.outbox) == 1


def test_resend_tells_nobody_whether_an_account_exists(client, home, learner):
    for address in ("niemand@example.test", learner.email):  # unknown, and already confirmed
        response = client.post(
            reverse("accounts:verification_resend"), {"email": address}, follow=True
        )
        assert "Als een account met dit adres nog op bevestiging wacht" in response.content.decode()
    assert mail.outbox == []
    bad = client.post(reverse("accounts:verification_resend"), {"email": "geen adres"}, follow=True)
    assert "Vul het e-mailadres in" in bad.content.decode()


def test_profile_offers_resend_for_an_unconfirmed_address(client, home):
    user = _unverified()
    client.force_login(user)
    page = client.get(reverse("accounts:profile")).content.decode()
    assert "Stuur de bevestigingsmail opnieuw" in page
    client.post(reverse("accounts:verification_resend"))
    assert len(mail.outbox) == 1
    response = client.post(reverse("accounts:verification_resend"), follow=True)
    assert "zojuist al een bevestigingsmail" in response.content.decode()
    assert len(mail.outbox) == 1


def test_confirmed_user_is_told_there_is_nothing_to_confirm(client, learner):
    client.force_login(learner)
    assert (
        "Stuur de bevestigingsmail opnieuw"
        not in client.get(reverse("accounts:profile")).content.decode()
    )
    response = client.post(reverse("accounts:verification_resend"), follow=True)
    assert "Je e-mailadres is al bevestigd." in response.content.decode()
    assert mail.outbox == []
