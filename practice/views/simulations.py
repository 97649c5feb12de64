from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intervisor.accounts.backends import user_and_entries

from .. import selectors, services
from ..forms import ReflectionForm
from ..models import ScenarioPage


def practice_index(request):
    context = {"scenarios": selectors.scenarios_live()}
    if request.user.is_authenticated:
        context.update(
            history=selectors.run_history(user=request.user),
            sessions=selectors.sessions_facilitated(user=request.user)[:10],
            logbook=selectors.logbook_entries_for(user=request.user)[:10],
            to_observe=selectors.sessions_to_observe(user=request.user)[:10],
            shared_logbooks=selectors.logbook_entries_shared_with(user=request.user)[:10],
        )
    return render(request, "practice/index.html", context)


@login_required
@require_POST
def run_start(request, scenario_id: int):
    scenario = get_object_or_404(ScenarioPage.objects.live().public(), pk=scenario_id)
    run = services.simulation_run_start(user=request.user, scenario=scenario)
    return redirect("practice:run", run_id=run.pk)


def run_step(request, run_id: int):
    # The session, the user and the scenario generations in one cache round trip.
    known = user_and_entries(request, lambda _user_id: selectors.SCENARIO_GENERATION_KEYS)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    run = selectors.run_for_step(run_id=run_id, user=request.user)
    if run.status == run.Status.COMPLETED:
        return redirect("practice:run_debrief", run_id=run.pk)
    context = {"run": run, **selectors.run_step_context(run=run, request=request, known=known)}
    context["last_feedback"] = request.session.pop(f"practice-feedback-{run.pk}", None)
    if context["situation"] is None:
        messages.warning(request, _("This scenario was changed; start it again."))
    return render(request, "practice/run_step.html", context)


@login_required
@require_POST
def run_choose(request, run_id: int):
    try:
        position = int(request.POST.get("position", ""))
    except ValueError:
        position = -1
    try:
        run = services.simulation_choose(
            run_id=run_id,
            user=request.user,
            intervention_id=request.POST.get("intervention", ""),
            position=position,
        )
    except services.StaleChoice:
        messages.info(request, _("That choice was already recorded."))
        return redirect("practice:run", run_id=run_id)
    last = run.choices.order_by("-position").first()
    # Shown once on the next page: the learner sees the effect of each choice right away.
    request.session[f"practice-feedback-{run.pk}"] = {
        "label": last.label,
        "feedback": last.feedback,
    }
    if run.status == run.Status.COMPLETED:
        return redirect("practice:run_debrief", run_id=run.pk)
    return redirect("practice:run", run_id=run.pk)


@login_required
def run_debrief(request, run_id: int):
    run = selectors.run_for_user(run_id=run_id, user=request.user)
    if run.status != run.Status.COMPLETED:
        return redirect("practice:run", run_id=run.pk)
    form = ReflectionForm(request.POST or None, initial={"reflection": run.reflection})
    if request.method == "POST" and form.is_valid():
        services.simulation_reflection_save(
            run_id=run.pk, user=request.user, text=form.cleaned_data["reflection"]
        )
        messages.success(request, _("Your reflection is saved. Only you can read it."))
        return redirect("practice:run_debrief", run_id=run.pk)
    context = {"run": run, "form": form, **selectors.run_debrief_context(run=run)}
    return render(request, "practice/run_debrief.html", context)
