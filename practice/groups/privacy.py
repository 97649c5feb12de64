"""What groups store about a person, for the data export and for account deletion.

Evaluation answers carry no name by design, so they cannot be exported as the member's and stay
when the member leaves (they were given anonymously). Everything else the member wrote goes.
"""

from .models import (
    Attendance,
    CaseSubmission,
    EvaluationResponse,
    Membership,
    RuleAgreement,
    RuleComment,
)


def export_groups(user) -> dict:
    return {
        "memberships": [
            {"group": m.group.name, "status": m.status, "joined_at": _iso(m.joined_at)}
            for m in Membership.objects.filter(user=user).select_related("group")
        ],
        "cases": [
            {
                "group": c.meeting.group.name,
                "meeting": c.meeting.number,
                "situation": c.situation,
                "own_share": c.own_share,
                "question": c.question,
                "learning_goal": c.learning_goal,
            }
            for c in CaseSubmission.objects.filter(author=user).select_related("meeting__group")
        ],
        "rule_comments": [
            {"rule": c.item.text, "comment": c.text, "at": _iso(c.created_at)}
            for c in RuleComment.objects.filter(author=user).select_related("item")
        ],
        "rule_agreements": [
            {"group": a.rule_set.group.name, "version": a.rule_set.version}
            for a in RuleAgreement.objects.filter(user=user).select_related("rule_set__group")
        ],
        "attendance": [
            {"group": a.meeting.group.name, "date": _iso(a.meeting.starts_at)}
            for a in Attendance.objects.filter(user=user).select_related("meeting__group")
        ],
    }


def erase_groups(user) -> None:
    CaseSubmission.objects.filter(author=user).delete()
    RuleComment.objects.filter(author=user).delete()
    RuleAgreement.objects.filter(user=user).delete()
    EvaluationResponse.objects.filter(user=user).delete()
    Attendance.objects.filter(user=user).delete()
    # Invitations sent to the person's address hold the address itself.
    Membership.objects.filter(user=user).delete()
    if user.email:
        Membership.objects.filter(email__iexact=user.email).delete()


def _iso(value):
    return value.isoformat() if value else None
