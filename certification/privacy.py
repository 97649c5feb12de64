"""The learner's certification data in the privacy export, and what erasing removes."""

from django.utils import timezone

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
                "level": str(c.level),
                "status": c.current_status,
                "issued_at": c.issued_at.isoformat(),
                "expires_on": c.expires_on.isoformat(),
            }
            for c in Certificate.objects.filter(user=user).select_related("level__path")
        ],
    }


def erase_certification(user) -> None:
    Evidence.objects.filter(user=user).delete()
    Intake.objects.filter(user=user).delete()
    Assessment.objects.filter(user=user).delete()
    LevelProgress.objects.filter(user=user).delete()
    # The number stays so a printed copy is answered with "revoked", not "unknown".
    for certificate in Certificate.objects.filter(user=user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.status = Certificate.Status.REVOKED
        certificate.revoked_at = certificate.revoked_at or timezone.now()
        certificate.revoked_reason = "Account deleted at the holder's request."
        certificate.save()
