"""The public checks other apps call: pure functions over text, no database."""

from .interventions import InterventionResult, classify_intervention
from .questions import QuestionCheck, check_question


def question_check(text: str) -> QuestionCheck:
    """Judge an intervisie question; `result.rows()` and `result.good` feed the partial
    `language/fragment_question_check.html`."""
    return check_question(text)


def intervention_check(text: str, *, advice_allowed: bool | None = None) -> InterventionResult:
    return classify_intervention(text, advice_allowed=advice_allowed)


def classify_for_command(text: str) -> dict:
    result = classify_intervention(text)
    explanation = " ".join(part for part in (result.explanation, result.better) if part)
    return {**result.as_dict(), "explanation": explanation}


def question_check_dict(text: str) -> dict:
    return check_question(text).as_dict()
