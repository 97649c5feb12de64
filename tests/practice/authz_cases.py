"""Authorization matrix entries for the practice app (merged into tests/authz/matrix.py).

Objects are built on first use and kept on the `World`, so every role asks for the same one:
a run, a session and a logbook entry all belong to `learner`; `other_trainer` observes.
"""

import datetime

from django.urls import reverse

from practice.models import CompanionSession, LogbookEntry, SimulationRun
from tests.authz.matrix import (
    ADMIN_DENIED,
    DENIED,
    LOGIN,
    OK,
    ROLES,
    Case,
    everyone,
    logged_in,
    staff_only,
)
from tests.factories.practice import make_scenario


def _cached(world, name, build):
    if not hasattr(world, name):
        setattr(world, name, build(world))
    return getattr(world, name)


def _scenario(world):
    return _cached(world, "_practice_scenario", lambda w: make_scenario(provider=w.provider, n=3))


def _run(world):
    return _cached(
        world,
        "_practice_run",
        lambda w: SimulationRun.objects.create(
            user=w.users["learner"],
            scenario=_scenario(w),
            current_key="s0",
            state=_scenario(w).initial_state(),
        ),
    )


def _session(world):
    return _cached(
        world,
        "_practice_session",
        lambda w: CompanionSession.objects.create(
            facilitator=w.users["learner"],
            group_name="Matrixgroep",
            date=datetime.date(2026, 12, 1),
            method=w.shared_method,
            observer=w.users["other_trainer"],
        ),
    )


def _invitation(world):
    """An invitation to an address none of the roles has: each sees the page, none accepts."""
    return _cached(
        world,
        "_practice_invitation",
        lambda w: _session(w).participants.create(
            name="m-invited@example.test", email="m-invited@example.test", token="m-invitation"
        ),
    )


def _entry(world):
    return _cached(
        world,
        "_practice_entry",
        lambda w: LogbookEntry.objects.create(user=w.users["learner"], session=_session(w)),
    )


def owner_only(owner_status=OK):
    return {**logged_in(DENIED), "learner": owner_status}


def _session_action(name):
    return Case(
        lambda w: reverse(f"practice:{name}", args=[_session(w).pk]),
        {**owner_only(302)},
        method="post",
    )


def _method_admin(view, with_pk=True):
    def build(world):
        name = f"wagtailsnippets_practice_method:{view}"
        return reverse(name, args=[world.shared_method.pk]) if with_pk else reverse(name)

    return build


def _editor_may(status):
    """Admin views of the shared method: site admins and provider editors (view only)."""
    return {**dict.fromkeys(ROLES, ADMIN_DENIED), "anonymous": LOGIN, "admin": OK, "editor": status}


PRACTICE_CASES: dict[str, Case] = {
    "practice:index": Case("/oefenen/", everyone(OK)),
    "practice:run_start": Case(
        lambda w: reverse("practice:run_start", args=[_scenario(w).pk]),
        logged_in(302),
        method="post",
    ),
    "practice:run": Case(lambda w: reverse("practice:run", args=[_run(w).pk]), owner_only()),
    # An empty post names no choice of the current situation: refused, nothing recorded.
    "practice:run_choose": Case(
        lambda w: reverse("practice:run_choose", args=[_run(w).pk]),
        owner_only(403),
        method="post",
    ),
    # The run is not finished yet, so its owner is sent back to the step page.
    "practice:run_debrief": Case(
        lambda w: reverse("practice:run_debrief", args=[_run(w).pk]), owner_only(302)
    ),
    "practice:session_create": Case("/oefenen/bijeenkomsten/nieuw/", logged_in(OK)),
    "practice:session": Case(
        lambda w: reverse("practice:session", args=[_session(w).pk]), owner_only()
    ),
    **{
        f"practice:{name}": _session_action(name)
        for name in (
            "session_participant_add",
            "session_roles",
            "session_start",
            "session_step",
            "session_note",
            "session_close",
            "session_observer",
        )
    },
    "practice:observation": Case(
        lambda w: reverse("practice:observation", args=[_session(w).pk]),
        {**logged_in(DENIED), "other_trainer": OK},
    ),
    "practice:participant_accept": Case(
        lambda w: reverse("practice:participant_accept", args=[_invitation(w).token]),
        everyone(OK),
    ),
    "practice:logbook": Case("/oefenen/logboek/", logged_in(OK)),
    "practice:logbook_baseline": Case("/oefenen/logboek/nulmeting/", logged_in(OK)),
    "practice:logbook_entry_reply": Case(
        lambda w: reverse("practice:logbook_entry_reply", args=[_entry(w).pk]),
        owner_only(302),
        method="post",
        data={"reply": "Een vraag aan mijn trainer."},
    ),
    "practice:logbook_entry": Case(
        lambda w: reverse("practice:logbook_entry", args=[_entry(w).pk]), owner_only()
    ),
}

# Provider editors now work with the method catalogue: they list it, add their own methods,
# and may look at (and copy) a shared method, but never edit or delete it.
METHOD_ADMIN_CASES: dict[str, Case] = {
    # The play-test of a scenario draft: whoever may edit the scenario (its provider's editor
    # and the admin); everyone else gets the admin's refusal.
    "practice_playtest": Case(
        lambda w: reverse("practice_playtest", args=[_scenario(w).pk]),
        staff_only(admin=OK, editor=OK),
    ),
    "wagtailsnippets_practice_method:list": Case(_method_admin("list", False), _editor_may(OK)),
    "wagtailsnippets_practice_method:list_results": Case(
        _method_admin("list_results", False), _editor_may(OK)
    ),
    "wagtailsnippets_practice_method:add": Case(_method_admin("add", False), _editor_may(OK)),
    "wagtailsnippets_practice_method:inspect": Case(_method_admin("inspect"), _editor_may(OK)),
    "wagtailsnippets_practice_method:copy": Case(_method_admin("copy"), _editor_may(OK)),
    "wagtailsnippets_practice_method:edit": Case(_method_admin("edit"), _editor_may(ADMIN_DENIED)),
    "wagtailsnippets_practice_method:delete": Case(
        _method_admin("delete"), _editor_may(ADMIN_DENIED)
    ),
    "wagtailsnippets_practice_method:history": Case(_method_admin("history"), _editor_may(OK)),
    "wagtailsnippets_practice_method:history_results": Case(
        _method_admin("history_results"), _editor_may(OK)
    ),
    "wagtailsnippets_practice_method:usage": Case(_method_admin("usage"), _editor_may(OK)),
}
