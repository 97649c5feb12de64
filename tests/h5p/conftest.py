import pytest


@pytest.fixture(autouse=True)
def h5p_media(settings, tmp_path):
    """Every H5P test writes to its own media folder, so 'nothing stored' can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def stored_files(root) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English (the msgids); the Dutch ones are checked apart."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def clear_cache():
    """Placements and access decisions are cached; ids are reused between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
