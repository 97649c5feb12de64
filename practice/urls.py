from django.urls import path

from .views import companion, replies, simulations

app_name = "practice"
urlpatterns = [
    path("oefenen/", simulations.practice_index, name="index"),
    path("oefenen/scenario/<int:scenario_id>/start/", simulations.run_start, name="run_start"),
    path("oefenen/simulatie/<int:run_id>/", simulations.run_step, name="run"),
    path("oefenen/simulatie/<int:run_id>/kies/", simulations.run_choose, name="run_choose"),
    path(
        "oefenen/simulatie/<int:run_id>/nabespreking/",
        simulations.run_debrief,
        name="run_debrief",
    ),
    path("oefenen/bijeenkomsten/nieuw/", companion.session_create, name="session_create"),
    path("oefenen/bijeenkomsten/<int:session_id>/", companion.session_detail, name="session"),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/deelnemer/",
        companion.session_participant_add,
        name="session_participant_add",
    ),
    path(
        "oefenen/bijeenkomsten/uitnodiging/<str:token>/",
        companion.participant_accept,
        name="participant_accept",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/rollen/",
        companion.session_roles,
        name="session_roles",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/start/",
        companion.session_start,
        name="session_start",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/stap/",
        companion.session_step,
        name="session_step",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/notitie/",
        companion.session_note,
        name="session_note",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/afsluiten/",
        companion.session_close,
        name="session_close",
    ),
    path(
        "oefenen/bijeenkomsten/<int:session_id>/observator/",
        companion.session_observer,
        name="session_observer",
    ),
    path("oefenen/observaties/<int:session_id>/", companion.observation, name="observation"),
    path("oefenen/logboek/", companion.logbook, name="logbook"),
    path("oefenen/logboek/nulmeting/", companion.logbook_baseline, name="logbook_baseline"),
    path("oefenen/logboek/<int:entry_id>/", companion.logbook_entry, name="logbook_entry"),
    path(
        "oefenen/logboek/<int:entry_id>/reactie/",
        replies.logbook_entry_reply,
        name="logbook_entry_reply",
    ),
]
