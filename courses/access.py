"""Who may open and work in a lesson: enrolled, prerequisites met, lesson published."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from intervisor import caching

from .models import CoursePage, Enrollment, LessonPage
from .selectors import (
    CourseKey,
    Outline,
    course_outline,
    course_page,
    enrollment_with_progress,
    unmet_prerequisites,
)


class CourseAccessDenied(PermissionDenied):
    """Raised with a message a learner can act on; views show it with a 403."""

    def __init__(self, message: str, *, course: CoursePage | None = None):
        super().__init__(message)
        self.message = message
        self.course = course


@dataclass
class LessonAccess:
    enrollment: Enrollment
    course: CoursePage | CourseKey
    outline: Outline
    # Completed lessons by id, read with the enrolment (one query).
    completed: dict[int, datetime] = field(default_factory=dict)


def course_key_of_lesson(*, lesson: LessonPage) -> CourseKey | None:
    """The lesson's live course, narrowly: enough for its cached outline.

    Kept in the cache by the course's tree path; handlers.outline_bump drops it whenever the
    course's outline version or publication changes."""
    key = caching.course_of_lesson_key(lesson.path[: -2 * lesson.steplen])
    found = cache.get(key)
    if found is not None:
        return found
    row = (
        CoursePage.objects.filter(path=lesson.path[: -2 * lesson.steplen], live=True)
        .values_list("pk", "outline_version", "last_published_at")
        .first()
    )
    if row is None:
        return None
    found = CourseKey(*row)
    cache.set(key, found, caching.COURSE_TIMEOUT)
    return found


def live_lesson(lesson_id: int):
    """A published lesson and its live course's key, or (None, None)."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    course = course_key_of_lesson(lesson=lesson) if lesson is not None else None
    if course is None:
        return None, None
    return lesson, course


def lesson_access_check(*, user, lesson_id: int) -> LessonAccess:
    """`lesson_access` for a lesson known by its id (other apps' endpoints: the H5P player);
    raises CourseAccessDenied, an unpublished lesson included."""
    lesson, course = live_lesson(lesson_id)
    if lesson is None:
        raise CourseAccessDenied(_("This lesson is not published."))
    return lesson_access(user=user, lesson=lesson, course=course)


def lesson_access(
    *, user, lesson: LessonPage, course: CoursePage | CourseKey | None = None
) -> LessonAccess:
    """Raises CourseAccessDenied with a message; `course` may be a page or just its key (read
    from the cache when not given)."""
    course = course or course_key_of_lesson(lesson=lesson)
    if course is None or not lesson.live:
        raise CourseAccessDenied(_("This lesson is not published."))
    if not user.is_authenticated:
        raise CourseAccessDenied(_("Log in to follow this course."), course=course_page(course))
    enrollment, completed = enrollment_with_progress(user=user, course_id=course.pk)
    outline = course_outline(course=course)
    if enrollment is None:
        raise CourseAccessDenied(
            _("You are not enrolled in the course “%(course)s”.") % {"course": outline.title},
            course=course_page(course),
        )
    if outline.lesson(lesson.pk) is None:
        raise CourseAccessDenied(_("This lesson is not published."), course=course_page(course))
    unmet = unmet_prerequisites(user=user, outline=outline)
    if unmet:
        raise CourseAccessDenied(
            _("Finish %(courses)s first; this course builds on it.")
            % {"courses": ", ".join(f"“{title}”" for _pk, title, _url in unmet)},
            course=course_page(course),
        )
    return LessonAccess(enrollment=enrollment, course=course, outline=outline, completed=completed)
