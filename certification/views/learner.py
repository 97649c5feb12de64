"""The learner's own pages. Every id in a URL is looked up within the learner's own rows."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..charts import progress_chart
from ..forms import GoalForm, IntakeForm
from ..goals import goal_qualities
from ..models import Certificate, Level, Path
from ..selectors import learner_path, learner_path_ids
from .common import intake_thread, not_found


def _path_or_none(path_id):
    return (
        Path.objects.filter(pk=path_id, live=True)
        .select_related("provider")
        .prefetch_related("levels__requirements")
        .first()
    )


def _no_path(request):
    return not_found(request, _("This certification path does not exist or is closed."))


@login_required
def path_detail(request, path_id):
    path = _path_or_none(path_id)
    if path is None:
        return _no_path(request)
    started = path.pk in learner_path_ids(user=request.user)
    view = learner_path(user=request.user, path=path) if started else None
    return render(
        request,
        "certification/path.html",
        {
            "path": path,
            "view": view,
            "started": started,
            "chart": progress_chart(view) if view else None,
        },
    )


@login_required
@require_POST
def path_start(request, path_id):
    path = _path_or_none(path_id)
    if path is None:
        return _no_path(request)
    services.path_start(user=request.user, path=path)
    messages.success(request, _("You are on the path. Start with your intake and learning goals."))
    return redirect("certification:path", path_id=path.pk)


@login_required
def intake(request, path_id):
    path = _path_or_none(path_id)
    if path is None:
        return _no_path(request)
    view = learner_path(user=request.user, path=path)
    intake = view.intake
    intake_form = IntakeForm(
        path=path,
        initial={"trainer": intake.trainer_id, "manager_name": intake.manager_name}
        if intake
        else None,
    )
    goal_form = GoalForm()
    if request.method == "POST":
        if "add_goal" in request.POST:
            goal_form = GoalForm(request.POST)
            if goal_form.is_valid():
                try:
                    services.intake_goal_add(
                        user=request.user, path=path, text=goal_form.cleaned_data["text"]
                    )
                except services.CertificationError as error:
                    messages.error(request, error.message)
                else:
                    messages.success(request, _("Learning goal added."))
                    return redirect("certification:intake", path_id=path.pk)
        else:
            intake_form = IntakeForm(request.POST, path=path)
            if intake_form.is_valid():
                try:
                    services.intake_save(
                        user=request.user,
                        path=path,
                        trainer=intake_form.cleaned_data["trainer"],
                        manager_name=intake_form.cleaned_data["manager_name"],
                    )
                except services.CertificationError as error:
                    messages.error(request, error.message)
                else:
                    messages.success(request, _("Intake details saved."))
                    return redirect("certification:intake", path_id=path.pk)
    goals = list(intake.goals.all()) if intake else []
    draft = goal_form.data.get("text", "") if goal_form.is_bound else ""
    return render(
        request,
        "certification/intake.html",
        {
            "path": path,
            "intake": intake,
            "goals": goals,
            "intake_form": intake_form,
            "goal_form": goal_form,
            "checked_qualities": goal_qualities(draft) if draft else None,
            "quality_guide": goal_qualities(""),
            "editable": intake is None or intake.status != intake.Status.CONFIRMED,
            **(intake_thread(intake) if intake and intake.status != intake.Status.DRAFT else {}),
        },
        status=400 if goal_form.is_bound and goal_form.errors else 200,
    )


def _act(request, action, success: str):
    try:
        action()
    except services.CertificationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)


@login_required
@require_POST
def goal_delete(request, path_id, goal_id):
    _act(
        request,
        lambda: services.intake_goal_delete(user=request.user, goal_id=goal_id),
        _("Learning goal removed."),
    )
    return redirect("certification:intake", path_id=path_id)


@login_required
@require_POST
def intake_submit(request, path_id):
    path = _path_or_none(path_id)
    if path is None:
        return _no_path(request)
    _act(
        request,
        lambda: services.intake_submit(user=request.user, path=path),
        _("Sent to your trainer for confirmation."),
    )
    return redirect("certification:intake", path_id=path.pk)


@login_required
@require_POST
def assessment_request(request, level_id):
    level = Level.objects.select_related("path").filter(pk=level_id, path__live=True).first()
    if level is None:
        return not_found(request, _("This level does not exist."))
    _act(
        request,
        lambda: services.assessment_request(user=request.user, level=level),
        _("Your request is with the assessor. You will see the decision here."),
    )
    return redirect("certification:path", path_id=level.path_id)


def _own_certificate(request, certificate_id):
    return (
        Certificate.objects.select_related("level__path")
        .filter(pk=certificate_id, user=request.user)
        .first()
    )


@login_required
def certificate_pdf(request, certificate_id):
    certificate = _own_certificate(request, certificate_id)
    if certificate is None:
        return not_found(request, _("You have no certificate with this id."))
    if not certificate.pdf:
        messages.info(request, _("The PDF is being prepared; try again in a minute."))
        return redirect("certification:path", path_id=certificate.level.path_id)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"{certificate.number}.pdf",
        content_type="application/pdf",
    )


@login_required
@require_POST
def certificate_renew(request, certificate_id):
    certificate = _own_certificate(request, certificate_id)
    if certificate is None:
        return not_found(request, _("You have no certificate with this id."))
    _act(
        request,
        lambda: services.certificate_renew(user=request.user, certificate_id=certificate.pk),
        _("Your certificate is renewed; the new PDF is on its way by e-mail."),
    )
    return redirect("certification:path", path_id=certificate.level.path_id)
