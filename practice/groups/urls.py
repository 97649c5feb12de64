from django.urls import path

from .views import groups, meetings, proof

app_name = "groups"
urlpatterns = [
    path("groepen/", groups.index, name="index"),
    path("groepen/nieuw/", groups.create, name="create"),
    path("groepen/uitnodiging/<str:token>/", groups.accept, name="accept"),
    path("groepen/<int:group_id>/", groups.detail, name="detail"),
    path("groepen/<int:group_id>/uitnodigen/", groups.invite, name="invite"),
    path("groepen/<int:group_id>/plannen/", groups.plan, name="plan"),
    path("groepen/<int:group_id>/verlaten/", groups.leave, name="leave"),
    path("groepen/<int:group_id>/afspraken/", groups.rules, name="rules"),
    path("groepen/<int:group_id>/afspraken/akkoord/", groups.rules_agree, name="rules_agree"),
    path("groepen/<int:group_id>/afspraken/voorstel/", groups.rules_propose, name="rules_propose"),
    path(
        "groepen/<int:group_id>/afspraken/<int:item_id>/reactie/",
        groups.rule_comment,
        name="rule_comment",
    ),
    path("groepen/<int:group_id>/organisatie/", proof.organisation, name="organisation"),
    path(
        "groepen/<int:group_id>/bijeenkomsten/<int:meeting_id>/",
        meetings.meeting,
        name="meeting",
    ),
    path(
        "groepen/<int:group_id>/bijeenkomsten/<int:meeting_id>/casus/",
        meetings.case,
        name="case",
    ),
    path(
        "groepen/<int:group_id>/bijeenkomsten/<int:meeting_id>/start/",
        meetings.start,
        name="start",
    ),
    path(
        "groepen/<int:group_id>/bijeenkomsten/<int:meeting_id>/aanwezigheid/",
        meetings.attendance,
        name="attendance",
    ),
    path(
        "groepen/<int:group_id>/bijeenkomsten/<int:meeting_id>/agenda.ics",
        meetings.meeting_ics,
        name="meeting_ics",
    ),
    path(
        "groepen/<int:group_id>/evaluatie/<int:evaluation_id>/",
        meetings.evaluation,
        name="evaluation",
    ),
    path(
        "groepen/<int:group_id>/aanwezigheid/<int:year>/",
        proof.attendance_proof_page,
        name="proof",
    ),
    path(
        "groepen/<int:group_id>/aanwezigheid/<int:year>/bewijs.pdf",
        proof.attendance_proof_pdf,
        name="proof_pdf",
    ),
]
