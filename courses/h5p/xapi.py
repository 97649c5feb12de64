"""Validation of xAPI statements sent by the player, which runs in the learner's browser.

Nothing in a statement is trusted: the actor is replaced by the logged-in user, the object must
be this block's content (or one of its sub-contents), the verb must be one H5P uses, and a
score must be consistent and may not exceed the content's known maximum. The statement we
store is rebuilt from the checked parts only.
"""

import math
import re
import uuid
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "attempted",
    "interacted",
    "answered",
    "completed",
    "passed",
    "failed",
    "progressed",
    "experienced",
    "initialized",
    "terminated",
    "suspended",
    "resumed",
    "scored",
}
SCORING_VERBS = {"answered", "completed", "passed", "failed", "scored"}
MAX_STATEMENT_BYTES = 32 * 1024
DURATION = re.compile(r"^P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$")


class StatementRefused(ValueError):
    pass


@dataclass
class CheckedStatement:
    verb: str
    is_top_level: bool
    score_raw: float | None
    score_max: float | None
    statement: dict

    @property
    def counts_for_progress(self) -> bool:
        return self.is_top_level and self.verb in SCORING_VERBS and self.score_max is not None


def statement_check(raw, *, user, activity_iri: str, max_score: int | None) -> CheckedStatement:
    if not isinstance(raw, dict):
        raise StatementRefused(_("The statement is not a JSON object."))
    verb = _verb(raw.get("verb"))
    object_id, is_top_level = _object(raw.get("object"), activity_iri)
    result, score_raw, score_max = _result(raw.get("result"), is_top_level, max_score)
    statement = {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": activity_iri.split("/h5p/")[0], "name": str(user.pk)},
        },
        "verb": {"id": ADL + verb, "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": object_id},
        "timestamp": timezone.now().isoformat(),
    }
    if result:
        statement["result"] = result
    return CheckedStatement(verb, is_top_level, score_raw, score_max, statement)


def _verb(verb) -> str:
    verb_id = verb.get("id") if isinstance(verb, dict) else None
    if not isinstance(verb_id, str) or not verb_id.startswith(ADL):
        raise StatementRefused(_("The statement has no known verb."))
    name = verb_id.removeprefix(ADL)
    if name not in VERBS:
        raise StatementRefused(_("The verb %(verb)s is not accepted.") % {"verb": name[:40]})
    return name


def _object(obj, activity_iri: str) -> tuple[str, bool]:
    object_id = obj.get("id") if isinstance(obj, dict) else None
    if object_id == activity_iri:
        return object_id, True
    prefix = activity_iri + "?subContentId="
    if isinstance(object_id, str) and object_id.startswith(prefix):
        sub = object_id.removeprefix(prefix)
        if re.fullmatch(r"[A-Za-z0-9-]{1,64}", sub):
            return object_id, False
    raise StatementRefused(_("The statement is not about the content of this block."))


def _number(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise StatementRefused(_("The score field %(name)s is not a number.") % {"name": name})
    return float(value)


def _result(result, is_top_level: bool, max_score: int | None):
    if result is None:
        return None, None, None
    if not isinstance(result, dict):
        raise StatementRefused(_("The result of the statement is malformed."))
    clean: dict = {}
    for flag in ("success", "completion"):
        if flag in result:
            if not isinstance(result[flag], bool):
                raise StatementRefused(_("The result of the statement is malformed."))
            clean[flag] = result[flag]
    if "duration" in result:
        if not isinstance(result["duration"], str) or not DURATION.match(result["duration"]):
            raise StatementRefused(_("The result of the statement is malformed."))
        clean["duration"] = result["duration"]
    if "response" in result:
        if not isinstance(result["response"], str) or len(result["response"]) > 4000:
            raise StatementRefused(_("The result of the statement is malformed."))
        clean["response"] = result["response"]
    score = result.get("score")
    if score is None:
        return clean, None, None
    if not isinstance(score, dict) or "raw" not in score or "max" not in score:
        raise StatementRefused(_("The score needs a raw and a max value."))
    raw = _number(score["raw"], "raw")
    maximum = _number(score["max"], "max")
    minimum = _number(score.get("min", 0), "min")
    if minimum != 0 or maximum <= 0 or raw < 0 or raw > maximum:
        raise StatementRefused(
            _("The score %(raw)s of %(max)s is impossible.") % {"raw": raw, "max": maximum}
        )
    # A content whose maximum is not known (courses.h5p.maxscore) is scored on the player's
    # maximum: never a raw score above it, so never more than full marks.
    if is_top_level and max_score is not None and maximum != max_score:
        raise StatementRefused(
            _("The score's maximum %(max)s differs from the content's maximum %(known)s.")
            % {"max": maximum, "known": max_score}
        )
    if "scaled" in score:
        scaled = _number(score["scaled"], "scaled")
        if abs(scaled - raw / maximum) > 0.01:
            raise StatementRefused(_("The scaled score does not match raw and max."))
    clean["score"] = {"min": 0, "max": maximum, "raw": raw, "scaled": round(raw / maximum, 4)}
    return clean, raw, maximum
