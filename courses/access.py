"""Who may open and work in a lesson: enrolled, prerequisites met, lesson published."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from .models import CoursePage, Enrollment, LessonPage
from .selectors import Outline, course_outline, enrollment_with_progress, unmet_prerequisites


class CourseAccessDenied(PermissionDenied):
    """Raised with a message a learner can act on; views show it with a 403."""

    def __init__(self, message: str, *, course: CoursePage | None = None):
        super().__init__(message)
        self.message = message
        self.course = course


@dataclass
class LessonAccess:
    enrollment: Enrollment
    course: CoursePage
    outline: Outline
    # Completed lessons by id, read with the enrolment (one query).
    completed: dict[int, datetime] = field(default_factory=dict)


def course_of_lesson(*, lesson: LessonPage) -> CoursePage | None:
    return (
        CoursePage.objects.filter(path=lesson.path[: -2 * lesson.steplen], live=True)
        .select_related("locale")
        .first()
    )


def lesson_access(
    *, user, lesson: LessonPage, course: CoursePage | None = None, request=None
) -> LessonAccess:
    course = course or course_of_lesson(lesson=lesson)
    if course is None or not lesson.live:
        raise CourseAccessDenied(_("This lesson is not published."))
    if not user.is_authenticated:
        raise CourseAccessDenied(_("Log in to follow this course."), course=course)
    enrollment, completed = enrollment_with_progress(user=user, course_id=course.pk)
    if enrollment is None:
        raise CourseAccessDenied(
            _("You are not enrolled in the course “%(course)s”.") % {"course": course.title},
            course=course,
        )
    outline = course_outline(course=course, request=request)
    if outline.lesson(lesson.pk) is None:
        raise CourseAccessDenied(_("This lesson is not published."), course=course)
    unmet = unmet_prerequisites(user=user, outline=outline)
    if unmet:
        raise CourseAccessDenied(
            _("Finish %(courses)s first; this course builds on it.")
            % {"courses": ", ".join(f"“{title}”" for _pk, title, _url in unmet)},
            course=course,
        )
    return LessonAccess(enrollment=enrollment, course=course, outline=outline, completed=completed)
