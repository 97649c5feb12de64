"""Signed credentials on our side: keys at rest, DID documents, the check page and its form,
renewal and revocation. tests/certification/test_credentials_js.py verifies them with an
independent implementation."""

import copy
import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.fernet import Fernet
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from certification import services
from certification.checks import credential_key_opens_issuer_keys
from certification.credentials import keys, statuslist
from certification.credentials.services import issuer_key_current
from certification.models import Certificate, IssuedCredential, IssuerKey, LevelProgress, StatusList
from tests.conftest import totp_activate
from tests.factories.certification import sessions, started, three_level_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def levels(provider):
    return three_level_path(provider)


def issue(user, level):
    LevelProgress.objects.update_or_create(
        user=user, level=level, defaults={"completed_at": timezone.now()}
    )
    return services.certificate_issue(user_id=user.pk, level_id=level.pk)


@pytest.fixture
def certificate(learner, levels):
    path, aspirant, *_ = levels
    started(learner, path)
    return issue(learner, aspirant)


def badge(client, certificate) -> dict:
    return client.get(f"/certificaat/{certificate.number}/badge.json").json()


def check(client, credential, **extra):
    text = credential if isinstance(credential, str) else json.dumps(credential)
    return client.post("/en/certificering/controleren/", {"credential": text, **extra})


def test_private_key_is_encrypted_with_the_configured_key(provider, settings):
    key = issuer_key_current(provider=provider)
    assert issuer_key_current(provider=provider) == key  # created once, on first use
    stored = bytes(IssuerKey.objects.get(pk=key.pk).private_key_encrypted)
    raw = Fernet(settings.INTERVISOR_CREDENTIAL_KEY).decrypt(stored)
    assert len(raw) == 32 and raw not in stored
    public = keys.private_key(stored).public_key()
    assert keys.public_multibase(public) == key.public_key_multibase
    assert key.public_key_multibase.startswith("z6Mk")  # an Ed25519 Multikey


def test_a_different_key_is_named_by_the_check_and_on_use(provider, settings):
    key = issuer_key_current(provider=provider)
    assert credential_key_opens_issuer_keys(databases=["default"]) == []
    settings.INTERVISOR_CREDENTIAL_KEY = Fernet.generate_key().decode()
    [error] = credential_key_opens_issuer_keys(databases=["default"])
    assert error.id == "certification.E001" and "INTERVISOR_CREDENTIAL_KEY" in error.msg
    with pytest.raises(keys.KeyDecryptionError, match="INTERVISOR_CREDENTIAL_KEY"):
        keys.private_key(key.private_key_encrypted)
    settings.INTERVISOR_CREDENTIAL_KEY = None
    with pytest.raises(Exception, match="INTERVISOR_CREDENTIAL_KEY is required"):
        keys.generate()


def test_did_document_keeps_rotated_keys_and_lists_the_current_first(client, provider, capsys):
    first = issuer_key_current(provider=provider)
    call_command("rotate_issuer_key", provider.slug)
    assert "new signing key" in capsys.readouterr().out
    current = issuer_key_current(provider=provider)
    assert current != first
    document = client.get(f"/aanbieders/{provider.slug}/did.json").json()
    did = f"did:web:testserver:aanbieders:{provider.slug}"
    assert document["id"] == did
    assert [m["publicKeyMultibase"] for m in document["verificationMethod"]] == [
        current.public_key_multibase,
        first.public_key_multibase,
    ]
    assert document["assertionMethod"] == [m["id"] for m in document["verificationMethod"]]
    assert client.get("/aanbieders/onbekend/did.json").status_code == 404


def test_editor_rotates_their_own_providers_key_in_the_admin(
    client, editor, provider, other_provider
):
    first = issuer_key_current(provider=provider)
    totp_activate(editor)
    client.force_login(editor)
    url = f"/admin/certification/issuer-key/{provider.pk}/rotate/"
    assert first.public_key_multibase in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert IssuerKey.objects.filter(provider=provider).count() == 2
    assert issuer_key_current(provider=provider) != first
    other = f"/admin/certification/issuer-key/{other_provider.pk}/rotate/"
    assert client.post(other).status_code == 404
    assert not IssuerKey.objects.filter(provider=other_provider).exists()


def test_check_page_verifies_on_the_server_and_offers_linkedin(client, certificate, provider):
    html = client.get(f"/certificaat/{certificate.number}/").content.decode()
    assert "De handtekening klopt: de inhoud is zoals Aanbieder A die heeft uitgegeven." in html
    assert "cert-credential-valid" in html
    link = next(a for a in html.split('href="')[1:] if a.startswith("https://www.linkedin.com"))
    query = parse_qs(urlsplit(link.split('"')[0].replace("&amp;", "&")).query)
    assert query["startTask"] == ["CERTIFICATION_NAME"]
    assert query["certId"] == [certificate.number]
    assert query["organizationName"] == [provider.name]
    assert query["expirationYear"] == [str(certificate.expires_on.year)]
    assert query["certUrl"] == [f"http://testserver/certificaat/{certificate.number}/"]
    assert "Aspirant-begeleider" in query["name"][0]


def test_posted_credential_is_checked_and_alterations_are_named(client, certificate):
    credential = badge(client, certificate)
    response = check(client, credential)
    assert response.status_code == 200
    assert "cert-credential-valid" in response.content.decode()

    altered = copy.deepcopy(credential)
    altered["credentialSubject"]["achievement"]["name"] = "Zelfstandig intervisiebegeleider"
    html = check(client, altered).content.decode()
    assert "cert-credential-invalid" in html
    assert "it was altered or forged" in html

    unsigned = {k: v for k, v in credential.items() if k != "proof"}
    assert "carries no proof" in check(client, unsigned).content.decode()

    foreign = copy.deepcopy(credential)
    foreign["issuer"]["id"] = "did:web:elders.example:aanbieders:nep"
    assert "not a training provider on this site" in check(client, foreign).content.decode()

    upload = SimpleUploadedFile("badge.json", json.dumps(credential).encode(), "application/json")
    response = client.post("/en/certificering/controleren/", {"file": upload})
    assert "cert-credential-valid" in response.content.decode()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste a credential or choose its file."),
        ("{not json", "That is not valid JSON"),
        ("[1, 2]", "it is not a JSON object"),
        ('{"@context": ["https://elders.example/ctx"]}', "its @context"),
    ],
)
def test_bad_input_on_the_check_form_gets_a_message(client, text, message):
    response = check(client, text)
    html = response.content.decode()
    assert response.status_code in (200, 400)
    assert message in html.replace("&#x27;", "'")


def test_revocation_sets_the_status_bit_and_the_check_says_so(client, certificate, trainer):
    credential = badge(client, certificate)
    index = int(credential["credentialStatus"]["statusListIndex"])
    services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="Fraude")
    status_list = StatusList.objects.get()
    assert statuslist.bit_set(bytes(status_list.bits), index)
    listed = statuslist.decode(status_list.document["credentialSubject"]["encodedList"])
    assert statuslist.bit_set(listed, index) and len(listed) * 8 >= 131_072
    assert "cert-credential-revoked" in check(client, credential).content.decode()
    page = client.get(f"/certificaat/{certificate.number}/").content.decode()
    assert "cert-credential-revoked" in page and "linkedin.com" not in page


def test_renewal_is_a_new_credential_and_the_old_one_expires(client, learner, levels):
    path, *_rest, independent = levels
    started(learner, path)
    certificate = issue(learner, independent)
    expired = timezone.localdate() - timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=expired)
    certificate.refresh_from_db()
    old = badge(client, certificate)
    sessions(learner, 4, when=timezone.now())
    services.certificate_renew(user=learner, certificate_id=certificate.pk)
    new = badge(client, certificate)
    assert new["id"] != old["id"]
    assert old["validUntil"][:10] <= expired.isoformat() < new["validUntil"][:10]
    assert IssuedCredential.objects.filter(certificate=certificate).count() == 3
    assert "cert-credential-expired" in check(client, old).content.decode()
    assert "cert-credential-valid" in check(client, new).content.decode()
