"""A learner's H5P data in the privacy export, and its removal with the account."""

from .models import H5PAttempt, H5PStatement, H5PUserState


def export_h5p(user) -> dict:
    return {
        "attempts": [
            {
                "content": a.content.title,
                "lesson_id": a.lesson_id,
                "number": a.number,
                "started_at": a.started_at.isoformat(),
                "finished_at": a.finished_at.isoformat() if a.finished_at else None,
                "score": a.score_raw,
                "max_score": a.score_max,
                "passed": a.passed,
            }
            for a in H5PAttempt.objects.filter(user=user).select_related("content")
        ],
        "statements": list(
            H5PStatement.objects.filter(user=user).values_list("statement", flat=True)
        ),
        "saved_states": [
            {"content": s.content.title, "state": s.state, "updated_at": s.updated_at.isoformat()}
            for s in H5PUserState.objects.filter(user=user).select_related("content")
        ],
    }


def erase_h5p(user) -> None:
    H5PStatement.objects.filter(user=user).delete()
    H5PAttempt.objects.filter(user=user).delete()
    H5PUserState.objects.filter(user=user).delete()
