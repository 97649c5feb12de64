import pytest

from certification.goals import goal_missing_qualities, goal_qualities

GOOD = [
    "Voor de zomer vat ik in elke vragenronde van onze intervisiebijeenkomst samen wat de "
    "inbrenger heeft verteld.",
    "In de komende drie bijeenkomsten benoem ik bij de start de stappen van de methode.",
    "Ik nodig tijdens de adviesronde vóór 1 juni elke stille deelnemer uit om te reageren.",
    "Binnen 3 maanden bewaak ik in het teamoverleg de tijd per stap met een timer.",
]


@pytest.mark.parametrize("text", GOOD)
def test_good_goals_have_every_quality(text):
    assert goal_missing_qualities(text) == []


@pytest.mark.parametrize(
    "text, missing",
    [
        # A negation: says what to stop, not what to do.
        (
            "Ik geef voor de zomer niet meer zelf advies tijdens de intervisie.",
            {"positive"},
        ),
        # Vague, no verb of behaviour, no time, no place, not in the first person.
        ("Een betere begeleider worden.", {"behaviour", "time", "own_control", "where_when"}),
        # About the group, not about me.
        (
            "De groep houdt zich in de komende twee bijeenkomsten aan de tijd.",
            {"own_control"},
        ),
        # No time element.
        ("Ik vat in de vragenronde samen wat de inbrenger zegt.", {"time"}),
        # No situation.
        ("Ik vat voor de zomer samen wat ik hoor.", {"where_when"}),
    ],
)
def test_bad_goals_name_exactly_what_is_missing(text, missing):
    assert {q.key for q in goal_missing_qualities(text)} == missing


def test_every_missing_quality_comes_with_a_dutch_explanation():
    from django.utils import translation

    with translation.override("nl"):
        qualities = goal_missing_qualities("Niet meer zo snel adviseren.")
        text = " ".join(str(q.explanation) for q in qualities)
    assert {q.key for q in qualities} >= {"positive", "time", "own_control"}
    assert "niet meer" in text
    assert "ik-vorm" in text


def test_all_seven_qualities_are_reported_and_each_is_explained():
    qualities = goal_qualities("")
    assert [q.key for q in qualities] == [
        "positive",
        "behaviour",
        "time",
        "own_control",
        "where_when",
        "realistic",
        "motivating",
    ]
    assert all(q.meaning and q.explanation for q in qualities)
    # What the text cannot show is asked of the learner.
    assert {q.key for q in qualities if q.question} == {"realistic", "motivating"}


@pytest.mark.parametrize(
    "text",
    [
        "Mijn collega's moeten in de vergadering van 12-03 hun mond houden als ik praat.",
        "Ik wil dat mijn team in de komende drie bijeenkomsten beter naar mij luistert.",
        "Voor de zomer zorg ik dat hij in de vragenronde van onze intervisie op zijn beurt wacht.",
        "Zorgen dat hij in de bijeenkomst van volgende week op tijd is.",
    ],
)
def test_goals_about_what_others_do_are_not_in_your_own_control(text):
    assert "own_control" in {q.key for q in goal_missing_qualities(text)}


def test_absolutes_are_not_realistic_and_imposed_goals_not_motivating():
    base = "in elke vragenronde van onze intervisie samen wat de inbrenger vertelt."
    assert {q.key for q in goal_missing_qualities(f"Voor de zomer vat ik altijd {base}")} == {
        "realistic"
    }
    imposed = f"Ik moet van mijn leidinggevende voor de zomer {base.replace('in elke', 'elke')}"
    assert "motivating" in {q.key for q in goal_missing_qualities(imposed)}
    assert goal_missing_qualities(f"Voor de zomer vat ik {base}") == []
