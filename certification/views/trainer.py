"""Trainer / assessor pages, limited to the paths of providers the trainer belongs to."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import services
from ..forms import DecisionForm, GoalEvaluationForm, RevokeForm
from ..models import Assessment, Certificate, Intake
from ..selectors import portfolio, trainer_provider_ids, trainer_queue
from .common import intake_thread, not_found


def _trainer_only(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        request.provider_ids = trainer_provider_ids(user=request.user)
        if not request.provider_ids:
            return not_found(request, _("This page is for trainers of a provider."))
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return wrapped


@_trainer_only
def dashboard(request):
    return render(
        request,
        "certification/trainer/dashboard.html",
        trainer_queue(user=request.user),
    )


@_trainer_only
def intake_review(request, intake_id):
    intake = (
        Intake.objects.select_related("user", "path", "trainer", "confirmed_by")
        .filter(pk=intake_id, path__provider_id__in=request.provider_ids)
        .first()
    )
    if intake is None:
        return not_found(request, _("This intake does not exist."))
    if request.method == "POST":
        try:
            if "confirm" in request.POST:
                services.intake_confirm(intake=intake, trainer=request.user)
                messages.success(request, _("Intake confirmed."))
            else:
                form = GoalEvaluationForm(request.POST)
                if not form.is_valid():
                    raise services.CertificationError(
                        _("Choose an outcome and write a short evaluation.")
                    )
                data = dict(form.cleaned_data)
                services.intake_goal_evaluate(
                    goal_id=data.pop("goal") or 0, trainer=request.user, **data
                )
                messages.success(request, _("Evaluation saved."))
        except services.CertificationError as error:
            messages.error(request, error.message)
        return redirect("certification:trainer_intake", intake_id=intake.pk)
    return render(
        request,
        "certification/trainer/intake.html",
        {
            "intake": intake,
            "goals": [
                (goal, GoalEvaluationForm(auto_id=f"goal{goal.pk}_%s", initial={"goal": goal.pk}))
                for goal in intake.goals.all()
            ],
            **intake_thread(intake),
        },
    )


@_trainer_only
def assessment_review(request, assessment_id):
    assessment = (
        Assessment.objects.select_related("user", "level__path__provider", "decided_by")
        .filter(pk=assessment_id, level__path__provider_id__in=request.provider_ids)
        .first()
    )
    if assessment is None:
        return not_found(request, _("This assessment does not exist."))
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assessment_decide(
                assessment_id=assessment.pk,
                assessor=request.user,
                passed=form.cleaned_data["decision"] == "pass",
                feedback=form.cleaned_data["feedback"],
            )
        except services.CertificationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("certification:trainer")
    return render(
        request,
        "certification/trainer/assessment.html",
        {"assessment": assessment, "form": form, **portfolio(assessment=assessment)},
        status=400 if form.errors else 200,
    )


@_trainer_only
def certificate_revoke(request, certificate_id):
    certificate = (
        Certificate.objects.select_related("user", "level__path")
        .filter(pk=certificate_id, level__path__provider_id__in=request.provider_ids)
        .first()
    )
    if certificate is None:
        return not_found(request, _("This certificate does not exist."))
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.certificate_revoke(
                certificate_id=certificate.pk, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.CertificationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Certificate revoked."))
            return redirect("certification:trainer")
    return render(
        request,
        "certification/trainer/revoke.html",
        {"certificate": certificate, "form": form},
        status=400 if form.errors else 200,
    )
