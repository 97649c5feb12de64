import pytest
from django.utils import translation

from practice.language.checks import intervention_check


@pytest.fixture(autouse=True)
def english():
    """The explanations are checked in English, the msgids; Dutch is in the .po file."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Wat ging er door je heen toen ze wegliep?", "open"),
        ("Vertel eens wat je deed toen hij ging schreeuwen.", "open"),
        ("Kun je beschrijven hoe jij dat moment beleefde?", "open"),
        ("Was je boos?", "closed"),
        ("Hoe lang werk je al in dit team?", "closed"),
        ("Wat zei hij precies?", "closed"),
        ("Waarom heb je niets gezegd?", "why"),
        ("Heb je al eens overwogen om het gewoon met haar te bespreken?", "leading"),
        ("Zou het niet beter zijn als je eerst met je leidinggevende praat?", "leading"),
        ("Kun je niet gewoon zeggen dat je het niet wilt?", "leading"),
        ("Wat als je hem morgen opbelt?", "leading"),
        ("Waarom zeg je het niet gewoon?", "leading"),
        ("Dat is toch niet jouw verantwoordelijkheid?", "leading"),
        ("Je moet gewoon duidelijk zeggen wat je ervan vindt.", "advice"),
        ("Als ik jou was, zou ik een klacht indienen.", "advice"),
        ("Bel hem morgen gewoon op.", "advice"),
        ("Dus als ik je goed begrijp, voel je je niet gehoord.", "summary"),
        ("Het klinkt alsof je je alleen voelde.", "summary"),
        ("Dus je voelt je gepasseerd, klopt dat?", "summary"),
        ("We zitten nu in de vraagronde, dus laten we het advies even bewaren.", "process"),
        ("We hebben nog tien minuten voor deze stap.", "process"),
        ("Wie heeft er nog een vraag voor de inbrenger?", "process"),
    ],
)
def test_labels_follow_dutch_cues(text, label):
    assert intervention_check(text).label == label


def test_explanation_names_the_deciding_words_and_a_better_form():
    result = intervention_check("Heb je al eens overwogen om het gewoon te zeggen?")
    assert "overwogen" in result.decided_by
    assert "overwogen" in result.explanation
    assert "Welke mogelijkheden zie je zelf" in result.better


def test_advice_fits_the_advice_round_but_not_the_question_round():
    text = "Ik zou het met je leidinggevende bespreken."
    in_advice_round = intervention_check(text, advice_allowed=True)
    in_question_round = intervention_check(text, advice_allowed=False)
    assert in_advice_round.label == in_question_round.label == "advice"
    assert "fits" in in_advice_round.step_note
    assert "park it" in in_question_round.step_note
    assert intervention_check(text).step_note == ""


def test_a_line_without_cues_is_labelled_with_low_confidence_and_says_so():
    result = intervention_check("Jouw verhaal over de collega.")
    assert result.low_confidence
    assert "not sure" in result.explanation


def test_a_clear_line_is_confident():
    assert not intervention_check("Waarom ben je weggelopen?").low_confidence


def test_empty_text_is_not_an_error():
    result = intervention_check("   ")
    assert result.low_confidence
