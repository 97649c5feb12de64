from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ...language.checks import question_check
from .. import selectors, services
from ..calendar import calendar_bytes
from ..forms import AttendanceForm, CaseForm, EvaluationForm, MeetingStartForm
from ..models import Meeting, Membership
from .common import form_errors, group_action


def _start_form(meeting, access, data=None):
    group = access.group
    leaders = [group.facilitator, *meeting_leaders(access)]
    return MeetingStartForm(
        data,
        cases=selectors.cases_for_meeting(meeting=meeting),
        leaders=leaders,
        provider=group.provider,
        initial={"led_by": group.facilitator_id, "case": getattr(meeting.chosen_case, "pk", None)},
    )


@login_required
def meeting(request, group_id: int, meeting_id: int):
    access, meeting = selectors.meeting_for_user(
        group_id=group_id, meeting_id=meeting_id, user=request.user
    )
    group = access.group
    session = meeting.session
    cases = selectors.cases_for_meeting(meeting=meeting)
    context = {
        "access": access,
        "group": group,
        "meeting": meeting,
        "session": session,
        "cases": cases,
        "own_case": next((c for c in cases if c.author_id == request.user.pk), None),
        **selectors.rules_context(group=group, user=request.user, with_comments=False),
    }
    if meeting.status == Meeting.Status.PLANNED and session is None:
        if access.is_member:
            own = context["own_case"]
            context["case_form"] = CaseForm(initial=case_initial(own) if own else None)
        if access.is_facilitator:
            context["start_form"] = _start_form(meeting, access)
    if session is not None:
        steps = list(session.method.steps.all())
        context["steps"] = steps
        context["current"] = steps[session.current_step] if steps else None
        context["logbook_entry"] = session.logbook_entries.filter(user=request.user).first()
        context["runs_here"] = session.facilitator_id == request.user.pk
    if meeting.status == Meeting.Status.HELD and access.is_facilitator:
        present = set(meeting.attendance.filter(present=True).values_list("user_id", flat=True))
        people = [group.facilitator, *meeting_leaders(access)]
        context["attendance_form"] = AttendanceForm(people=people, initial={"present": present})
    # The interim evaluation is discussed at the meeting right after it.
    previous = group.evaluations.filter(after_meeting__number=meeting.number - 1).first()
    if previous is not None:
        context["evaluation_results"] = selectors.evaluation_results(evaluation=previous)
    return render(request, "groups/meeting.html", context)


def case_initial(case) -> dict:
    return {
        "situation": case.situation,
        "own_share": case.own_share,
        "question": case.question,
        "learning_goal": case.learning_goal,
    }


@login_required
def case(request, group_id: int, meeting_id: int):
    """Prepare a case: the question is checked first; the member submits after reading it."""
    access, meeting = selectors.meeting_for_user(
        group_id=group_id, meeting_id=meeting_id, user=request.user
    )
    if not access.is_member:
        raise Http404
    form = CaseForm(request.POST or None)
    feedback = None
    if request.method == "POST" and form.is_valid():
        feedback = question_check(form.cleaned_data["question"])
        if request.POST.get("action") == "submit":
            try:
                services.case_submit(
                    meeting=meeting,
                    author=request.user,
                    check=feedback.as_dict(),
                    **form.cleaned_data,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Your case is ready for the meeting."))
                return redirect(meeting)
    context = {"group": access.group, "meeting": meeting, "form": form, "feedback": feedback}
    return render(request, "groups/case.html", context)


@group_action(facilitator_only=True)
def start(request, access, meeting_id: int):
    meeting = access.group.meetings.filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404
    form = _start_form(meeting, access, request.POST)
    if not form.is_valid():
        form_errors(request, form)
        return redirect(meeting)
    chosen = form.cleaned_data["case"]
    case = meeting.cases.filter(pk=chosen).first() if chosen else None
    people = {u.pk: u for u in [access.group.facilitator, *meeting_leaders(access)]}
    leader = people[form.cleaned_data["led_by"]]  # the form's choices are exactly these
    session = services.meeting_start(
        meeting=meeting,
        by=request.user,
        case=case,
        method=form.cleaned_data["method"],
        led_by=leader,
        facilitation=form.cleaned_data["facilitation"],
        theme=form.cleaned_data["theme"],
    )
    if session.facilitator_id == request.user.pk:
        return redirect("practice:session", session_id=session.pk)
    return redirect(meeting)


def meeting_leaders(access):
    """Active members, who may lead a meeting themselves as the group grows."""
    return [
        m.user
        for m in access.group.memberships.filter(status=Membership.Status.ACTIVE)
        .select_related("user")
        .order_by("joined_at", "pk")
    ]


@group_action(facilitator_only=True)
def attendance(request, access, meeting_id: int):
    meeting = access.group.meetings.filter(pk=meeting_id).first()
    if meeting is None:
        raise Http404
    people = [access.group.facilitator, *meeting_leaders(access)]
    form = AttendanceForm(request.POST, people=people)
    if not form.is_valid():
        form_errors(request, form)
    else:
        services.attendance_set(
            meeting=meeting, by=request.user, present_ids=set(form.cleaned_data["present"])
        )
        messages.success(request, _("Attendance saved."))
    return redirect(meeting)


@login_required
def meeting_ics(request, group_id: int, meeting_id: int):
    access, meeting = selectors.meeting_for_user(
        group_id=group_id, meeting_id=meeting_id, user=request.user
    )
    response = HttpResponse(
        calendar_bytes([meeting], name=access.group.name), content_type="text/calendar"
    )
    response["Content-Disposition"] = f'attachment; filename="intervisie-{meeting.pk}.ics"'
    return response


@login_required
def evaluation(request, group_id: int, evaluation_id: int):
    access = selectors.group_for_user(group_id=group_id, user=request.user)
    evaluation = access.group.evaluations.filter(pk=evaluation_id).first()
    if evaluation is None or not access.is_member:
        raise Http404
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluation_answer(
                evaluation=evaluation, user=request.user, answers=form.cleaned_data
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("Thank you. Your answers are stored without your name."))
        return redirect(access.group)
    answered = evaluation.responses.filter(user=request.user).exists()
    return render(
        request,
        "groups/evaluation.html",
        {"group": access.group, "evaluation": evaluation, "form": form, "answered": answered},
    )
