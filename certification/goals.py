"""Checks a learning goal against the qualities of a good intake goal, explaining each one.

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
    "morgen", "herfstvakantie", "voorjaarsvakantie", "meivakantie",
]  # fmt: skip
TIME_PATTERNS = [
    re.compile(r"\b(19|20)\d{2}\b"),  # a year
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?\b"),  # a date
    re.compile(
        r"\b(komende|volgende|eerstvolgende|eerste)\s+(\w+\s+)?"
        r"(bijeenkomst|sessie|intervisie|teamoverleg|overleg|vergadering)"
    ),
    re.compile(r"\b(binnen|uiterlijk|vóór|voor|na)\s+\w+\s+(dagen|sessies|bijeenkomsten)\b"),
    re.compile(r"\bq[1-4]\b"),
]
NEGATIONS = [
    "niet", "niet meer", "geen", "nooit", "nimmer", "minder", "stoppen met", "ophouden met",
    "vermijden", "voorkomen dat", "niemand", "stop",
]  # fmt: skip
ACTION_STEMS = [
    # Both the stem and the infinitive's stem where Dutch spelling changes (vraag/vragen).
    "stel", "vraag", "vrag", "vat", "samenvat", "benoem", "geef", "gev", "bewaak", "bewak",
    "nodig", "begeleid", "parkeer", "parker", "houd", "hanteer", "hanter", "gebruik",
    "introduceer", "introducer", "sluit", "start", "plan", "bereid", "evalueer", "evaluer",
    "schrijf", "schrijv", "noteer", "noter", "controleer", "controler", "pas", "breng", "zeg",
    "spreek", "sprek", "luister", "wacht", "herhaal", "herhal", "bespreek", "besprek", "oefen",
    "onderbreek", "onderbrek", "kies", "kiez", "leg", "leid", "verwoord", "reflecteer",
    "reflecter", "deel", "del", "licht", "check", "open", "maak", "wijs",
]  # fmt: skip
# Nouns that start like one of the verbs above and would otherwise pass as behaviour.
NOT_VERBS = {
    "begeleider", "begeleiders", "begeleiding", "leider", "leiders", "leiding", "planning",
    "deelnemer", "deelnemers", "startronde", "vraagstuk", "pas", "open",
}  # fmt: skip
# A goal about someone else's behaviour is out of the learner's control, even when it is
# written with "ik" in it: "Ik wil dat mijn team ...", "zorgen dat hij ...", "... moeten ...".
OTHERS_PATTERNS = [
    re.compile(r"\bik (wil|hoop|verwacht)( graag)? dat\b"),
    re.compile(r"\b(mijn doel is|het doel is) dat\b"),
    re.compile(r"\bzorg(en)?\b(\s+\w+){0,4}?\s+dat\b"),
    re.compile(r"\bmoeten\b"),
    re.compile(
        r"\b(hij|zij|ze|iedereen|niemand|de groep|het team|mijn team|collega'?s|deelnemers)"
        r"\s+(moet|gaat|zal|wordt)\b"
    ),
]
# Absolutes nobody can keep up: a goal with them is set up to fail.
UNREALISTIC_PATTERNS = [
    re.compile(r"\b(altijd|nooit|ooit|perfect\w*|foutloos|feilloos|volledig|helemaal)\b"),
    re.compile(r"\b(precies evenveel|in elke situatie|zonder ook maar|geen enkele)\b"),
]
# A goal someone else imposes ("ik moet", "van mijn leidinggevende") seldom carries you.
IMPOSED_PATTERNS = [
    re.compile(r"\bik moet\b|\bmoet ik\b|\bmoet van\b|\bverplicht\w*\b|\bopgelegd\b"),
    re.compile(
        r"\b(omdat|van) (mijn|de|onze) "
        r"(manager|leidinggevende|teamleider|directeur|opleiding|organisatie)\b"
    ),
]
SITUATION_WORDS = [
    "bijeenkomst", "sessie", "intervisie", "overleg", "vergadering", "groep", "ronde",
    "casus", "inbreng", "werk", "kantoor", "locatie", "team", "tijdens", "training",
    "gesprek", "evaluatie", "startronde", "adviesronde", "vragenronde", "thuis",
]  # fmt: skip


@dataclass(frozen=True)
class GoalQuality:
    """`explanation`: what to change when the quality is missing; `meaning`: what the quality
    asks and why, shown for every quality; `question`: what only the learner can answer (is
    it realistic for you, does it move you), asked even when the text looks fine."""

    key: str
    label: str
    ok: bool
    explanation: str
    meaning: str = ""
    question: str = ""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ0-9]+", text.lower())


def _is_positive(text: str, words: list[str]) -> tuple[bool, str]:
    # "wat intervisie wel en niet is" names a boundary, it is no negation.
    lowered = f" {' '.join(words)} ".replace(" wel en niet ", " ")
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


def _in_own_control(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return "ik" in words and not any(p.search(lowered) for p in OTHERS_PATTERNS)


def _matches(patterns, text: str) -> bool:
    lowered = text.lower()
    return any(pattern.search(lowered) for pattern in patterns)


def _has_situation(words: list[str]) -> bool:
    return any(word.startswith(stem) or stem in word for word in words for stem in SITUATION_WORDS)


def goal_qualities(text: str) -> list[GoalQuality]:
    """Each quality of a good learning goal: whether the text shows it, what to change, what it
    means, and for realistic and motivating the question only the learner can answer."""
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
            else _("Describe what you will do, not what you want to stop."),
            _("You work towards something you want to do, not away from what you want to avoid."),
        ),
        GoalQuality(
            "behaviour",
            _("Concrete behaviour"),
            _has_action(words),
            _(
                "Name something others can see you do, with an action verb such as "
                "summarise, ask, name or guard."
            ),
            _("Behaviour others can see makes the goal something a trainer can observe."),
        ),
        GoalQuality(
            "time",
            _("Time element"),
            _has_time(text, words),
            _(
                "Add when the goal is reached, for example “before the summer”, a "
                "month or “in the next three sessions”, so it can be checked."
            ),
            _("A moment by which you check whether you did it; without one a goal stays a wish."),
        ),
        GoalQuality(
            "own_control",
            _("In your own control"),
            _in_own_control(text, words),
            _(
                "Write the goal in the first person (“I ...”) about what you will do. A goal "
                "about what others must do (“they must”, “I want them to”, “make sure he”) is "
                "not in your hands."
            ),
            _("You can only change your own behaviour; what others do is at most its effect."),
        ),
        GoalQuality(
            "where_when",
            _("Where and when"),
            _has_situation(words),
            _(
                "Say in which situation you will do it, for example “during the question "
                "round of our intervisie session”."
            ),
            _("The situation tells you and your trainer when to watch for it."),
        ),
        GoalQuality(
            "realistic",
            _("Realistic"),
            not _matches(UNREALISTIC_PATTERNS, text),
            _(
                "Words such as “always”, “never”, “perfect” or “completely” set you up to "
                "fail at the first slip. Choose a step you can manage in the time you give it."
            ),
            _("A goal within reach keeps you going; one out of reach makes you give up."),
            _("Can you manage this beside your work in the time you set? If not, make it smaller."),
        ),
        GoalQuality(
            "motivating",
            _("Motivating"),
            not _matches(IMPOSED_PATTERNS, text),
            _(
                "The goal reads as something you have to do for someone else (“I must”, "
                "“my manager wants”). Write down what you want to learn for yourself."
            ),
            _("A goal you want yourself is one you keep working on when it gets hard."),
            _("Why does this matter to you? If you cannot say it in one sentence, look again."),
        ),
    ]


def goal_missing_qualities(text: str) -> list[GoalQuality]:
    return [quality for quality in goal_qualities(text) if not quality.ok]
