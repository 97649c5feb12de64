from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from ..access import CourseAccessDenied, course_key_of_lesson, lesson_access
from ..blocks import STATIC_BLOCK_TYPES
from ..models import CoursePage, LessonPage
from ..selectors import (
    course_outline,
    lesson_user_state,
    progress_summary,
    user_is_course_trainer,
)


def access_denied(request, error: CourseAccessDenied):
    return TemplateResponse(
        request,
        "courses/access_denied.html",
        {"message": error.message, "course": error.course},
        status=403,
    )


def course_redirect(request, course_id: int, slug: str):
    """Links made when courses were served at /cursussen/<id>/: the course's own URL now."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    return redirect(course.get_url(request), permanent=True)


def lesson_redirect(request, course_id: int, lesson_id: int, slug: str):
    """Links made when lessons were served at /cursussen/<id>/les/<id>/: the lesson's own URL."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    return redirect(lesson.get_url(request), permanent=True)


def lesson_serve(request, lesson, *args, **kwargs):
    """A lesson for its enrolled learner; the provider's trainers may read it as a preview."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course = course_key_of_lesson(lesson=lesson)
    if course is None:
        raise Http404
    enrollment, completed = None, {}
    try:
        access = lesson_access(user=request.user, lesson=lesson, course=course)
        outline, enrollment, completed = access.outline, access.enrollment, access.completed
    except CourseAccessDenied as error:
        outline = course_outline(course=course, request=request)
        if outline.lesson(lesson.pk) is None or not user_is_course_trainer(
            user=request.user, provider_id=outline.provider_id
        ):
            return access_denied(request, error)
    state = (
        lesson_user_state(enrollment=enrollment, lesson=lesson)
        if enrollment
        else {"results": {}, "reflections": {}}
    )
    lessons = outline.lessons
    index = next(i for i, entry in enumerate(lessons) if entry.id == lesson.pk)
    scored = lessons[index].scored_block_ids
    progress = progress_summary(outline=outline, completed=completed)
    context = lesson.get_context(request, *args, **kwargs)
    context.update(
        {
            "course": course,
            "outline": outline,
            "module": outline.module_of(lesson.pk),
            "entry": lessons[index],
            "enrollment": enrollment,
            "preview": enrollment is None,
            "completed": completed,
            "is_completed": lesson.pk in completed,
            "progress": progress,
            "blocks": [
                BodyBlock(lesson, index, raw, state)
                for index, raw in enumerate(lesson.body.raw_data)
            ],
            "has_scored": bool(scored),
            "scored_passed": sum(
                1 for block_id in scored if getattr(state["results"].get(block_id), "passed", 0)
            ),
            "previous_lesson": lessons[index - 1] if index > 0 else None,
            "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
        }
    )
    return TemplateResponse(request, lesson.get_template(request, *args, **kwargs), context)


class BodyBlock:
    """One block of the lesson body for the template. Static blocks are cached per publish by
    `{% wagtailpagecache %}` in the template, so the block itself is only read (`block`) when
    the template renders it; the others show the learner's own result and answer."""

    def __init__(self, lesson, index: int, raw: dict, state: dict):
        self.lesson, self.index = lesson, index
        self.id, self.type = raw.get("id") or "", raw["type"]
        self.static = self.type in STATIC_BLOCK_TYPES
        self.result = state["results"].get(self.id)
        self.answer = state["reflections"].get(self.id)

    @property
    def block(self):
        return self.lesson.body[self.index]
