from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from practice.language.selectors import label_scores_cached

from .. import services
from ..access import CourseAccessDenied
from ..models import CoursePage, Enrollment, LessonPage
from ..selectors import catalogue_for_user, dashboard_for_user
from .lesson import access_denied


def catalogue(request):
    return render(
        request, "courses/catalogue.html", {"entries": catalogue_for_user(user=request.user)}
    )


@login_required
def dashboard(request):
    context = dashboard_for_user(user=request.user, request=request)
    context["language_scores"] = label_scores_cached(user=request.user)
    return render(request, "courses/dashboard.html", context)


@require_POST
@login_required
def enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enrollment_create(user=request.user, course=course, source=Enrollment.Source.SELF)
    except CourseAccessDenied as error:
        return access_denied(request, error)
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect(course.get_url(request))


def _own_lesson(request, enrollment_id: int, lesson_id: int) -> tuple[Enrollment, LessonPage]:
    """The enrolment in the URL must be the requester's own; anything else is a 404."""
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("course"), pk=enrollment_id, user=request.user
    )
    lesson = get_object_or_404(
        LessonPage.objects.select_related("locale"),
        pk=lesson_id,
        path__startswith=enrollment.course.path,
    )
    lesson._course_id = enrollment.course_id
    return enrollment, lesson


def _back(request, lesson: LessonPage, anchor: str = ""):
    return redirect(lesson.get_url(request) + (f"#{anchor}" if anchor else ""))


def _post_to_lesson(request, enrollment_id, lesson_id, action, success, anchor=""):
    _enrollment, lesson = _own_lesson(request, enrollment_id, lesson_id)
    try:
        outcome = action(lesson)
    except CourseAccessDenied as error:
        return access_denied(request, error)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back(request, lesson, anchor)
    text = success(outcome) if callable(success) else success
    if text:
        messages.success(request, text)
    return _back(request, lesson, anchor)


@require_POST
@login_required
def lesson_done(request, enrollment_id: int, lesson_id: int):
    return _post_to_lesson(
        request,
        enrollment_id,
        lesson_id,
        lambda lesson: services.lesson_mark_done(user=request.user, lesson=lesson),
        lambda changed: _("Lesson completed.") if changed else "",
    )


@require_POST
@login_required
def quiz_answer(request, enrollment_id: int, lesson_id: int, block_id: str):
    prefix = "q-"
    answers = {
        key[len(prefix) :]: request.POST.getlist(key)
        for key in request.POST
        if key.startswith(prefix)
    }

    def feedback(outcome):
        if outcome.passed:
            return _("Well done: %(score)s of %(max)s right.") % {
                "score": outcome.score,
                "max": outcome.max_score,
            }
        return _("%(score)s of %(max)s right. Read the feedback and try again.") % {
            "score": outcome.score,
            "max": outcome.max_score,
        }

    return _post_to_lesson(
        request,
        enrollment_id,
        lesson_id,
        lambda lesson: services.quiz_answer_submit(
            user=request.user, lesson=lesson, block_id=block_id, answers=answers
        ),
        feedback,
        anchor=f"block-{block_id}",
    )


@require_POST
@login_required
def reflection_answer(request, enrollment_id: int, lesson_id: int, block_id: str):
    return _post_to_lesson(
        request,
        enrollment_id,
        lesson_id,
        lambda lesson: services.reflection_save(
            user=request.user, lesson=lesson, block_id=block_id, text=request.POST.get("text", "")
        ),
        _("Your answer is saved. Only you can see it."),
        anchor=f"block-{block_id}",
    )
