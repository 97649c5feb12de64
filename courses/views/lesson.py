from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from ..access import CourseAccessDenied, course_key_of_lesson, lesson_access
from ..fragments import (
    MEMO_BLOCK_TYPES,
    learner_blocks_html,
    lesson_body_items,
    lesson_body_key,
    outline_html_key,
    prefetch,
)
from ..models import CoursePage, LessonPage
from ..selectors import (
    course_outline,
    lesson_state_key,
    lesson_user_state,
    outline_html,
    outline_key,
    progress_key,
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
    key = outline_key(course)
    prefetch(
        request,
        [
            key,
            outline_html_key(key, current=lesson.pk, show_summaries=False, locked=False),
            lesson_body_key(lesson, request=request),
            progress_key(request.user.pk, course.pk),
            lesson_state_key(request.user.pk, lesson.pk),
        ],
    )
    enrollment, completed = None, {}
    try:
        access = lesson_access(user=request.user, lesson=lesson, course=course, request=request)
        outline, enrollment, completed = access.outline, access.enrollment, access.completed
    except CourseAccessDenied as error:
        outline = course_outline(course=course, request=request)
        if outline.lesson(lesson.pk) is None or not user_is_course_trainer(
            user=request.user, provider_id=outline.provider_id
        ):
            return access_denied(request, error)
    state = (
        lesson_user_state(enrollment=enrollment, lesson=lesson, request=request)
        if enrollment
        else {"results": {}, "reflections": {}}
    )
    lessons = outline.lessons
    index = next(i for i, entry in enumerate(lessons) if entry.id == lesson.pk)
    blocks = _body_blocks(request, lesson, enrollment, state)
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
            "outline_html": outline_html(
                course=course,
                outline=outline,
                progress=progress,
                completed=completed,
                enrolled=enrollment is not None,
                current=lesson.pk,
                request=request,
            ),
            "blocks": blocks,
            "has_scored": bool(scored),
            "scored_passed": sum(
                1 for block_id in scored if getattr(state["results"].get(block_id), "passed", 0)
            ),
            "previous_lesson": lessons[index - 1] if index > 0 else None,
            "next_lesson": lessons[index + 1] if index + 1 < len(lessons) else None,
        }
    )
    return TemplateResponse(request, lesson.get_template(request, *args, **kwargs), context)


def _body_blocks(request, lesson, enrollment, state) -> list[dict]:
    """Static blocks as cached HTML; the others with the learner's own result and answer."""
    items = [
        {
            "id": item.id,
            "type": item.type,
            "html": item.html,
            "block": lesson.body[index] if item.html is None else None,
            "result": state["results"].get(item.id),
            "answer": state["reflections"].get(item.id),
        }
        for index, item in enumerate(lesson_body_items(lesson=lesson, request=request))
    ]
    if enrollment is not None and not getattr(request, "is_preview", False):
        memo = [
            item for item in items if item["block"] is not None and item["type"] in MEMO_BLOCK_TYPES
        ]
        rendered = learner_blocks_html(
            request=request,
            lesson=lesson,
            enrollment=enrollment,
            blocks=[(item["block"], item["result"], item["answer"]) for item in memo],
        )
        for item, html in zip(memo, rendered, strict=True):
            item["html"] = html
    return items
