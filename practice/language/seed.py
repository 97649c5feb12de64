"""Seed one practice drill: a short case and moments in the question and advice rounds."""

from .models import Drill, DrillMoment, TypedLine
from .services import drill_line_record

DEMO_LINES = [
    "Heb je al eens overwogen om het gewoon tegen Bas te zeggen?",
    "Wat maakt dat het voelt als jouw taak?",
]

CASE = (
    "Sanne is woonbegeleider in een woongroep. Ze brengt in: 'Mijn collega Bas laat steeds zijn "
    "rapportages liggen, en ik schrijf ze dan maar. Gisteren zei mijn teamleider dat ik "
    "“te veel overneem”. Dat raakte me.' Jullie werken met de incidentmethode."
)
MOMENTS = [
    ("Sanne is klaar met haar verhaal. Het is stil. Welke eerste vraag stel je haar?",
     "Vraagronde", False),
    ("Sanne: 'Ik weet ook niet waarom ik het doe. Het voelt gewoon als mijn taak.'",
     "Vraagronde", False),
    ("Een deelnemer zegt: 'Zeg gewoon tegen Bas dat je ermee stopt!' Sanne kijkt naar jou.",
     "Vraagronde", False),
    ("Sanne vertelt lang en er komen veel details. Vat samen wat je gehoord hebt.",
     "Vraagronde", False),
    ("De adviesronde is begonnen. Wat geef je Sanne mee?", "Adviesronde", True),
]  # fmt: skip


def run(ctx) -> None:
    drill = Drill.objects.filter(slug="sanne-neemt-over").first()
    if drill is None:
        drill = Drill.objects.create(
            title="Sanne neemt het werk over", slug="sanne-neemt-over", case=CASE
        )
        DrillMoment.objects.bulk_create(
            DrillMoment(drill=drill, sort_order=i, text=text, step_name=step, advice_allowed=a)
            for i, (text, step, a) in enumerate(MOMENTS)
        )
        ctx.log("Language: 1 practice drill.")
    learner = ctx.users["learner"]
    if not TypedLine.objects.filter(user=learner).exists():
        first, second = drill.moments.order_by("sort_order")[:2]
        drill_line_record(user=learner, moment_id=first.pk, text=DEMO_LINES[0])
        drill_line_record(user=learner, moment_id=second.pk, text=DEMO_LINES[1])
