"""Classifies what a facilitator says into one of seven labels, and explains why.

Rules over Dutch grammar (`cues.CUES`) add weight to a label; the form of the sentence
(a question word, a verb first, a statement) adds a little; the label with the most weight
wins. The words that carried the weight are the explanation. Confidence comes from the
margin between the best and the second label: a narrow or form-only decision says so.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from . import cues
from .cues import (
    ADVICE,
    CLOSED,
    CUES,
    FACT_OPENERS,
    LABELS,
    LEADING,
    OPEN,
    OPEN_OPENERS,
    PROCESS,
    QUESTION,
    STATEMENT,
    SUMMARY,
    WHERE_SPLIT,
    WHY,
)
from .text import SECOND_PERSON, normalise, words

LOW_CONFIDENCE = 0.6
# On a tie the label that asks more of the learner wins: a disguised advice must not pass
# as a question, and "open" is only given when nothing else fits.
TIE_ORDER = (LEADING, ADVICE, WHY, SUMMARY, PROCESS, CLOSED, OPEN)
VERB_FIRST = re.compile(r"^(en |maar )?\w+ (je|jij|u|het|hij|zij|ze|er|dat|dit|de|jullie)\b")


@dataclass(frozen=True)
class InterventionResult:
    label: str
    confidence: float
    decided_by: list[str] = field(default_factory=list)
    explanation: str = ""
    better: str = ""
    step_note: str = ""

    @property
    def low_confidence(self) -> bool:
        return self.confidence < LOW_CONFIDENCE

    @property
    def label_name(self) -> str:
        return label_names()[self.label]

    def as_dict(self) -> dict:
        return {
            "label": self.label,
            "confidence": round(self.confidence, 2),
            "low_confidence": self.low_confidence,
            "decided_by": self.decided_by,
            "explanation": self.explanation,
            "better": self.better,
            "step_note": self.step_note,
        }


def label_names() -> dict[str, str]:
    return {
        cues.OPEN: _("Open question"),
        cues.CLOSED: _("Closed question"),
        cues.WHY: _("Why question"),
        cues.LEADING: _("Leading question"),
        cues.ADVICE: _("Advice or opinion"),
        cues.SUMMARY: _("Summary or reflection"),
        cues.PROCESS: _("Process intervention"),
    }


def is_question(text: str) -> bool:
    """A question mark decides; without end punctuation, a question word does."""
    end = text.rstrip()[-1:]
    if end in ("?", ".", "!"):
        return end == "?"
    return bool(OPEN_OPENERS.match(text) or re.match(r"^(en |maar )?waarom\b", text))


def _form_score(text: str, question: bool) -> tuple[str, float, str] | None:
    """What the shape of the sentence alone says: (label, weight, the deciding words)."""
    if not question or re.match(r"^(en |maar )?waarom\b", text):
        return None
    fact = FACT_OPENERS.match(text) or WHERE_SPLIT.match(text)
    if fact:
        return CLOSED, 2.5, fact.group(0).strip()
    opener = OPEN_OPENERS.match(text)
    if opener:
        if SECOND_PERSON.intersection(words(text)):
            return OPEN, 3.0, opener.group(0).strip()
        return CLOSED, 2.0, opener.group(0).strip()
    first = VERB_FIRST.match(text)
    return CLOSED, 2.5, (first.group(0) if first else text.split(" ")[0]).strip()


def _scores(text: str) -> tuple[dict[str, float], dict[str, list[str]], bool]:
    question = is_question(text)
    scores = dict.fromkeys(LABELS, 0.0)
    evidence: dict[str, list[str]] = {label: [] for label in LABELS}
    for cue in CUES:
        if (cue.where == QUESTION and not question) or (cue.where == STATEMENT and question):
            continue
        match = cue.pattern.search(text)
        if match is None:
            continue
        scores[cue.label] += cue.weight
        found = match.groupdict().get("w") or match.group(0)
        found = found.strip(" ?.,:;")
        if found and found not in evidence[cue.label]:
            evidence[cue.label].append(found)
    form = _form_score(text, question)
    if form:
        label, weight, found = form
        scores[label] += weight
        evidence[label].append(found)
    return scores, evidence, question


def classify_intervention(text: str, *, advice_allowed: bool | None = None) -> InterventionResult:
    """Label one line and explain it; `advice_allowed` is the method step's rule, if known."""
    normal = normalise(text)
    if not normal:
        return InterventionResult(CLOSED, 0.0, [], _("There is nothing to classify yet."))
    scores, evidence, question = _scores(normal)
    ranked = sorted(LABELS, key=lambda label: (-scores[label], TIE_ORDER.index(label)))
    best, second = ranked[0], ranked[1]
    top = scores[best]
    if top == 0:
        # A statement without any cue: most often a reflection. Say it is a guess.
        best, confidence = (SUMMARY if SECOND_PERSON.intersection(words(normal)) else ADVICE), 0.35
    else:
        margin = top - scores[second]
        confidence = min(0.97, 0.5 + margin / (2 * top) + min(top, 5) / 20)
    decided_by = evidence[best][:3]
    return InterventionResult(
        label=best,
        confidence=confidence,
        decided_by=decided_by,
        explanation=_explanation(best, decided_by, confidence, question),
        better=_better(best),
        step_note=_step_note(best, advice_allowed),
    )


def _explanation(label: str, decided_by: list[str], confidence: float, question: bool) -> str:
    name = label_names()[label]
    if decided_by:
        words_text = ", ".join(f"“{w}”" for w in decided_by)
        text = _("Read as: %(name)s. The words that decided: %(words)s.") % {
            "name": name,
            "words": words_text,
        }
    else:
        text = _("Read as: %(name)s, by the form of the sentence only.") % {"name": name}
    if confidence < LOW_CONFIDENCE:
        text += " " + _(
            "I am not sure about this one: compare it with the choices below rather than "
            "trusting this label."
        )
    return text


def _better(label: str) -> str:
    return {
        OPEN: _(
            "Good: an open question about the case-bringer's own experience leaves the "
            "answer to them."
        ),
        CLOSED: _(
            "A closed question gets a yes, a no or one fact. To open it up, start with "
            "“wat” or “hoe” and ask about their experience: “Hoe was dat voor jou?”"
        ),
        WHY: _(
            "A waarom-question asks for a justification and can sound like a reproach. "
            "Ask “Wat maakte dat je ...?” or “Waardoor ...?” instead."
        ),
        LEADING: _(
            "This question carries a solution or a judgement: the case-bringer hears your "
            "advice, not a question. Ask what they see themselves: “Welke mogelijkheden zie "
            "je zelf?” and keep your idea for the advice round."
        ),
        ADVICE: _(
            "This is advice or an opinion. Give it as one concrete suggestion in the ik-form "
            "(“Ik zou ...”) and only when the method asks for advice."
        ),
        SUMMARY: _("Good: a summary shows you listened. Keep it short and check it: “Klopt dat?”"),
        PROCESS: _(
            "A process intervention guards step, time, rules or the group. Name what you see "
            "and what you propose, briefly."
        ),
    }[label]


def _step_note(label: str, advice_allowed: bool | None) -> str:
    if advice_allowed is None:
        return ""
    if label == ADVICE:
        if advice_allowed:
            return _("This step allows advice, so advice fits here.")
        return _("This step does not allow advice yet: park it for the advice round.")
    if label == LEADING:
        if advice_allowed:
            return _(
                "This step allows advice: say it straight out instead of wrapping it in a question."
            )
        return _("In this step a disguised advice steers the case-bringer: ask, don't steer.")
    if label in (OPEN, SUMMARY) and not advice_allowed:
        return _("This fits a step of questions and exploring.")
    return ""
