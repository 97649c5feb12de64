"""Upload in the Wagtail admin: checked at once, extracted after the commit, scoped per provider."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.h5p.models import H5PContent, H5PLibrary
from tests.conftest import totp_activate
from tests.factories.h5p import good_package, make_content, package_with
from tests.h5p.conftest import stored_files


def _login(client, user):
    totp_activate(user)
    client.force_login(user)


def _upload(client, provider, data, title="Oefening"):
    return client.post(
        reverse("wagtailsnippets_h5p_h5pcontent:add"),
        {
            "provider": provider.pk,
            "title": title,
            "upload": SimpleUploadedFile("oefening.h5p", data),
            "max_score": "",
        },
    )


@pytest.mark.django_db(transaction=True)
def test_admin_upload_installs_library_and_becomes_ready(client, admin_user, provider, h5p_media):
    _login(client, admin_user)
    response = _upload(client, provider, good_package())
    assert response.status_code == 302, response.content.decode()[:2000]
    content = H5PContent.objects.get()
    assert content.status == H5PContent.Status.READY
    assert content.uploaded_by == admin_user
    assert H5PLibrary.objects.get().installed_by == admin_user
    listing = client.get(reverse("wagtailsnippets_h5p_h5pcontent:list"))
    assert "Oefening" in listing.content.decode()


@pytest.mark.django_db
def test_admin_upload_of_bad_package_shows_each_problem_and_stores_nothing(
    client, admin_user, provider, h5p_media
):
    _login(client, admin_user)
    data = package_with({"content/evil.js": b"x", "content/archive.zip": b"PK"})
    response = _upload(client, provider, data)
    assert response.status_code == 200
    page = response.content.decode()
    # The admin speaks Dutch (LANGUAGE_CODE): the editor reads the translated messages.
    assert "content/evil.js: scripts, stylesheets en webpagina&#x27;s zijn niet toegestaan" in page
    assert "content/archive.zip: bestanden van het type .zip zijn niet toegestaan" in page
    assert not H5PContent.objects.exists()
    assert stored_files(h5p_media) == []


@pytest.mark.django_db
def test_editor_upload_needing_new_library_is_refused_with_its_name(
    client, editor, provider, h5p_media
):
    _login(client, editor)
    response = _upload(client, provider, good_package())
    assert response.status_code == 200
    assert "Bibliotheek H5P.IntervisorCheck 1.0 is op deze site niet geïnstalleerd" in (
        response.content.decode()
    )
    assert stored_files(h5p_media) == []


@pytest.mark.django_db
def test_editor_cannot_upload_for_another_provider(
    client, editor, provider, other_provider, admin_user
):
    make_content(provider=provider, user=admin_user)
    _login(client, editor)
    response = _upload(client, other_provider, good_package())
    assert response.status_code == 200
    assert "provider" in response.context["form"].errors
    assert H5PContent.objects.count() == 1


@pytest.mark.django_db
def test_editor_sees_and_edits_only_own_provider_content(
    client, editor, provider, other_provider, admin_user
):
    own = make_content(provider=provider, user=admin_user, title="Eigen oefening")
    foreign = make_content(provider=other_provider, user=admin_user, title="Vreemde oefening")
    _login(client, editor)
    listing = client.get(reverse("wagtailsnippets_h5p_h5pcontent:list")).content.decode()
    assert "Eigen oefening" in listing
    assert "Vreemde oefening" not in listing
    assert (
        client.get(reverse("wagtailsnippets_h5p_h5pcontent:edit", args=[own.pk])).status_code == 200
    )
    assert (
        client.get(reverse("wagtailsnippets_h5p_h5pcontent:edit", args=[foreign.pk])).status_code
        == 404
    )
    assert (
        client.post(reverse("wagtailsnippets_h5p_h5pcontent:delete", args=[foreign.pk])).status_code
        == 404
    )
    assert H5PContent.objects.filter(pk=foreign.pk).exists()
    chooser = client.get(reverse("wagtailsnippetchoosers_h5p_h5pcontent:choose")).content.decode()
    assert "Eigen oefening" in chooser
    assert "Vreemde oefening" not in chooser


@pytest.mark.django_db
def test_learner_has_no_access_to_h5p_admin(client, learner):
    client.force_login(learner)
    response = client.get(reverse("wagtailsnippets_h5p_h5pcontent:list"))
    assert response.status_code == 403


@pytest.mark.django_db
def test_editor_cannot_open_library_admin(client, editor):
    _login(client, editor)
    response = client.get(reverse("wagtailsnippets_h5p_h5plibrary:list"))
    assert response.status_code == 302


@pytest.mark.django_db(transaction=True)
def test_delete_removes_content_files_but_keeps_libraries(client, admin_user, provider, h5p_media):
    content = make_content(provider=provider, user=admin_user)
    _login(client, admin_user)
    response = client.post(reverse("wagtailsnippets_h5p_h5pcontent:delete", args=[content.pk]))
    assert response.status_code == 302
    files = stored_files(h5p_media)
    assert not any(f.startswith("h5p/content/") or f.startswith("h5p/packages/") for f in files)
    assert any(f.startswith("h5p/libraries/H5P.IntervisorCheck-1.0/") for f in files)
