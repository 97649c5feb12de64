from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intervisor.replies.forms import ReplyForm
from intervisor.replies.selectors import replies_for

from .. import selectors, services
from ..competencies import COMPETENCIES
from ..forms import (
    BaselineForm,
    LogbookEntryForm,
    NoteForm,
    ObservationForm,
    ParticipantForm,
    RolesForm,
    SessionCreateForm,
    TrainerChoiceForm,
)
from ..language.views import question_check_context
from ..models import CompanionSession, LogbookBaseline, SessionEvaluation, SessionParticipant


def _back_to_session(view):
    """POST actions on a session: a validation error becomes a message, then back to the page."""

    @wraps(view)
    @login_required
    @require_POST
    def wrapper(request, session_id: int):
        selectors.session_for_facilitator(session_id=session_id, user=request.user)
        try:
            view(request, session_id)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("practice:session", session_id=session_id)

    return wrapper


@login_required
def session_create(request):
    form = SessionCreateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        session = services.companion_session_create(facilitator=request.user, **form.cleaned_data)
        return redirect("practice:session", session_id=session.pk)
    return render(request, "practice/session_create.html", {"form": form})


@login_required
def session_detail(request, session_id: int):
    session = selectors.session_for_facilitator(session_id=session_id, user=request.user)
    participants = list(session.participants.select_related("user"))
    steps = list(session.method.steps.all())
    roles = {p.role: p for p in participants}
    context = {
        "session": session,
        "participants": participants,
        "steps": steps,
        "current": steps[session.current_step] if steps else None,
        "is_last_step": session.current_step >= len(steps) - 1,
        "participant_form": ParticipantForm(),
        "roles_form": RolesForm(
            participants=participants,
            initial={
                "case_bringer": getattr(roles.get("case_bringer"), "pk", None),
                "timekeeper": getattr(roles.get("timekeeper"), "pk", None),
            },
        ),
        "note_form": NoteForm(),
        "notes": list(session.notes.all()),
        "trainer_form": TrainerChoiceForm(initial={"trainer": session.observer_id}),
        "observations": selectors.observations_for(session=session),
        "evaluations": list(SessionEvaluation.objects.filter(session=session)),
    }
    if session.status == CompanionSession.Status.RUNNING and session.current_step == 0:
        # Step 1: the case-bringer formulates the question; check it on the spot.
        context.update(question_check_context(request))
    template = {
        CompanionSession.Status.PLANNED: "practice/session_prepare.html",
        CompanionSession.Status.RUNNING: "practice/session_run.html",
        CompanionSession.Status.CLOSED: "practice/session_closed.html",
    }[session.status]
    return render(request, template, context)


@_back_to_session
def session_participant_add(request, session_id):
    form = ParticipantForm(request.POST)
    if not form.is_valid():
        raise ValidationError(_("Give a valid e-mail address or a name."))
    participant = services.session_participant_add(
        session_id=session_id, facilitator=request.user, **form.cleaned_data
    )
    if participant.invitation_pending:
        # The same words whether or not the address has an account.
        messages.success(
            request,
            _("We sent an invitation to %(email)s; they join once they accept it.")
            % {"email": participant.email},
        )


def participant_accept(request, token: str):
    participant = get_object_or_404(
        SessionParticipant.objects.select_related("session__facilitator", "session__method"),
        token=token,
    )
    if not request.user.is_authenticated:
        return render(
            request, "practice/participant_accept.html", {"participant": participant, "login": True}
        )
    if request.method == "POST":
        try:
            services.participant_invitation_accept(token=token, user=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("You have joined the session."))
            return redirect("practice:logbook")
    return render(request, "practice/participant_accept.html", {"participant": participant})


@_back_to_session
def session_roles(request, session_id):
    session = selectors.session_for_facilitator(session_id=session_id, user=request.user)
    form = RolesForm(request.POST, participants=session.participants.all())
    if not form.is_valid():
        raise ValidationError(_("Choose the roles from the participants of this session."))
    services.session_roles_set(
        session_id=session_id,
        facilitator=request.user,
        case_bringer_id=form.cleaned_data["case_bringer"],
        timekeeper_id=form.cleaned_data["timekeeper"],
    )
    messages.success(request, _("Roles saved."))


@_back_to_session
def session_start(request, session_id):
    services.companion_session_start(session_id=session_id, facilitator=request.user)


@_back_to_session
def session_step(request, session_id):
    try:
        index = int(request.POST.get("step", ""))
    except ValueError as error:
        raise ValidationError(_("Unknown step.")) from error
    services.companion_step_go(session_id=session_id, facilitator=request.user, step_index=index)


@_back_to_session
def session_note(request, session_id):
    form = NoteForm(request.POST)
    if not form.is_valid():
        raise ValidationError(_("The note is empty."))
    services.session_note_add(
        session_id=session_id, facilitator=request.user, text=form.cleaned_data["text"]
    )


@_back_to_session
def session_close(request, session_id):
    services.companion_session_close(session_id=session_id, facilitator=request.user)
    messages.success(
        request, _("Session closed. Every participant with an account now has a logbook entry.")
    )


@_back_to_session
def session_observer(request, session_id):
    form = TrainerChoiceForm(request.POST)
    if not form.is_valid():
        raise ValidationError(_("Choose a trainer from the list."))
    trainer = form.cleaned_data["trainer"]
    services.session_observer_set(
        session_id=session_id, facilitator=request.user, trainer_id=trainer.pk if trainer else None
    )
    messages.success(request, _("Observer saved."))


@login_required
def observation(request, session_id: int):
    session = selectors.session_for_observer(session_id=session_id, user=request.user)
    existing = session.observations.filter(trainer=request.user).first()
    initial = {"notes": existing.notes, **existing.scores} if existing else None
    form = ObservationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.observation_record(
            session_id=session.pk,
            trainer=request.user,
            scores=form.scores(),
            notes=form.cleaned_data["notes"],
        )
        messages.success(request, _("Observation saved."))
        return redirect("practice:index")
    steps = list(session.method.steps.all())
    return render(
        request,
        "practice/observation.html",
        {"session": session, "form": form, "steps": steps, "competencies": COMPETENCIES},
    )


@login_required
def logbook(request):
    baseline = LogbookBaseline.objects.filter(user=request.user).first()
    return render(
        request,
        "practice/logbook.html",
        {"entries": selectors.logbook_entries_for(user=request.user), "baseline": baseline},
    )


@login_required
def logbook_baseline(request):
    baseline = LogbookBaseline.objects.filter(user=request.user).first()
    form = BaselineForm(request.POST or None, instance=baseline)
    if request.method == "POST" and form.is_valid():
        services.logbook_baseline_save(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your 0-meting is saved."))
        return redirect("practice:logbook")
    return render(request, "practice/logbook_baseline.html", {"form": form})


@login_required
def logbook_entry(request, entry_id: int):
    entry = selectors.logbook_entry_readable(entry_id=entry_id, user=request.user)
    thread = {
        "replies": replies_for(entry) if entry.shared_with_id else [],
        "reply_form": ReplyForm(),
        "reply_action": reverse("practice:logbook_entry_reply", args=[entry.pk]),
    }
    if entry.user_id != request.user.pk:
        return render(request, "practice/logbook_entry_read.html", {"entry": entry, **thread})
    evaluation = SessionEvaluation.objects.filter(session=entry.session, user=request.user).first()
    initial = {"shared_with": entry.shared_with_id}
    if evaluation:
        initial.update(
            case_score=evaluation.case_score,
            method_score=evaluation.method_score,
            collaboration_score=evaluation.collaboration_score,
            comment=evaluation.comment,
        )
    form = LogbookEntryForm(request.POST or None, instance=entry, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        shared = data["shared_with"]
        services.logbook_entry_submit(
            entry_id=entry.pk,
            user=request.user,
            content={name: data[name] for name in services.companion.LOGBOOK_FIELDS},
            evaluation={
                name: data[name]
                for name in ("case_score", "method_score", "collaboration_score", "comment")
            },
            shared_with_id=shared.pk if shared else None,
        )
        messages.success(request, _("Your logbook entry is saved."))
        return redirect("practice:logbook")
    baseline = LogbookBaseline.objects.filter(user=request.user).first()
    return render(
        request,
        "practice/logbook_entry.html",
        {"entry": entry, "form": form, "baseline": baseline, **thread},
    )
