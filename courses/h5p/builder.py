"""Build H5P packages of our own content type offline (seed data and tests).

pyh5p.build() downloads missing libraries from the H5P hub unless fetch=False; we always pass
an explicit store holding only the libraries this repository ships, so nothing leaves the
machine.
"""

from pathlib import Path

import pyh5p
from pyh5p import LibraryStore

CONTENT_TYPES_DIR = Path(__file__).resolve().parent / "contenttypes"
CHECK_LIBRARY = "H5P.IntervisorCheck"


def local_store() -> LibraryStore:
    return LibraryStore(CONTENT_TYPES_DIR)


def check_package(
    *,
    title: str,
    situation: str,
    question: str,
    options: list[dict],
    language: str = "nl",
    l10n: dict | None = None,
) -> bytes:
    """An .h5p file of H5P.IntervisorCheck with its library included."""
    params = {"situation": situation, "question": question, "options": options}
    if l10n:
        params["l10n"] = l10n
    content = pyh5p.build(
        CHECK_LIBRARY,
        params,
        store=local_store(),
        title=title,
        language=language,
        fetch=False,
    )
    return content.package_bytes()


DEMO_CHECK = {
    "title": "Oplossingsdrang in de vragenronde",
    "situation": (
        "Halverwege de vragenronde zegt een deelnemer: 'Als ik jou was, zou ik gewoon met je "
        "leidinggevende gaan praten.' De inbrenger knikt en de anderen beginnen ook tips te geven."
    ),
    "question": "Wat doe je als begeleider? Kies alles wat past.",
    "options": [
        {
            "text": "Benoemen in welke stap de groep zit en het advies parkeren tot de "
            "adviesronde.",
            "correct": True,
            "feedback": "Zo bewaak je de structuur zonder iemand af te vallen.",
        },
        {
            "text": "De groep vragen hun vraag open te formuleren, gericht op de inbrenger.",
            "correct": True,
            "feedback": "Open vragen helpen de inbrenger zelf verder te denken.",
        },
        {
            "text": "Zelf ook een goed advies geven, dan is het tenminste een bruikbaar advies.",
            "correct": False,
            "feedback": "De begeleider blijft uit de inhoud en geeft geen advies.",
        },
        {
            "text": "Niets zeggen: de groep is volwassen genoeg om dit zelf te merken.",
            "correct": False,
            "feedback": "Stil blijven laat de methode los; benoem wat je ziet.",
        },
    ],
    "l10n": {
        "check": "Controleer",
        "retry": "Opnieuw",
        "score": "Je score: @score van @total.",
        "chooseOne": "Kies minstens één antwoord.",
    },
}


def demo_check_package() -> bytes:
    return check_package(**DEMO_CHECK)
