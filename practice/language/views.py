from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services
from .checks import intervention_check, question_check
from .forms import CorrectionForm, DrillLineForm, QuestionCheckForm, TypedLineForm

DRAFT_KEY = "language-draft-{}"


def typed_step_context(request, *, run, situation, current_step) -> dict:
    """For a simulation step: the typing form, or the feedback on what was typed.

    Called by practice's step view only for situations marked "learner types first"."""
    if situation is None or not situation.type_first:
        return {}
    line = selectors.typed_line_at(run=run, position=run.position)
    if line is None:
        draft = request.session.pop(DRAFT_KEY.format(run.pk), "")
        return {"typed_form": TypedLineForm(initial={"text": draft}), "typed_pending": True}
    return {"typed_line": line, "typed_result": feedback_for(line)}


def feedback_for(line):
    """The feedback on a stored line (the label it got, the explanation of today's rules)."""
    return intervention_check(line.text, advice_allowed=line.advice_allowed)


@login_required
@require_POST
def run_type(request, run_id: int):
    form = TypedLineForm(request.POST)
    try:
        position = int(request.POST.get("position", ""))
    except ValueError:
        position = -1
    if not form.is_valid():
        request.session[DRAFT_KEY.format(run_id)] = request.POST.get("text", "")[:2000]
        for error in form.errors.get("text", []):
            messages.error(request, error)
        return redirect("practice:run", run_id=run_id)
    try:
        services.typed_intervention_record(
            run_id=run_id, user=request.user, position=position, text=form.cleaned_data["text"]
        )
    except PermissionDenied:
        messages.info(request, _("This decision no longer asks you to type first."))
    return redirect("practice:run", run_id=run_id)


@login_required
def drill_index(request):
    return render(request, "language/drill_index.html", {"drills": selectors.drills_live()})


@login_required
def drill(request, slug: str):
    drill = selectors.drill_with_moments(slug=slug)
    if drill is None:
        raise Http404("No such drill")
    moments = list(drill.moments.all())
    posted_moment = None
    form = None
    if request.method == "POST":
        form = DrillLineForm(request.POST)
        try:
            posted_moment = int(request.POST.get("moment", ""))
        except ValueError:
            posted_moment = None
        if form.is_valid() and posted_moment is not None:
            try:
                services.drill_line_record(
                    user=request.user,
                    moment_id=posted_moment,
                    text=form.cleaned_data["text"],
                    shared_with=form.cleaned_data["shared_with"],
                )
            except ValidationError as error:
                messages.error(request, error.messages[0])
            else:
                return redirect(f"{request.path}#moment-{posted_moment}")
    lines = selectors.drill_lines(user=request.user, drill=drill)
    rows = []
    for moment in moments:
        mine = lines.get(moment.pk, [])
        bound = form if posted_moment == moment.pk else None
        initial = {"shared_with": mine[0].shared_with_id} if mine else {}
        rows.append(
            {
                "moment": moment,
                "lines": mine,
                "latest": feedback_for(mine[0]) if mine else None,
                "form": bound or DrillLineForm(initial=initial, auto_id=f"m{moment.pk}-%s"),
            }
        )
    return render(request, "language/drill.html", {"drill": drill, "rows": rows})


def question_check_context(request) -> dict:
    """A question-check form (and its result on POST) for a page that shows it in place,
    such as step 1 of the session companion. Checking writes nothing."""
    form = QuestionCheckForm(request.POST if request.method == "POST" else None)
    check = question_check(form.cleaned_data["question"]) if form.is_valid() else None
    return {"question_form": form, "question_check": check}


def question_checker(request):
    """The intervisie-question checker as a page (linked from lessons and the drill)."""
    form = QuestionCheckForm(request.POST or None)
    check = None
    if request.method == "POST" and form.is_valid():
        check = question_check(form.cleaned_data["question"])
    return render(request, "language/question_check.html", {"form": form, "check": check})


@login_required
def shared_lines(request):
    """Lines learners shared with this trainer, with a form to correct each label."""
    lines = selectors.lines_shared_with(trainer=request.user)
    return render(
        request,
        "language/shared_lines.html",
        {"lines": [(line, CorrectionForm(initial={"label": line.label})) for line in lines]},
    )


@login_required
@require_POST
def line_correct(request, line_id: int):
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the seven labels."))
        return redirect("language:shared_lines")
    services.label_correct(
        trainer=request.user,
        line_id=line_id,
        label=form.cleaned_data["label"],
        note=form.cleaned_data["note"],
    )
    messages.success(request, _("Your label is saved. Thank you: it helps improve the checker."))
    return redirect(reverse("language:shared_lines") + f"#line-{line_id}")
