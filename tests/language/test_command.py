import io
import json

from django.core.management import call_command


def run(kind: str, lines: list, monkeypatch) -> list[dict]:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = io.StringIO()
    call_command("language_classify", kind=kind, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_interventions_give_a_label_and_an_explanation(monkeypatch):
    rows = run("interventions", [{"id": "a", "text": "Wat als je hem gewoon belt?"}], monkeypatch)
    assert rows[0]["id"] == "a"
    assert rows[0]["label"] == "leading"
    assert "gewoon" in rows[0]["explanation"] or "wat als je" in rows[0]["explanation"]


def test_questions_give_five_booleans_and_good(monkeypatch):
    rows = run("questions", [{"id": 7, "text": "Hoe ga ik om met stress?"}], monkeypatch)
    assert rows == [
        {
            "id": 7,
            "ik_vorm": True,
            "concrete": False,
            "own_share": True,
            "learning_question": True,
            "third_party_focus": False,
            "good": False,
        }
    ]


def test_goals_map_the_goal_checker(monkeypatch):
    text = "Ik vat in de komende drie sessies in elke vraagronde samen wat de inbrenger zegt."
    rows = run(
        "goals", [{"id": 1, "text": text}, {"id": 2, "text": "Ik wil beter worden."}], monkeypatch
    )
    keys = {
        "id",
        "positive",
        "concrete_behaviour",
        "time_element",
        "own_control",
        "where_when",
        "realistic",
        "motivating",
        "good",
    }
    assert set(rows[0]) == keys
    assert rows[0]["good"] is True
    assert rows[1]["good"] is False and rows[1]["time_element"] is False


def test_bad_lines_get_an_error_and_the_rest_goes_on(monkeypatch):
    rows = run(
        "interventions",
        ["not json", {"id": 3}, {"id": 4, "text": "Waarom?"}],
        monkeypatch,
    )
    assert "error" in rows[0] and rows[1]["id"] == 3 and "error" in rows[1]
    assert rows[2] == {**rows[2], "id": 4, "label": "why"}
