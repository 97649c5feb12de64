import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Certificate PDFs written by in-process tests stay out of the project's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
