"""The learner's enrolments, progress, exercise results and reflections in the privacy export;
erasing an account deletes them (results and attempts go with their enrolment)."""

from .models import BlockResult, Enrollment, LessonProgress, ReflectionAnswer


def export_learning(user) -> dict:
    return {
        "enrolments": [
            {
                "course": e.course.title,
                "source": e.source,
                "status": e.status,
                "enrolled_at": e.created_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            }
            for e in Enrollment.objects.filter(user=user).select_related("course")
        ],
        "lessons_completed": [
            {"lesson": p.lesson.title, "completed_at": p.completed_at.isoformat()}
            for p in LessonProgress.objects.filter(
                enrollment__user=user, completed_at__isnull=False
            ).select_related("lesson")
        ],
        "exercise_results": [
            {
                "lesson": r.lesson.title,
                "block_id": r.block_id,
                "score": r.score,
                "max_score": r.max_score,
                "passed": r.passed,
                "attempts": r.attempts,
            }
            for r in BlockResult.objects.filter(enrollment__user=user).select_related("lesson")
        ],
        "reflections": [
            {"lesson": a.lesson.title, "text": a.text, "updated_at": a.updated_at.isoformat()}
            for a in ReflectionAnswer.objects.filter(user=user).select_related("lesson")
        ],
    }


def erase_learning(user) -> None:
    ReflectionAnswer.objects.filter(user=user).delete()
    Enrollment.objects.filter(user=user).delete()
