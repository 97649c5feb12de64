"""Checks an intervisie question as a case-bringer first writes it, with advice per quality.

A good question (DOMAIN.md §3) is in the ik-form, about a concrete situation, about the
case-bringer's own share, and asks what they want to learn; it is not a knowledge question
and not "how do I get him to ...". The rules read Dutch grammar: the subject of the verb,
the question's opening words, named people and moments.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .text import FIRST_PERSON, SECOND_PERSON, normalise, words

DAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
TIME = re.compile(
    rf"\b(gisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|morgen\w*|overmorgen|"
    rf"laatst|onlangs|net|zojuist|{DAYS}|{MONTHS}|(vorige|volgende|afgelopen|komende|"
    rf"eerstvolgende|deze) (week|maand|keer|dienst|bijeenkomst|vergadering|les)|"
    rf"sinds de|(19|20)\d\d)\b"
)
PEOPLE = (
    r"collega('s)?|teamleider|leidinggevende|manager|cliënte?|client|stagiaire?|mentor|team|"
    r"teamgenoot|teamleden|teamlid|ouders?|moeder|vader|zoon|dochter|familie|wijkagent|"
    r"\w*verpleegkundige|gedragswetenschapper|coördinator|directeur|partner|groep|buurman|"
    r"buurvrouw|leerling|student|klant|bewoner|patiënt|huisarts|docent"
)
EVENTS = (
    r"\w*(gesprek|vergadering|overleg|bespreking|bezoek|dienst|overdracht|evaluatie|dag|mail|"
    r"klacht|conflict|ruzie|fout|dossier|opmerking|incident|training|les|project)|mdo"
)
SPECIFIC = re.compile(
    rf"\b(mijn|de|het|deze|die|dat|onze|ons|zijn|haar) (\w+ )?(nieuwe |twee |eigen )?"
    rf"({PEOPLE}|{EVENTS})\b"
)
KNOWLEDGE = re.compile(
    r"^(mag (ik|je|een|de|het|men)\b|is het (toegestaan|verplicht|de bedoeling|normaal)\b|"
    r"wat (zegt|zeggen)\b|wat (is|zijn) (de|het|een) (\w+ )?(wet|wetten|regels?|protocol|"
    r"meldcode|verschil|beste|procedure|manier|methode|norm)\b|welke (\w+ )?(regels|methodes?|"
    r"modellen|gespreksmodellen|subsidies?|procedures?|protocollen|wetten)\b|"
    r"wie is (er )?verantwoordelijk\b|hoeveel\b|hoe lang (moet|mag|moeten|mogen)\b|"
    r"wat is (een|de) (goede|beste)\b)"
)
THIRD_PARTY = re.compile(
    r"\bkrijg ik (hem|haar|hen|ze|mijn|de|het|onze|ons)\b|\bkrijg ik\b.*\b(zover|zo ver)\b|"
    r"\bzorg ik (er ?voor |ervoor )?dat (?!ik\b)|\b(moet|kan) ik doen zodat (?!ik\b)|"
    r"\b(overtuig|motiveer|verander|dwing) ik\b|"
    r"\bmaak ik (hem|haar|hen|ze|mijn|de|het team)\b(?!.*\bduidelijk)|"
    r"^(waarom|hoe|wat) (\w+ )?(luistert|accepteert|neemt|doet|moet|moeten|komt|gedraagt|"
    r"reageert|wil|kan|zou) (mijn|de|het|hij|zij|ze|onze|mij)\b|"
    r"\b(moet|moeten|zou|zouden) (hij|zij|ze|hun)\b"
)
OWN_CUES = re.compile(r"\bmijn (aandeel|rol|gedrag|reactie|houding|grens|grenzen)\b")
NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-zà-ÿ]+")
QUALITIES = ("ik_vorm", "concrete", "own_share", "learning_question", "third_party_focus")


@dataclass(frozen=True)
class QuestionCheck:
    ik_vorm: bool
    concrete: bool
    own_share: bool
    learning_question: bool
    third_party_focus: bool
    notes: dict

    @property
    def good(self) -> bool:
        return (
            self.ik_vorm
            and self.concrete
            and self.own_share
            and self.learning_question
            and not self.third_party_focus
        )

    def rows(self) -> list[dict]:
        """One row per quality, in order, for the template: ok means the quality is right."""
        names = quality_names()
        return [
            {
                "key": key,
                "name": names[key],
                "value": getattr(self, key),
                "ok": getattr(self, key) != (key == "third_party_focus"),
                "note": self.notes[key],
            }
            for key in QUALITIES
        ]

    def as_dict(self) -> dict:
        result = {key: getattr(self, key) for key in QUALITIES}
        result["good"] = self.good
        result["explanation"] = {key: self.notes[key] for key in QUALITIES}
        result["rewrite"] = self.notes["rewrite"]
        return result


def quality_names() -> dict[str, str]:
    return {
        "ik_vorm": _("In the ik-form"),
        "concrete": _("A concrete situation"),
        "own_share": _("About your own share"),
        "learning_question": _("A learning question"),
        "third_party_focus": _("Focused on someone else"),
    }


def _has_name(text: str) -> bool:
    names = [m.group(0) for m in NAME.finditer(text.strip())]
    return any(name not in {"Ik", "Mijn", "Hoe", "Wat"} for name in names)


def check_question(text: str) -> QuestionCheck:
    normal = normalise(text)
    tokens = set(words(normal))
    ik = "ik" in tokens
    first_person = bool(FIRST_PERSON.intersection(tokens))
    knowledge = bool(KNOWLEDGE.match(normal))
    third = bool(THIRD_PARTY.search(normal))
    concrete = bool(TIME.search(normal) or SPECIFIC.search(normal) or _has_name(text))
    own = (ik or bool(OWN_CUES.search(normal))) and not third and not knowledge
    person = first_person or bool(SECOND_PERSON.intersection(tokens))
    learning = person and not (knowledge or third)
    notes = {
        "ik_vorm": _("You write as “ik”: it is your question.")
        if first_person
        else _("Write it in the ik-form: “Hoe kan ik ...?” instead of “Hoe ga je om met ...?”"),
        "concrete": _("It names a person or a moment, so the group can picture it.")
        if concrete
        else _(
            "This is a theme. Name one situation: who, when, what happened, for example "
            "“in het overleg van maandag met Karin”."
        ),
        "own_share": _("It is about what you do.")
        if own
        else _("Make yourself the one who acts: “Hoe kan ik ...”, “Wat maakt dat ik ...”."),
        "learning_question": _("It asks what you want to learn or do differently.")
        if learning
        else (
            _(
                "This asks for knowledge (a rule, a method, what is allowed): ask an expert. "
                "For intervisie, ask what you want to learn in your own situation."
            )
            if knowledge
            else _("Ask what you want to learn, not how to get someone else to change.")
        ),
        "third_party_focus": _(
            "The question is about changing someone else; you can only change what you do. "
            "Turn it around: “Wat kan ik doen als hij ...?”"
        )
        if third
        else _("It does not ask how to change someone else."),
    }
    notes["rewrite"] = _rewrite_hint(first_person, concrete, own, learning, third)
    return QuestionCheck(first_person, concrete, own, learning, third, notes)


def _rewrite_hint(ik: bool, concrete: bool, own: bool, learning: bool, third: bool) -> str:
    if ik and concrete and own and learning and not third:
        return _("A good intervisie question. You can bring it in as it is.")
    return _(
        "Try: “Hoe kan ik [what you want to do differently] in [the concrete situation: "
        "with whom, when]?”, for example “Hoe kan ik in het overleg van maandag tegen Karin "
        "zeggen dat ik de extra taak niet overneem?”"
    )
