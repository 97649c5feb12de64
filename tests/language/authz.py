"""Authorization matrix entries for practice.language (merged into tests/authz/matrix.py)."""

from django.urls import reverse

from practice.language.models import Drill, DrillMoment, LabelCorrection, TypedLine
from tests.authz.matrix import DENIED, LOGIN, OK, Case, admin_viewset, everyone, logged_in
from tests.authz.matrix import staff_only as _staff_only
from tests.practice.authz_cases import _cached, _run


def _drill(world):
    def build(w):
        drill = Drill.objects.create(title="Matrixdrill", slug="matrixdrill", case="Casus")
        DrillMoment.objects.create(drill=drill, text="Moment", sort_order=0)
        return drill

    return _cached(world, "_language_drill", build)


def _line(world):
    """A drill line of `learner`, shared with nobody: no one may correct it."""
    return _cached(
        world,
        "_language_line",
        lambda w: TypedLine.objects.create(
            user=w.users["learner"],
            source=TypedLine.Source.DRILL,
            text="Wat voel je?",
            label="open",
            confidence=0.9,
            moment=_drill(w).moments.first(),
        ),
    )


def _correction(world):
    return _cached(
        world,
        "_language_correction",
        lambda w: LabelCorrection.objects.create(line=_line(w), label="closed"),
    )


CASES: dict[str, Case] = {
    # An empty post to someone's run: only the owner gets past the 404, to a redirect.
    "language:run_type": Case(
        lambda w: reverse("language:run_type", args=[_run(w).pk]),
        {**logged_in(302), "anonymous": LOGIN},
        method="post",
    ),
    "language:drill_index": Case("/oefenen/woorden/", logged_in(OK)),
    "language:drill": Case(
        lambda w: reverse("language:drill", args=[_drill(w).slug]), logged_in(OK)
    ),
    "language:question_check": Case("/oefenen/woorden/intervisievraag/", everyone(OK)),
    "language:shared_lines": Case("/oefenen/woorden/gedeeld/", logged_in(OK)),
    # Nobody was given this line; only a site admin may label it.
    "language:line_correct": Case(
        lambda w: reverse("language:line_correct", args=[_line(w).pk]),
        {**logged_in(DENIED), "admin": 302},
        method="post",
        data={"label": "closed"},
    ),
    # As for every snippet: the chooser offers no creation form (404).
    **{
        f"wagtailsnippetchoosers_{label}:create": Case(
            f"/admin/snippets/choose/{label.replace('_', '/')}/create/",
            _staff_only(admin=404, editor=404),
        )
        for label in ("language_drill", "language_labelcorrection")
    },
    **admin_viewset(
        "wagtailsnippets_language_drill",
        _drill,
        lists=_staff_only(),
        objects=_staff_only(),
    ),
    **admin_viewset(
        "wagtailsnippets_language_labelcorrection",
        _correction,
        lists=_staff_only(),
        objects=_staff_only(),
    ),
}
