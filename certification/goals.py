"""Checks a learning goal against the qualities of S002, with an explanation per gap.

Plain word heuristics on Dutch text, on purpose: a learner and a trainer can see why a
goal was flagged, and the examples in the tests pin the behaviour down.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
]  # fmt: skip
TIME_WORDS = MONTHS + [
    "week", "weken", "maand", "maanden", "jaar", "kwartaal", "zomer", "zomervakantie",
    "kerst", "kerstvakantie", "voorjaar", "najaar", "herfst", "winter", "lente", "schooljaar",
]  # fmt: skip
TIME_PATTERNS = [
    re.compile(r"\b(19|20)\d{2}\b"),  # a year
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?\b"),  # a date
    re.compile(r"\b(komende|volgende|eerstvolgende|eerste)\s+(\w+\s+)?(bijeenkomst|sessie)"),
    re.compile(r"\b(binnen|uiterlijk|vóór|voor|na)\s+\w+\s+(dagen|sessies|bijeenkomsten)\b"),
    re.compile(r"\bq[1-4]\b"),
]
NEGATIONS = [
    "niet", "niet meer", "geen", "nooit", "nimmer", "minder", "stoppen met", "ophouden met",
    "vermijden", "voorkomen dat",
]  # fmt: skip
ACTION_STEMS = [
    # Both the stem and the infinitive's stem where Dutch spelling changes (vraag/vragen).
    "stel", "vraag", "vrag", "vat", "samenvat", "benoem", "geef", "gev", "bewaak", "bewak",
    "nodig", "begeleid", "parkeer", "parker", "houd", "hanteer", "hanter", "gebruik",
    "introduceer", "introducer", "sluit", "start", "plan", "bereid", "evalueer", "evaluer",
    "schrijf", "schrijv", "noteer", "noter", "controleer", "controler", "pas", "breng", "zeg",
    "spreek", "sprek", "luister", "wacht", "herhaal", "herhal", "bespreek", "besprek", "oefen",
    "onderbreek", "onderbrek", "kies", "kiez", "leg", "leid", "verwoord", "reflecteer",
    "reflecter", "deel", "del", "licht", "check", "open",
]  # fmt: skip
# Nouns that start like one of the verbs above and would otherwise pass as behaviour.
NOT_VERBS = {
    "begeleider", "begeleiders", "begeleiding", "leider", "leiders", "leiding", "planning",
    "deelnemer", "deelnemers", "startronde", "vraagstuk", "pas", "open",
}  # fmt: skip
FIRST_PERSON = {"ik", "mijn", "mij", "me", "mezelf", "mijzelf"}
SITUATION_WORDS = [
    "bijeenkomst", "sessie", "intervisie", "overleg", "vergadering", "groep", "ronde",
    "casus", "inbreng", "werk", "kantoor", "locatie", "team", "tijdens", "training",
    "gesprek", "evaluatie", "startronde", "adviesronde", "vragenronde",
]  # fmt: skip


@dataclass(frozen=True)
class GoalQuality:
    key: str
    label: str
    ok: bool
    explanation: str


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9]+", text.lower())


def _is_positive(text: str, words: list[str]) -> tuple[bool, str]:
    lowered = f" {' '.join(words)} "
    for phrase in sorted(NEGATIONS, key=len, reverse=True):
        if f" {phrase} " in lowered:
            return False, phrase
    return True, ""


def _has_action(words: list[str]) -> bool:
    return any(
        word.startswith(stem) for word in words if word not in NOT_VERBS for stem in ACTION_STEMS
    )


def _has_time(text: str, words: list[str]) -> bool:
    if any(word in TIME_WORDS for word in words):
        return True
    lowered = text.lower()
    return any(pattern.search(lowered) for pattern in TIME_PATTERNS)


def _has_situation(words: list[str]) -> bool:
    return any(word.startswith(stem) or stem in word for word in words for stem in SITUATION_WORDS)


def goal_qualities(text: str) -> list[GoalQuality]:
    """Each quality of a good learning goal, with whether the text shows it and why not."""
    words = _words(text)
    positive, negation = _is_positive(text, words)
    return [
        GoalQuality(
            "positive",
            _("Positive"),
            positive,
            _(
                "The goal says what you want to stop (“%(word)s”). Describe what you "
                "will do instead."
            )
            % {"word": negation}
            if not positive
            else "",
        ),
        GoalQuality(
            "behaviour",
            _("Concrete behaviour"),
            _has_action(words),
            _(
                "Name something others can see you do, with an action verb such as "
                "summarise, ask, name or guard."
            ),
        ),
        GoalQuality(
            "time",
            _("Time element"),
            _has_time(text, words),
            _(
                "Add when the goal is reached, for example “before the summer”, a "
                "month or “in the next three sessions”, so it can be checked."
            ),
        ),
        GoalQuality(
            "own_control",
            _("In your own control"),
            bool(FIRST_PERSON.intersection(words)),
            _(
                "Write the goal in the first person (“I ...”) and about your own "
                "actions, not about what the group or others should do."
            ),
        ),
        GoalQuality(
            "where_when",
            _("Where and when"),
            _has_situation(words),
            _(
                "Say in which situation you will do it, for example “during the question "
                "round of our intervisie session”."
            ),
        ),
    ]


def goal_missing_qualities(text: str) -> list[GoalQuality]:
    return [quality for quality in goal_qualities(text) if not quality.ok]
