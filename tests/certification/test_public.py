"""Public pages: overview, lookup, verification, Open Badges JSON; private PDF URLs."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from certification import services
from certification.models import Certificate, LevelProgress
from tests.factories.certification import started, three_level_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, provider):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    return services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)


def test_anonymous_overview_explains_the_path_and_offers_a_lookup(client, provider):
    three_level_path(provider)
    html = client.get("/certificering/").content.decode()
    for level in ("Aspirant-begeleider", "Co-begeleider", "Zelfstandig intervisiebegeleider"):
        assert level in html
    assert 'action="/certificering/zoeken/"' in html
    assert "style=" not in html


def test_lookup_redirects_to_the_verification_page(client, certificate):
    response = client.get("/certificering/zoeken/", {"number": certificate.number.lower()})
    assert response.status_code == 302
    assert response["Location"] == f"/certificaat/{certificate.number}/"
    bad = client.get("/certificering/zoeken/", {"number": "12345"})
    assert bad.status_code == 400
    assert "IV-2026-000123" in bad.content.decode()


def test_verification_page_shows_only_name_level_dates_and_status(client, certificate, learner):
    response = client.get(f"/certificaat/{certificate.number}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert learner.get_full_name() in html
    assert "Aspirant-begeleider" in html
    assert "cert-status-valid" in html
    assert learner.email not in html
    assert 'src="data:image/png;base64,' in html  # the QR code
    assert "style=" not in html


@pytest.mark.parametrize("state", ["expired", "revoked"])
def test_verification_page_shows_expired_and_revoked(client, certificate, trainer, state):
    if state == "expired":
        Certificate.objects.filter(pk=certificate.pk).update(
            expires_on=timezone.localdate() - timezone.timedelta(days=1)
        )
    else:
        services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="Geheim")
    html = client.get(f"/certificaat/{certificate.number}/").content.decode()
    assert f"cert-status-{state}" in html
    assert "Geheim" not in html  # the reason stays private


def test_unknown_number_gets_a_404_that_says_so(client):
    response = client.get("/certificaat/IV-2026-999999/")
    assert response.status_code == 404
    assert "IV-2026-999999" in response.content.decode()
    assert client.get("/certificaat/IV-2026-999999/badge.json").status_code == 404


def test_open_badge_is_a_signed_ob3_credential_with_a_status_list_entry(
    client, certificate, trainer, provider
):
    response = client.get(f"/certificaat/{certificate.number}/badge.json")
    assert response["Content-Type"] == "application/ld+json"
    badge = response.json()
    assert badge["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert badge["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert badge["issuer"]["type"] == ["Profile"] and badge["issuer"]["name"] == provider.name
    assert badge["issuer"]["id"] == f"did:web:testserver:aanbieders:{provider.slug}"
    assert badge["credentialSubject"]["achievement"]["name"] == "Aspirant-begeleider"
    assert "criteria" in badge["credentialSubject"]["achievement"]
    assert badge["validUntil"][:10] == certificate.expires_on.isoformat()
    assert badge["validUntil"].endswith("Z")
    assert badge["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    entry = badge["credentialStatus"]
    assert entry["type"] == "BitstringStatusListEntry"
    status = client.get(entry["statusListCredential"].replace("http://testserver", "")).json()
    assert status["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    issuer = client.get(f"/certificering/uitgever/{provider.slug}/").json()
    assert issuer["name"] == provider.name and issuer["id"] == badge["issuer"]["id"]
    # The same credential on every download until the certificate changes.
    assert client.get(f"/certificaat/{certificate.number}/badge.json").json() == badge
    json.dumps(badge)


def test_another_learners_certificate_id_on_a_private_url_is_404(
    client, certificate, other_learner
):
    services.certificate_deliver(certificate_id=certificate.pk)
    client.force_login(other_learner)
    response = client.get(reverse("certification:certificate_pdf", args=[certificate.pk]))
    assert response.status_code == 404
    renew = client.post(reverse("certification:certificate_renew", args=[certificate.pk]))
    assert renew.status_code == 404
    client.force_login(certificate.user)
    own = client.get(reverse("certification:certificate_pdf", args=[certificate.pk]))
    assert own.status_code == 200 and own["Content-Type"] == "application/pdf"


def test_learner_path_page_shows_statuses_and_chart_without_recomputing(
    client, learner, provider, django_assert_max_num_queries
):
    path, *_ = three_level_path(provider)
    started(learner, path)
    client.force_login(learner)
    url = reverse("certification:path", args=[path.pk])
    client.get(url)
    with django_assert_max_num_queries(20):
        response = client.get(url)
    html = response.content.decode()
    assert "<svg" in html and "seg-" in html
    assert "state-missing" in html
    assert "style=" not in html
    before = LevelProgress.objects.filter(user=learner).values_list("evaluated_at", flat=True)
    client.get(url)
    after = LevelProgress.objects.filter(user=learner).values_list("evaluated_at", flat=True)
    assert list(before) == list(after)


def test_trainer_pages_are_closed_to_learners(client, learner):
    client.force_login(learner)
    assert client.get(reverse("certification:trainer")).status_code == 404


def test_closed_or_unknown_path_is_a_clear_404(client, learner, provider):
    path, *_ = three_level_path(provider)
    path.live = False
    path.save()
    client.force_login(learner)
    assert client.get(reverse("certification:path", args=[path.pk])).status_code == 404
    response = client.post(reverse("certification:path_start", args=[path.pk]))
    assert response.status_code == 404
    assert not LevelProgress.objects.filter(user=learner).exists()


def test_privacy_export_and_erase_cover_certification(client, certificate, learner):
    from intervisor.accounts.services import user_account_delete, user_data_export

    data = user_data_export(user=learner)["certification"]
    assert data["certificates"][0]["number"] == certificate.number
    user_account_delete(user=learner)
    certificate.refresh_from_db()
    # Deleting the account does not revoke: the certificate stays verifiable by number.
    assert certificate.status == Certificate.Status.VALID
    assert not LevelProgress.objects.filter(user=learner).exists()
    html = client.get(f"/certificaat/{certificate.number}/").content.decode()
    assert "cert-status-valid" in html
