from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..forms import ReflectionForm
from ..language import selectors as language_selectors
from ..language.views import typed_step_context
from ..models import ScenarioPage


def practice_index(request):
    context = {"scenarios": selectors.scenarios_live()}
    if request.user.is_authenticated:
        context.update(
            unfinished=selectors.runs_unfinished(user=request.user),
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
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    run = selectors.run_for_step(run_id=run_id, user=request.user)
    if run.status == run.Status.COMPLETED:
        return redirect("practice:run_debrief", run_id=run.pk)
    context = {"run": run, **selectors.run_step_context(run=run, request=request)}
    context["last_feedback"] = request.session.pop(f"practice-feedback-{run.pk}", None)
    context.update(
        typed_step_context(
            request, run=run, situation=context["situation"], current_step=context["current_step"]
        )
    )
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
    if not _typed_first_done(request, run_id, position):
        messages.info(request, _("First type what you would say; then the choices follow."))
        return redirect("practice:run", run_id=run_id)
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


def _typed_first_done(request, run_id: int, position: int) -> bool:
    """False when the current situation asks to type first and nothing was typed yet."""
    run = selectors.run_for_step(run_id=run_id, user=request.user)
    if run.is_finished or position != run.position:
        return True  # the choice service answers these
    situation = selectors.scenario_play(run=run, request=request).graph.get(run.current_key)
    if situation is None or not situation.type_first:
        return True
    return language_selectors.typed_line_at(run=run, position=position) is not None


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
    context["typed_rows"] = language_selectors.typed_debrief_rows(
        run=run, graph=context["scenario"].graph
    )
    return render(request, "practice/run_debrief.html", context)
