import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from intervisor.providers.models import ProviderPage
from intervisor.providers.selectors import provider_for_page
from tests.conftest import totp_activate


@pytest.fixture
def editor_client(client, editor):
    totp_activate(editor)
    client.force_login(editor)
    return client


def _image(collection, title):
    return Image.objects.create(title=title, file=get_test_image_file(), collection=collection)


def test_provider_gets_subtree_collection_and_group(provider):
    assert isinstance(provider.root_page.specific, ProviderPage)
    assert provider.root_page.live
    assert provider.collection.name == provider.name
    assert provider_for_page(page=provider.root_page) == provider


def test_editor_can_edit_own_provider_page(editor_client, provider):
    response = editor_client.get(f"/admin/pages/{provider.root_page.pk}/edit/")
    assert response.status_code == 200


def test_editor_cannot_edit_other_provider_page(editor_client, other_provider):
    page = other_provider.root_page
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 302
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", {"title": "Overgenomen"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "Aanbieder B"


def test_editor_cannot_add_pages_under_other_provider(editor_client, other_provider):
    page = other_provider.root_page
    response = editor_client.get(f"/admin/pages/{page.pk}/add_subpage/")
    assert response.status_code == 302


def test_editor_sees_only_own_media(editor_client, provider, other_provider):
    own = _image(provider.collection, "Eigen foto")
    other = _image(other_provider.collection, "Foto van B")
    listing = editor_client.get("/admin/images/").content.decode()
    assert own.title in listing
    assert other.title not in listing
    assert editor_client.get(f"/admin/images/{other.pk}/").status_code == 302
    assert editor_client.get(f"/admin/images/{own.pk}/").status_code == 200


def test_editor_upload_lands_in_own_collection_only(editor_client, provider, other_provider):
    upload = SimpleUploadedFile(
        "foto.png", get_test_image_file().file.getvalue(), content_type="image/png"
    )
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "Poging",
            "file": upload,
            "collection": other_provider.collection.pk,
        },
    )
    assert not Image.objects.filter(title="Poging", collection=other_provider.collection).exists()
    assert response.status_code == 302
