"""Account deletion and the name on certificates: the certificate stays verifiable by number;
the name goes only when the holder asks AND the issuing provider allows it."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from certification import services
from certification.models import Certificate, LevelProgress
from intervisor.accounts.services import user_account_delete
from tests.factories.certification import started, three_level_path

pytestmark = pytest.mark.django_db

REMOVE = {"certificate_name"}


@pytest.fixture
def certificate(learner, provider):
    path, aspirant, *_ = three_level_path(provider)
    started(learner, path)
    LevelProgress.objects.filter(user=learner, level=aspirant).update(completed_at=timezone.now())
    return services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)


def _check_page(client, certificate) -> str:
    response = client.get(f"/certificaat/{certificate.number}/")
    assert response.status_code == 200
    return response.content.decode()


def test_name_stays_by_default(client, certificate, learner):
    name = learner.get_full_name()
    user_account_delete(user=learner)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.holder == name
    assert name in _check_page(client, certificate)
    assert learner.email not in _check_page(client, certificate)


def test_name_stays_when_asked_but_the_provider_does_not_allow_it(client, certificate, learner):
    name = learner.get_full_name()
    assert not certificate.level.path.provider.allow_certificate_name_removal  # the default
    user_account_delete(user=learner, options=REMOVE)
    certificate.refresh_from_db()
    assert certificate.holder == name
    assert certificate.name_removed_at is None


def test_name_removed_when_asked_and_allowed(client, certificate, learner, provider):
    provider.allow_certificate_name_removal = True
    provider.save()
    name = learner.get_full_name()
    certificate.pdf.save("x.pdf", ContentFile(b"%PDF name"), save=True)
    user_account_delete(user=learner, options=REMOVE)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.holder == "" and certificate.name_removed_at
    assert not certificate.pdf  # it printed the name
    html = _check_page(client, certificate)
    assert name not in html and learner.first_name not in html
    assert "cert-status-valid" in html
    badge = client.get(f"/certificaat/{certificate.number}/badge.json")
    assert badge.status_code == 200
    assert "name" not in badge.json()["credentialSubject"]


def test_allowed_provider_keeps_the_name_when_not_asked(certificate, learner, provider):
    provider.allow_certificate_name_removal = True
    provider.save()
    name = learner.get_full_name()
    user_account_delete(user=learner)
    certificate.refresh_from_db()
    assert name and certificate.holder == name


def test_delete_form_offers_the_choice_and_passes_it(client, certificate, learner, password):
    certificate.level.path.provider.allow_certificate_name_removal = True
    certificate.level.path.provider.save()
    client.force_login(learner)
    html = client.get("/account/privacy/").content.decode()
    assert 'name="option_certificate_name"' in html
    response = client.post(
        "/account/privacy/verwijderen/",
        {"password": password, "confirm": "VERWIJDER", "option_certificate_name": "on"},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.name_removed_at is not None
