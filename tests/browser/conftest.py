"""Fixtures of the browser tests."""

import copy

import pytest
from django.core.cache import cache


@pytest.fixture
def two_origins(settings, live_server, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    site = live_server.url
    player = site.replace("//localhost", "//127.0.0.1")
    assert player != site
    settings.H5P_SITE_ORIGIN = site
    settings.H5P_PLAYER_ORIGIN = player
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["frame-src"].append(player)
    settings.CONTENT_SECURITY_POLICY = policy
    return site, player
