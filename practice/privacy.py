"""What practice stores about a person, for the data export and for account deletion."""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from .models import (
    CompanionSession,
    LogbookBaseline,
    LogbookEntry,
    Observation,
    SessionEvaluation,
    SessionParticipant,
    SimulationRun,
)


def export_practice(user) -> dict:
    runs = (
        SimulationRun.objects.filter(user=user)
        .select_related("scenario")
        .prefetch_related("choices")
    )
    baseline = LogbookBaseline.objects.filter(user=user).first()
    return {
        "simulation_runs": [
            {
                "scenario": run.scenario.title,
                "status": run.status,
                "started_at": run.started_at.isoformat(),
                "completed_at": run.completed_at.isoformat() if run.completed_at else None,
                "competency_scores": run.competency_scores,
                "reflection": run.reflection,
                "choices": [
                    {"situation": c.situation_title, "choice": c.label, "expert": c.expert}
                    for c in run.choices.all()
                ],
            }
            for run in runs
        ],
        "logbook_baseline": (
            {
                "learning_question": baseline.learning_question,
                "normative": baseline.normative,
                "methodical": baseline.methodical,
                "personal": baseline.personal,
            }
            if baseline
            else None
        ),
        "logbook_entries": [
            {
                "session": f"{e.session.group_name} {e.session.date.isoformat()}",
                "situations_discussed": e.situations_discussed,
                "learning_question": e.learning_question,
                "learned_normative": e.learned_normative,
                "learned_methodical": e.learned_methodical,
                "learned_personal": e.learned_personal,
                "shared_with": e.shared_with.email if e.shared_with else None,
            }
            for e in LogbookEntry.objects.filter(user=user).select_related("session", "shared_with")
        ],
        "sessions_facilitated": [
            {
                "group": s.group_name,
                "date": s.date.isoformat(),
                "method": s.method.name,
                "status": s.status,
                "process_notes": [n.text for n in s.notes.all()],
            }
            for s in CompanionSession.objects.filter(facilitator=user)
            .select_related("method")
            .prefetch_related("notes")
        ],
        "observations_received": [
            {"date": o.session.date.isoformat(), "scores": o.scores, "notes": o.notes}
            for o in Observation.objects.filter(facilitator=user).select_related("session")
        ],
    }


def erase_practice(user) -> None:
    """Delete what is about this person; keep what belongs to others (their logbooks stay
    attached to a session whose facilitator has left)."""
    SimulationRun.objects.filter(user=user).delete()
    LogbookEntry.objects.filter(user=user).delete()
    LogbookBaseline.objects.filter(user=user).delete()
    SessionEvaluation.objects.filter(user=user).delete()
    Observation.objects.filter(Q(facilitator=user)).delete()
    for session in CompanionSession.objects.filter(facilitator=user):
        session.notes.all().delete()
    with translation.override(settings.LANGUAGE_CODE):
        # The group name is the facilitator's own text; the sessions stay for the others'
        # logbooks, so they keep a neutral name.
        CompanionSession.objects.filter(facilitator=user).update(
            group_name=_("Session of a deleted account")
        )
        # An invitation to the person's address holds the address itself.
        invited = Q(email__iexact=user.email) if user.email else Q(pk__in=[])
        SessionParticipant.objects.filter(Q(user=user) | invited).update(
            user=None, name=_("Deleted participant"), email="", token=None
        )
    LogbookEntry.objects.filter(shared_with=user).update(shared_with=None)
    CompanionSession.objects.filter(observer=user).update(observer=None)
