from django.urls import path
from django.views.generic import RedirectView

from .views import credentials, learner, public, replies, trainer

app_name = "certification"

urlpatterns = [
    path("certificering/", public.overview, name="overview"),
    path("certificering/zoeken/", public.lookup, name="lookup"),
    # The route was called "pad" until 2026; links and bookmarks to it keep working.
    path(
        "certificering/pad/<path:rest>",
        RedirectView.as_view(
            url="/certificering/traject/%(rest)s", permanent=True, query_string=True
        ),
    ),
    path("certificering/traject/<int:path_id>/", learner.path_detail, name="path"),
    path("certificering/traject/<int:path_id>/starten/", learner.path_start, name="path_start"),
    path("certificering/traject/<int:path_id>/intake/", learner.intake, name="intake"),
    path(
        "certificering/traject/<int:path_id>/intake/versturen/",
        learner.intake_submit,
        name="intake_submit",
    ),
    path(
        "certificering/intake/<int:intake_id>/reactie/",
        replies.intake_reply,
        name="intake_reply",
    ),
    path(
        "certificering/traject/<int:path_id>/intake/doel/<int:goal_id>/verwijderen/",
        learner.goal_delete,
        name="goal_delete",
    ),
    path(
        "certificering/niveau/<int:level_id>/beoordeling/",
        learner.assessment_request,
        name="assessment_request",
    ),
    path(
        "certificering/certificaten/<int:certificate_id>/pdf/",
        learner.certificate_pdf,
        name="certificate_pdf",
    ),
    path(
        "certificering/certificaten/<int:certificate_id>/verlengen/",
        learner.certificate_renew,
        name="certificate_renew",
    ),
    path("certificering/begeleiding/", trainer.dashboard, name="trainer"),
    path(
        "certificering/begeleiding/intake/<int:intake_id>/",
        trainer.intake_review,
        name="trainer_intake",
    ),
    path(
        "certificering/begeleiding/beoordeling/<int:assessment_id>/",
        trainer.assessment_review,
        name="trainer_assessment",
    ),
    path(
        "certificering/begeleiding/certificaat/<int:certificate_id>/intrekken/",
        trainer.certificate_revoke,
        name="trainer_revoke",
    ),
    path("certificering/uitgever/<slug:slug>/", credentials.issuer, name="issuer"),
    path(
        "certificering/prestatie/<int:level_id>.json", credentials.achievement, name="achievement"
    ),
    path("certificering/controleren/", credentials.check, name="check"),
    # did:web:<host>:aanbieders:<slug> resolves here (certification.credentials.did).
    path("aanbieders/<slug:slug>/did.json", credentials.did_document, name="did"),
    path("aanbieders/<slug:slug>/statuslijst.json", credentials.status_list, name="status_list"),
    path("certificaat/<str:number>/", credentials.verify, name="verify"),
    path("certificaat/<str:number>/badge.json", credentials.badge, name="badge"),
]
