"""Endpoints the lesson page (site origin, logged in, CSRF) calls for the player."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from intervisor.accounts.backends import user_and_entries
from intervisor.safeinput import JSONRefused, json_parse

from ..selectors import h5p_score_outcome, placement_for, placement_key, user_state_get
from ..services import (
    access_cache_key,
    attempt_cache_key,
    h5p_require_enrolled,
    h5p_statement_record,
    h5p_user_state_save,
)
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


def _cache_read(request, *, lesson_id: int, block_id: str) -> dict:
    """The logged-in user with the placement, access and current-attempt entries the player's
    requests need, in one cache round trip; pass the result as `known` to placement_for,
    h5p_require_enrolled and h5p_statement_record. Resolves request.user (anonymous too)."""

    def keys_for(user_id):
        if user_id is None:
            return []
        return [
            placement_key(lesson_id, block_id),
            access_cache_key(user_id, lesson_id),
            attempt_cache_key(user_id, lesson_id, block_id),
        ]

    return user_and_entries(request, keys_for)


def _placement_or_refusal(request, lesson_id: int, block_id: str, known=None):
    if not request.user.is_authenticated:
        return None, _refuse(request, lesson_id, block_id, _("Log in to save results."), 401)
    placement = placement_for(lesson_id=lesson_id, block_id=block_id, known=known)
    if placement is None:
        return None, _refuse(
            request, lesson_id, block_id, _("This exercise is not part of a lesson."), 404
        )
    return placement, None


@never_cache
@require_POST
def xapi_statement(request, lesson_id: int, block_id: str):
    # The player sends many: the user and what the statement needs in one cache round trip.
    known = _cache_read(request, lesson_id=lesson_id, block_id=block_id)
    placement, refusal = _placement_or_refusal(request, lesson_id, block_id, known)
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
        outcome = h5p_statement_record(
            user=request.user, placement=placement, checked=checked, known=known
        )
    except StatementRefused as exc:
        return _refuse(request, lesson_id, block_id, str(exc), 400)
    except ValidationError as exc:
        return _refuse(request, lesson_id, block_id, " ".join(exc.messages), 400)
    except PermissionDenied as exc:
        return _refuse(request, lesson_id, block_id, str(exc), 403)
    if outcome.get("scoring") != "queued":
        return JsonResponse(outcome, status=201)
    # A scored answer is recorded by a task: the player asks this URL for the outcome
    # (h5p:xapi_score, this URL with the statement's id; built here without a reverse()).
    outcome["check_url"] = f"{request.path}{outcome.pop('id')}/"
    return JsonResponse(outcome, status=202)


@never_cache
@require_GET
def xapi_score(request, lesson_id: int, block_id: str, statement_id):
    """The outcome of one of the learner's scored answers: queued, recorded (with the result
    and course progress) or refused."""
    user_and_entries(request, lambda _user_id: [])  # the session and user in one round trip
    if not request.user.is_authenticated:
        return _refuse(request, lesson_id, block_id, _("Log in to save results."), 401)
    outcome = h5p_score_outcome(
        user=request.user, lesson_id=lesson_id, block_id=block_id, statement_id=statement_id
    )
    if outcome is None:
        return JsonResponse({"error": _("This answer is not known here.")}, status=404)
    return JsonResponse(outcome)


@never_cache
@require_http_methods(["GET", "POST"])
def learner_state(request, lesson_id: int, block_id: str):
    known = _cache_read(request, lesson_id=lesson_id, block_id=block_id)
    placement, refusal = _placement_or_refusal(request, lesson_id, block_id, known)
    if refusal:
        return refusal
    try:
        h5p_require_enrolled(user=request.user, placement=placement, known=known)
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
