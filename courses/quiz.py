"""Quiz scoring on the server: the client sends option ids only, correctness comes from the
stored block value. A question is right only when exactly its correct options were chosen."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from intervisor.shuffle import shuffled


@dataclass
class QuizScore:
    score: int
    max_score: int
    passed: bool
    answers: dict[str, list[str]]


def quiz_seed(*, enrollment_id: int | None, block_id: str, attempt: int) -> str:
    """The shuffle seed of one learner's attempt at one quiz: the options move between
    attempts, so a remembered place is no answer."""
    return f"quiz:{enrollment_id or 'preview'}:{block_id}:{attempt}"


def _questions(value, seed: str = ""):
    for question in value["questions"].bound_blocks:
        options = [(option.id, option.value) for option in question.value["options"].bound_blocks]
        if seed:
            options = shuffled(options, seed=f"{seed}:{question.id}", key=lambda o: str(o[0]))
        yield question.id, question.value, options


def quiz_order(*, value, seed: str) -> dict[str, list[str]]:
    """Per question id, the option ids in the order the learner saw them."""
    return {qid: [str(oid) for oid, _o in options] for qid, _q, options in _questions(value, seed)}


def quiz_score(*, value, answers: dict[str, list[str]]) -> QuizScore:
    """Score chosen option ids per question id; unknown ids or a missing answer are refused."""
    score = 0
    total = 0
    clean: dict[str, list[str]] = {}
    for question_id, question, options in _questions(value):
        total += 1
        chosen = set(answers.get(question_id, []))
        if not chosen:
            raise ValidationError(_("Answer every question before you check your answers."))
        known = {option_id for option_id, _option in options}
        if chosen - known:
            raise ValidationError(_("That answer does not belong to this question."))
        if not question["multiple"] and len(chosen) > 1:
            raise ValidationError(_("Choose one answer for this question."))
        correct = {option_id for option_id, option in options if option["correct"]}
        if chosen == correct:
            score += 1
        clean[question_id] = sorted(chosen)
    extra = set(answers) - set(clean)
    if extra:
        raise ValidationError(_("That question is not part of this quiz."))
    passed = total > 0 and 100 * score >= value["pass_percentage"] * total
    return QuizScore(score=score, max_score=total, passed=passed, answers=clean)


def quiz_review(*, value, response: dict | None, seed: str) -> list[dict]:
    """Questions with options in the learner's shuffled order, marked with the last answers
    when there are any."""
    answers = (response or {}).get("answers", {})
    review = []
    for question_id, question, options in _questions(value, seed):
        chosen = set(answers.get(question_id, []))
        correct = {option_id for option_id, option in options if option["correct"]}
        review.append(
            {
                "id": question_id,
                "question": question["question"],
                "multiple": question["multiple"],
                "explanation": question["explanation"],
                "answered": bool(chosen),
                "right": bool(chosen) and chosen == correct,
                "options": [
                    {
                        "id": option_id,
                        "text": option["text"],
                        "chosen": option_id in chosen,
                        "correct": option["correct"],
                        "feedback": option["feedback"],
                    }
                    for option_id, option in options
                ],
            }
        )
    return review
