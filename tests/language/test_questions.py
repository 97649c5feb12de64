import pytest
from django.utils import translation

from practice.language.checks import question_check


@pytest.fixture(autouse=True)
def english():
    """The explanations are checked in English, the msgids; Dutch is in the .po file."""
    with translation.override("en"):
        yield


def test_a_good_question():
    result = question_check(
        "Hoe kan ik in het overleg van maandag tegen Karin zeggen dat ik haar taak niet overneem?"
    )
    assert result.good
    assert all(row["ok"] for row in result.rows())


def test_a_theme_is_not_concrete():
    result = question_check("Hoe ga ik om met weerstand?")
    assert result.ik_vorm and not result.concrete and not result.good
    assert "theme" in result.notes["concrete"]


def test_a_you_question_is_not_in_the_ik_form():
    result = question_check("Hoe ga je om met een collega die steeds te laat komt?")
    assert not result.ik_vorm
    assert not result.good


def test_a_knowledge_question_is_not_a_learning_question():
    result = question_check("Wat zegt de wet over het delen van dossiers met ouders?")
    assert not result.learning_question
    assert "knowledge" in result.notes["learning_question"]


def test_getting_someone_else_to_change_is_third_party_focus():
    result = question_check("Hoe krijg ik mijn collega Ahmed zover dat hij op tijd komt?")
    assert result.third_party_focus
    assert not result.own_share and not result.good
    rows = {row["key"]: row for row in result.rows()}
    assert not rows["third_party_focus"]["ok"]


def test_doing_something_yourself_to_make_up_is_own_share():
    result = question_check("Wat kan ik doen om de ruzie van gisteren met Joost uit te praten?")
    assert result.own_share and not result.third_party_focus


def test_the_result_as_a_dict_has_the_five_booleans_and_good():
    result = question_check("Hoe word ik assertiever?").as_dict()
    assert set(result) >= {
        "ik_vorm", "concrete", "own_share", "learning_question", "third_party_focus", "good"
    }  # fmt: skip
    assert result["good"] is False
    assert result["rewrite"]
