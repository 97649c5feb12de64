"""Upload limits: a clear error per kind of file, and a hard cap on any request body."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.conftest import totp_activate

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, admin_user):
    totp_activate(admin_user)
    client.force_login(admin_user)
    return client


def _png(size=(64, 64)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "PNG")
    return buffer.getvalue()


@override_settings(INTERVISOR_MAX_DOCUMENT_BYTES=2**20)
def test_too_large_document_gets_a_form_error_and_is_not_stored(staff_client):
    response = staff_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Groot",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("groot.pdf", b"%PDF-1.4 " + b"x" * 2**20),
        },
    )
    assert response.status_code == 200
    assert "Dit bestand is te groot: maximaal 1 MB." in response.content.decode()
    assert not get_document_model().objects.exists()


@override_settings(INTERVISOR_MAX_DOCUMENT_BYTES=4096)
def test_document_under_the_limit_is_stored(staff_client):
    response = staff_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Klein",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("klein.txt", b"hallo"),
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Klein").exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_too_large_image_gets_a_form_error(staff_client):
    response = staff_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("foto.png", _png(), content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@override_settings(INTERVISOR_MAX_REQUEST_BYTES=10_000)
def test_request_body_over_the_cap_is_refused_before_it_is_read(client, learner):
    client.force_login(learner)
    response = client.post(
        reverse("accounts:delete"),
        {"file": SimpleUploadedFile("big.bin", b"x" * 20_000)},
    )
    assert response.status_code == 413
    assert "Deze upload is te groot: maximaal" in response.content.decode()
    learner.refresh_from_db()
    assert learner.is_active
