"""Statement validation: nothing from the browser is trusted as-is."""

import pytest

from courses.h5p.xapi import ADL, StatementRefused, statement_check

IRI = "http://testserver/h5p/inhoud/7"


class FakeUser:
    pk = 42


def statement(verb="answered", object_id=IRI, result=None, **extra):
    data = {
        "actor": {"mbox": "mailto:someone-else@example.test", "name": "Forged"},
        "verb": {"id": ADL + verb},
        "object": {"id": object_id},
        **extra,
    }
    if result is not None:
        data["result"] = result
    return data


def check(raw, max_score=2):
    return statement_check(raw, user=FakeUser(), activity_iri=IRI, max_score=max_score)


def test_actor_is_replaced_and_statement_rebuilt():
    checked = check(
        statement(
            result={"score": {"raw": 2, "max": 2, "min": 0, "scaled": 1}, "success": True},
            context={"extensions": {"evil": "x" * 10}},
            authority={"name": "forged"},
        )
    )
    assert checked.statement["actor"]["account"]["name"] == "42"
    assert "mbox" not in str(checked.statement["actor"])
    assert "context" not in checked.statement and "authority" not in checked.statement
    assert checked.score_raw == 2 and checked.score_max == 2
    assert checked.counts_for_progress


def test_sub_content_statement_is_stored_but_does_not_count():
    checked = check(
        statement(object_id=IRI + "?subContentId=abc-123", result={"score": {"raw": 1, "max": 5}})
    )
    assert not checked.is_top_level
    assert not checked.counts_for_progress


def test_attempted_without_result_is_accepted():
    checked = check(statement("attempted"))
    assert checked.verb == "attempted"
    assert not checked.counts_for_progress


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "not a JSON object"),
        (statement(verb="hacked"), "is not accepted"),
        (
            {"verb": {"id": "http://evil.example/verbs/answered"}, "object": {"id": IRI}},
            "no known verb",
        ),
        (
            statement(object_id="http://testserver/h5p/inhoud/8"),
            "not about the content of this block",
        ),
        (
            statement(object_id=IRI + "?subContentId=<script>"),
            "not about the content of this block",
        ),
        (statement(result={"score": {"raw": 3, "max": 2}}), "is impossible"),
        (statement(result={"score": {"raw": 5, "max": 5}}), "differs from the content's maximum"),
        (statement(result={"score": {"raw": -1, "max": 2}}), "is impossible"),
        (statement(result={"score": {"raw": "2", "max": 2}}), "is not a number"),
        (statement(result={"score": {"raw": float("nan"), "max": 2}}), "is not a number"),
        (
            statement(result={"score": {"raw": 1, "max": 2, "scaled": 1}}),
            "scaled score does not match",
        ),
        (statement(result={"score": {"raw": 1}}), "needs a raw and a max"),
        (statement(result={"success": "yes"}), "malformed"),
        (statement(result={"duration": "1 hour"}), "malformed"),
        (statement(result="full marks"), "malformed"),
    ],
)
def test_forged_or_malformed_statement_is_refused(raw, message):
    with pytest.raises(StatementRefused) as refused:
        check(raw)
    assert message in str(refused.value)


def test_unknown_maximum_takes_the_players_but_never_a_raw_score_above_it():
    checked = check(statement(result={"score": {"raw": 3, "max": 4}}), max_score=None)
    assert (checked.score_raw, checked.score_max) == (3, 4)
    with pytest.raises(StatementRefused, match="impossible"):
        check(statement(result={"score": {"raw": 5, "max": 4}}), max_score=None)
