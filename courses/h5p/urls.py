from django.urls import path

from .views import learner, player

app_name = "h5p"
urlpatterns = [
    # Site origin: called by the lesson page with the learner's session and CSRF token.
    path("h5p/lessen/<int:lesson_id>/<str:block_id>/xapi/", learner.xapi_statement, name="xapi"),
    path("h5p/lessen/<int:lesson_id>/<str:block_id>/status/", learner.learner_state, name="state"),
    # Player origin only (H5P_PLAYER_ORIGIN): no session, no cookies, strict CSP.
    path("h5p-speler/bibliotheken/", player.player_library_root, name="player_library_root"),
    path(
        "h5p-speler/bibliotheken/<str:folder>/<path:path>",
        player.player_library,
        name="player_library",
    ),
    path("h5p-speler/kern/<path:path>", player.player_core, name="player_core"),
    path("h5p-speler/<str:token>/", player.player_page, name="player"),
    path("h5p-speler/<str:token>/pakket/<path:path>", player.player_package, name="player_package"),
]
