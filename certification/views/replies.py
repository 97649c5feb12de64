from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intervisor.replies.forms import ReplyForm
from intervisor.replies.services import reply_add

from ..models import Intake
from ..selectors import trainer_provider_ids
from .common import not_found


@login_required
@require_POST
def intake_reply(request, intake_id: int):
    """The learner and the trainers of the path's provider talk under the intake."""
    intake = Intake.objects.select_related("user", "trainer", "path").filter(pk=intake_id).first()
    is_learner = intake is not None and intake.user_id == request.user.pk
    if intake is None or not (
        is_learner or intake.path.provider_id in trainer_provider_ids(user=request.user)
    ):
        return not_found(request, _("This intake does not exist."))
    learner_url = reverse("certification:intake", args=[intake.path_id])
    trainer_url = reverse("certification:trainer_intake", args=[intake.pk])
    form = ReplyForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["reply"][0])
        reply_add(
            target=intake,
            author=request.user,
            text=form.cleaned_data["reply"],
            recipients=[(intake.user, learner_url), (intake.trainer, trainer_url)],
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect(f"{learner_url if is_learner else trainer_url}#replies-title")
