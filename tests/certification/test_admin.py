"""Provider editors manage their own paths and levels in the Wagtail admin, nobody else's."""

import pytest

from certification.models import Level, Path
from tests.conftest import totp_activate
from tests.factories.certification import make_path, three_level_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, editor):
    totp_activate(editor)
    client.force_login(editor)
    return client


def test_editor_lists_only_own_paths_and_levels(editor_client, provider, other_provider):
    three_level_path(provider)
    make_path(other_provider, name="Pad van B")
    listing = editor_client.get("/admin/snippets/certification/path/").content.decode()
    assert "Intervisiebegeleider" in listing
    assert "Pad van B" not in listing
    levels = editor_client.get("/admin/snippets/certification/level/").content.decode()
    assert "Co-begeleider" in levels


def test_editor_cannot_open_or_change_another_providers_path(editor_client, other_provider):
    path = make_path(other_provider, name="Pad van B")
    url = f"/admin/snippets/certification/path/edit/{path.pk}/"
    assert editor_client.get(url).status_code == 404
    editor_client.post(url, {"provider": other_provider.pk, "name": "Overgenomen", "slug": "x"})
    editor_client.post(f"/admin/snippets/certification/path/delete/{path.pk}/")
    path.refresh_from_db()
    assert path.name == "Pad van B"


def test_editor_cannot_create_a_path_for_another_provider(editor_client, provider, other_provider):
    form = editor_client.get("/admin/snippets/certification/path/add/").content.decode()
    assert provider.name in form and other_provider.name not in form
    editor_client.post(
        "/admin/snippets/certification/path/add/",
        {"provider": other_provider.pk, "name": "Sluip", "slug": "sluip", "live": "on"},
    )
    assert not Path.objects.filter(name="Sluip").exists()
    response = editor_client.post(
        "/admin/snippets/certification/path/add/",
        {"provider": provider.pk, "name": "Eigen pad", "slug": "eigen", "live": "on"},
    )
    assert response.status_code == 302
    assert Path.objects.get(name="Eigen pad").provider == provider


def test_editor_adds_a_level_with_requirements(editor_client, provider, learner):
    from tests.factories.certification import started

    path = make_path(provider)
    started(learner, path)
    data = {
        "path": path.pk,
        "name": "Aspirant",
        "position": 1,
        "description": "",
        "validity_days": "",
        "requirements-TOTAL_FORMS": 1,
        "requirements-INITIAL_FORMS": 0,
        "requirements-MIN_NUM_FORMS": 1,
        "requirements-MAX_NUM_FORMS": 1000,
        "requirements-0-kind": "logbook_entries",
        "requirements-0-title": "",
        "requirements-0-count": 2,
        "requirements-0-observed_count": 0,
        "requirements-0-min_score": "",
        "requirements-0-target_page": "",
        "requirements-0-ORDER": 1,
        "requirements-0-id": "",
        "requirements-0-DELETE": "",
    }
    response = editor_client.post("/admin/snippets/certification/level/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    level = Level.objects.get(name="Aspirant")
    assert level.requirements.get().count == 2


def test_other_editor_and_learner_have_no_access(client, other_editor, learner, provider):
    path = make_path(provider)
    totp_activate(other_editor)
    client.force_login(other_editor)
    assert client.get(f"/admin/snippets/certification/path/edit/{path.pk}/").status_code == 404
    client.force_login(learner)
    assert client.get("/admin/snippets/certification/path/").status_code == 403
