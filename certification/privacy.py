"""The learner's certification data in the privacy export, and what erasing removes."""

from django.utils import timezone

from .credentials.services import credentials_forget_name
from .models import Assessment, Certificate, Evidence, Intake, LevelProgress


def export_certification(user) -> dict:
    intakes = Intake.objects.filter(user=user).select_related("path").prefetch_related("goals")
    return {
        "intakes": [
            {
                "path": intake.path.name,
                "status": intake.status,
                "manager": intake.manager_name,
                "goals": [
                    {"text": g.text, "outcome": g.outcome, "evaluation": g.evaluation}
                    for g in intake.goals.all()
                ],
            }
            for intake in intakes
        ],
        "evidence": [
            {"kind": e.kind, "title": e.title, "occurred_at": e.occurred_at.isoformat()}
            for e in Evidence.objects.filter(user=user)
        ],
        "assessments": [
            {
                "level": str(a.level),
                "status": a.status,
                "feedback": a.feedback,
                "requested_at": a.requested_at.isoformat(),
            }
            for a in Assessment.objects.filter(user=user).select_related("level__path")
        ],
        "certificates": [
            {
                "number": c.number,
                "holder": c.holder,
                "level": str(c.level),
                "status": c.current_status,
                "issued_at": c.issued_at.isoformat(),
                "expires_on": c.expires_on.isoformat(),
            }
            for c in Certificate.objects.filter(user=user).select_related("level__path")
        ],
    }


REMOVE_NAME = "certificate_name"


def erase_certification(user, *, options: set[str]) -> None:
    """Remove the learning record; keep issued certificates valid and verifiable by number.

    Employers and clients rely on a certificate's check page, so deleting an account does not
    revoke it. The name stays on it (copied into holder_name, as the user row is anonymised)
    unless the user asked for its removal and the issuing provider allows that; then the name
    and the PDF (which prints the name) go, and the check page says the name was removed.
    """
    Evidence.objects.filter(user=user).delete()
    Intake.objects.filter(user=user).delete()
    Assessment.objects.filter(user=user).delete()
    LevelProgress.objects.filter(user=user).delete()
    now = timezone.now()
    certificates = Certificate.objects.filter(user=user).select_related("level__path__provider")
    for certificate in certificates:
        allowed = certificate.level.path.provider.allow_certificate_name_removal
        name = user.get_full_name()
        if (REMOVE_NAME in options and allowed) or not name:
            certificate.holder_name = ""
            certificate.name_removed_at = now
            if certificate.pdf:
                certificate.pdf.delete(save=False)
            credentials_forget_name(certificate=certificate)
        else:
            certificate.holder_name = name
        certificate.save()
