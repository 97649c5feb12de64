"""Certificate PDFs live in the private storage under a random name; only the owner gets one,
through the view (issue 18, finding 3)."""

import importlib
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse

from certification.models import Certificate
from tests.factories.certification import issued_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, provider):
    return issued_certificate(learner, provider, deliver=True)


def test_the_pdf_is_outside_the_web_served_media_under_a_random_name(certificate):
    location = Path(certificate.pdf.path).resolve()
    assert not location.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert location.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert certificate.number not in certificate.pdf.name
    with pytest.raises(ValueError):
        certificate.pdf.url  # noqa: B018  (no public URL exists)


def test_only_the_owner_downloads_it(certificate, client, other_learner, trainer):
    url = reverse("certification:certificate_pdf", args=[certificate.pk])
    assert client.get(url).status_code == 302  # to the login page
    for user in (other_learner, trainer):
        client.force_login(user)
        assert client.get(url).status_code == 404
    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_migration_moves_public_pdfs_to_the_private_storage(certificate):
    public = storages["default"]
    old = public.save(f"certificates/{certificate.number}.pdf", ContentFile(b"%PDF-old"))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=old)
    migration = importlib.import_module("certification.migrations.0003_certificate_pdf_private")
    migration.move_to_private(apps, None)
    certificate.refresh_from_db()
    assert not public.exists(old)
    assert certificate.number not in certificate.pdf.name
    assert storages["private"].open(certificate.pdf.name).read() == b"%PDF-old"


def test_a_private_root_inside_the_media_root_stops_the_start(monkeypatch, tmp_path):
    from intervisor.settings.env import env_dir_outside

    monkeypatch.setenv("DJANGO_PRIVATE_MEDIA_ROOT", str(tmp_path / "media" / "private"))
    with pytest.raises(ImproperlyConfigured, match="DJANGO_PRIVATE_MEDIA_ROOT"):
        env_dir_outside(
            "DJANGO_PRIVATE_MEDIA_ROOT",
            "unused",
            outside=tmp_path / "media",
            outside_name="DJANGO_MEDIA_ROOT",
        )
