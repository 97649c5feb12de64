from django.shortcuts import render
from django.urls import reverse

from intervisor.replies.forms import ReplyForm
from intervisor.replies.selectors import replies_for


def not_found(request, message, *, title=None):
    """A 404 that says what was not found, instead of the site's bare 404."""
    return render(
        request,
        "certification/not_found.html",
        {"message": message, "title": title or message},
        status=404,
    )


def intake_thread(intake) -> dict:
    """The reply thread under a sent intake, for the learner's and the trainer's page."""
    return {
        "replies": replies_for(intake),
        "reply_form": ReplyForm(),
        "reply_action": reverse("certification:intake_reply", args=[intake.pk]),
    }
