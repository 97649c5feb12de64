"""Authorization matrix entries for intervisie groups (merged into tests/authz/matrix.py).

The world's group is facilitated by a trainer outside the roles, `learner` is a member and
`team_lead` the organisation's contact: the contact sees only the organisation overview; every
other role, site admins included, gets 404 on the group's pages (its content is the group's).
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from practice.groups.standards import standards_ensure
from tests.authz.matrix import OK, Case, admin_viewset, everyone, logged_in, staff_only
from tests.factories import make_user


def _group(world):
    cached = getattr(world, "_groups", None)
    if cached is None:
        from practice.groups import services
        from practice.groups.models import Evaluation

        facilitator = make_user(email="m-group-fac@example.test")
        group = services.group_create(
            name="Matrixgroep", facilitator=facilitator, provider=world.provider
        )
        group.contact = world.users["team_lead"]
        group.save()
        members = [world.users["learner"]] + [
            make_user(email=f"m-group-{i}@example.test") for i in range(2)
        ]
        for user in members:
            invitation = services.member_invite(group=group, by=facilitator, email=user.email)
            services.invitation_accept(token=invitation.token, user=user)
        [meeting] = services.meetings_plan(
            group=group,
            by=facilitator,
            first_start=timezone.now() + datetime.timedelta(days=3),
            count=1,
        )
        evaluation = Evaluation.objects.create(group=group, after_meeting=meeting)
        item = group.rule_sets.get().items.first()
        invitation = services.member_invite(
            group=group, by=facilitator, email="m-group-new@example.test"
        )
        cached = world._groups = (group, meeting, evaluation, item, invitation)
    return cached


def _url(name, *parts):
    def build(world):
        group, meeting, evaluation, item, _invitation = _group(world)
        objects = {"meeting": meeting.pk, "evaluation": evaluation.pk, "item": item.pk}
        args = [group.pk] + [objects.get(p, p) for p in parts]
        return reverse(f"groups:{name}", args=args)

    return build


MEMBER_ONLY = {**logged_in(404), "learner": OK}
MEMBER_POST = {**logged_in(404), "learner": 302}

CASES = {
    "groups:index": Case("/groepen/", logged_in(OK)),
    "groups:create": Case("/groepen/nieuw/", logged_in(OK)),
    "groups:accept": Case(
        lambda w: reverse("groups:accept", args=[_group(w)[4].token]), everyone(OK)
    ),
    "groups:detail": Case(_url("detail"), {**MEMBER_ONLY, "team_lead": 302}),
    "groups:organisation": Case(_url("organisation"), {**MEMBER_ONLY, "team_lead": OK}),
    "groups:rules": Case(_url("rules"), MEMBER_ONLY),
    "groups:meeting": Case(_url("meeting", "meeting"), MEMBER_ONLY),
    "groups:case": Case(_url("case", "meeting"), MEMBER_ONLY),
    "groups:meeting_ics": Case(_url("meeting_ics", "meeting"), MEMBER_ONLY),
    "groups:evaluation": Case(_url("evaluation", "evaluation"), MEMBER_ONLY),
    "groups:proof": Case(_url("proof", 2026), MEMBER_ONLY),
    "groups:proof_pdf": Case(_url("proof_pdf", 2026), MEMBER_ONLY),
    # A member's POSTs answer with a message and a redirect; outsiders get 404.
    **{
        f"groups:{name}": Case(_url(name, *parts), MEMBER_POST, method="post")
        for name, parts in [("leave", ()), ("rules_agree", ()), ("rule_comment", ("item",))]
    },
    # The facilitator's actions: 403 for a member, 404 for everyone outside the group.
    **{
        f"groups:{name}": Case(
            _url(name, *parts), {**logged_in(404), "learner": 403}, method="post"
        )
        for name, parts in [
            ("invite", ()),
            ("plan", ()),
            ("rules_propose", ()),
            ("start", ("meeting",)),
            ("attendance", ("meeting",)),
        ]
    },
    # Attendance standards are site-wide rules: only site admins manage them.
    **admin_viewset(
        "wagtailsnippets_groups_attendancestandard",
        lambda w: standards_ensure()[0],
        lists=staff_only(),
        objects=staff_only(),
    ),
}
