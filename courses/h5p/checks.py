"""Deployment checks of the player origin (`manage.py check --deploy`)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.http.request import validate_host


@register(Tags.security, deploy=True)
def player_origin_check(app_configs, **kwargs):
    player = urlsplit(settings.H5P_PLAYER_ORIGIN).hostname or ""
    site = urlsplit(settings.H5P_SITE_ORIGIN).hostname or ""
    problems = []
    if player == site or player.endswith("." + site):
        problems.append(
            Warning(
                "H5P_PLAYER_ORIGIN is the site's own host or one under it.",
                hint="Serve the H5P player from a separate registrable domain that points at "
                "the same web servers, so library code never shares the site's cookies.",
                id="h5p.W001",
            )
        )
    if player and not validate_host(player, settings.ALLOWED_HOSTS):
        problems.append(
            Warning(
                f"The H5P player's host {player} is not in ALLOWED_HOSTS.",
                hint="Add it to DJANGO_ALLOWED_HOSTS, or the player answers 400.",
                id="h5p.W002",
            )
        )
    return problems
