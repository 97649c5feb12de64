from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intervisor.spreadsheets import SafeCsvWriter

from .. import services
from ..models import CoursePage, Enrollment
from ..selectors import cohort_report, course_outline, user_is_course_trainer


def _trainer_course(request, course_id: int) -> CoursePage:
    """The course, if the requester trains for its provider; other providers' trainers get 403."""
    course = get_object_or_404(CoursePage, pk=course_id)
    outline = course_outline(course=course, request=request)
    if not user_is_course_trainer(user=request.user, provider_id=outline.provider_id):
        raise PermissionDenied(_("Only trainers of this course's provider see its group."))
    return course


@login_required
def cohort(request, course_id: int):
    course = _trainer_course(request, course_id)
    report = cohort_report(course=course, request=request)
    return render(request, "courses/cohort_report.html", {"course": course, **report})


@login_required
def cohort_csv(request, course_id: int):
    course = _trainer_course(request, course_id)
    report = cohort_report(course=course, request=request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="groep-{course.slug}.csv"'
    writer = SafeCsvWriter(response)
    writer.writerow(
        [_("Name"), _("E-mail"), _("Enrolled"), _("Status"), _("Lessons done"), _("Next lesson")]
        + [f"{lesson.number} {lesson.title}" for lesson, _block in report["scored"]]
    )
    for row in report["rows"]:
        enrollment, progress = row["enrollment"], row["progress"]
        writer.writerow(
            [
                enrollment.user.display_name,
                enrollment.user.email,
                enrollment.created_at.date().isoformat(),
                enrollment.get_status_display(),
                f"{progress['done']}/{progress['total']}",
                progress["next_lesson"].title if progress["next_lesson"] else "",
            ]
            + [
                f"{result.score:g}/{result.max_score:g}" if result else ""
                for result in row["scores"]
            ]
        )
    return response


@require_POST
@login_required
def cohort_enrol(request, course_id: int):
    course = _trainer_course(request, course_id)
    email = request.POST.get("email", "").strip()
    learner = get_user_model().objects.filter(email__iexact=email).first() if email else None
    if learner is None:
        messages.error(
            request, _("No account with that e-mail address; ask the learner to sign up first.")
        )
    else:
        services.enrollment_create(
            user=learner, course=course, source=Enrollment.Source.TRAINER, enrolled_by=request.user
        )
        messages.success(request, _("%(name)s is enrolled.") % {"name": learner.display_name})
    return redirect("courses:cohort", course_id=course.pk)
