"""Who may open the H5P URLs; merged into tests/authz/matrix.py's MATRIX."""

from tests.authz.matrix import (
    ADMIN_DENIED,
    OK,
    Case,
    admin_viewset,
    everyone,
    logged_in,
    staff_only,
)


def _h5p_content(world):
    if not hasattr(world, "h5p_content"):
        from tests.factories.h5p import make_content

        world.h5p_content = make_content(provider=world.provider, user=world.users["admin"])
    return world.h5p_content


def _h5p_player_url(world, name):
    from django.urls import reverse

    from courses.h5p.player import player_token

    kwargs = {"token": player_token(_h5p_content(world).pk)}
    if name == "player_package":
        kwargs["path"] = "h5p.json"
    return reverse(f"h5p:{name}", kwargs=kwargs)


CASES = {
    # H5P: editors manage their own provider's exercises; only site admins see libraries.
    **admin_viewset(
        "wagtailsnippets_h5p_h5pcontent",
        lambda w: _h5p_content(w),
        lists=staff_only(editor=OK),
        objects=staff_only(editor=OK),
        with_copy=False,
    ),
    **admin_viewset(
        "wagtailsnippets_h5p_h5plibrary",
        lambda w: _h5p_content(w).libraries.get(),
        lists=staff_only(),
        objects=staff_only(),
        add=staff_only(admin=ADMIN_DENIED),
        with_copy=False,
    ),
    # Choosers and the admin API: tests/authz/admin_scope.py, from Wagtail's registries.
    # The player answers only on H5P_PLAYER_ORIGIN's host: on the site host nothing exists.
    "h5p:player": Case(lambda w: _h5p_player_url(w, "player"), everyone(404)),
    "h5p:player_package": Case(lambda w: _h5p_player_url(w, "player_package"), everyone(404)),
    "h5p:player_library": Case(
        "/h5p-speler/bibliotheken/H5P.IntervisorCheck-1.0/library.json", everyone(404)
    ),
    "h5p:player_library_root": Case("/h5p-speler/bibliotheken/", everyone(404)),
    "h5p:player_core": Case("/h5p-speler/kern/main.bundle.js", everyone(404)),
    # JSON endpoints of the lesson page: a lesson that does not exist is 404 for everyone
    # logged in, 401 without login (the real lesson cases are in tests/h5p/).
    "h5p:xapi": Case("/h5p/lessen/999999/blok/xapi/", logged_in(404, anonymous=401), method="post"),
    "h5p:state": Case("/h5p/lessen/999999/blok/status/", logged_in(404, anonymous=401)),
}
