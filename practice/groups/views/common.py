from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from .. import selectors


def group_action(view=None, *, facilitator_only: bool = False):
    """A POST on a group: 404 for outsiders, 403 for a member on the facilitator's actions; a
    refused change becomes a message, then back to the group."""
    if view is None:
        return lambda v: group_action(v, facilitator_only=facilitator_only)

    @wraps(view)
    @login_required
    @require_POST
    def wrapper(request, group_id: int, **kwargs):
        access = selectors.group_for_user(group_id=group_id, user=request.user)
        if facilitator_only and not access.is_facilitator:
            raise PermissionDenied("Only the group's facilitator may do this")
        try:
            target = view(request, access, **kwargs)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
            target = None
        return target or redirect("groups:detail", group_id=group_id)

    return wrapper


def form_errors(request, form) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)
