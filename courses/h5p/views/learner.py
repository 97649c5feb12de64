"""Endpoints the lesson page (site origin, logged in, CSRF) calls for the player."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from intervisor.safeinput import JSONRefused, json_parse

from ..selectors import placement_for, user_state_get
from ..services import h5p_require_enrolled, h5p_statement_record, h5p_user_state_save
from ..xapi import MAX_STATEMENT_BYTES, StatementRefused, statement_check

logger = logging.getLogger("courses.h5p.xapi")
MAX_STATE_REQUEST_BYTES = 70 * 1024


def _refuse(request, lesson_id, block_id, message: str, status: int) -> JsonResponse:
    logger.warning(
        "H5P request refused: user=%s lesson=%s block=%s status=%s reason=%s",
        getattr(request.user, "pk", None),
        lesson_id,
        block_id,
        status,
        message,
    )
    return JsonResponse({"error": message}, status=status)


def _json_body(request, limit: int):
    if len(request.body) > limit:
        raise StatementRefused(_("The request is too large."))
    try:
        payload = json_parse(request.body)
    except JSONRefused as exc:
        raise StatementRefused(str(exc)) from None
    if not isinstance(payload, dict):
        raise StatementRefused(_("The request is not a JSON object."))
    return payload


def _placement_or_refusal(request, lesson_id: int, block_id: str):
    if not request.user.is_authenticated:
        return None, _refuse(request, lesson_id, block_id, _("Log in to save results."), 401)
    placement = placement_for(lesson_id=lesson_id, block_id=block_id)
    if placement is None:
        return None, _refuse(
            request, lesson_id, block_id, _("This exercise is not part of a lesson."), 404
        )
    return placement, None


@never_cache
@require_POST
def xapi_statement(request, lesson_id: int, block_id: str):
    placement, refusal = _placement_or_refusal(request, lesson_id, block_id)
    if refusal:
        return refusal
    try:
        payload = _json_body(request, MAX_STATEMENT_BYTES)
        checked = statement_check(
            payload.get("statement"),
            user=request.user,
            activity_iri=placement.activity_iri,
            max_score=placement.max_score,
        )
        outcome = h5p_statement_record(user=request.user, placement=placement, checked=checked)
    except StatementRefused as exc:
        return _refuse(request, lesson_id, block_id, str(exc), 400)
    except ValidationError as exc:
        return _refuse(request, lesson_id, block_id, " ".join(exc.messages), 400)
    except PermissionDenied as exc:
        return _refuse(request, lesson_id, block_id, str(exc), 403)
    return JsonResponse(outcome, status=201)


@never_cache
@require_http_methods(["GET", "POST"])
def learner_state(request, lesson_id: int, block_id: str):
    placement, refusal = _placement_or_refusal(request, lesson_id, block_id)
    if refusal:
        return refusal
    try:
        h5p_require_enrolled(user=request.user, placement=placement)
        if request.method == "GET":
            state = user_state_get(user=request.user, content_id=placement.content_id)
            return JsonResponse({"state": state})
        payload = _json_body(request, MAX_STATE_REQUEST_BYTES)
        state = payload.get("state")
        if not isinstance(state, str):
            raise StatementRefused(_("The state must be a JSON string."))
        json_parse(state)
        h5p_user_state_save(user=request.user, content_id=placement.content_id, state=state)
    except PermissionDenied as exc:
        return _refuse(request, lesson_id, block_id, str(exc), 403)
    except (StatementRefused, ValueError) as exc:
        return _refuse(request, lesson_id, block_id, str(exc) or _("Invalid state."), 400)
    return JsonResponse({"saved": True})
