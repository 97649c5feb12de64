"""A failed extraction tells the editor what happened without showing server paths (issue 18)."""

import pytest
from django.conf import settings

from courses.h5p import services
from courses.h5p.models import H5PContent
from tests.factories.h5p import make_content

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("error", [FileNotFoundError, PermissionError, OSError])
def test_a_storage_error_names_its_kind_not_the_path(monkeypatch, provider, admin_user, error):
    secret = f"{settings.MEDIA_ROOT}/h5p/content/1/content.json"

    def broken(content):
        raise error(5, "Input/output error", secret)

    monkeypatch.setattr(services, "_extract", broken)
    content = make_content(provider=provider, user=admin_user)
    content.refresh_from_db()
    assert content.status == H5PContent.Status.FAILED
    assert error.__name__ in content.failure_reason
    assert str(settings.MEDIA_ROOT) not in content.failure_reason
    assert "/h5p/" not in content.failure_reason
