from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from intervisor.replies.forms import ReplyForm
from intervisor.replies.services import reply_add

from .. import selectors


@login_required
@require_POST
def logbook_entry_reply(request, entry_id: int):
    """The author and the trainer it is shared with talk under the entry."""
    entry = selectors.logbook_entry_readable(entry_id=entry_id, user=request.user)
    url = reverse("practice:logbook_entry", args=[entry.pk])
    form = ReplyForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(form.errors["reply"][0])
        reply_add(
            target=entry,
            author=request.user,
            text=form.cleaned_data["reply"],
            recipients=[(entry.user, url), (entry.shared_with, url)],
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect(f"{url}#replies-title")
