"""A demo group a year under way: five members, agreed rules, four meetings held, one planned.

Past meetings are history, so they are written as rows here (the services plan only future
meetings); from the fifth meeting on everything goes through the services as a user would.
"""

import datetime
import secrets

from django.utils import timezone

from intervisor.accounts.models import User
from intervisor.accounts.services import user_create

from ..models import CompanionSession, LogbookEntry, Method, SessionParticipant
from . import services
from .models import (
    Attendance,
    CaseSubmission,
    Evaluation,
    EvaluationAnswer,
    EvaluationResponse,
    IntervisieGroup,
    Meeting,
    Membership,
    RuleAgreement,
    RuleComment,
)
from .standards import standards_ensure

GROUP_NAME = "Intervisiegroep Wijkteam Noord"
EXTRA_MEMBERS = [
    ("groepslid1@intervisor.test", "Yara", "Mulder"),
    ("groepslid2@intervisor.test", "Bram", "Smit"),
    ("groepslid3@intervisor.test", "Noor", "Hendriks"),
]
CASES = [
    (
        "In het multidisciplinaire overleg nam ik de zorg voor een gezin over terwijl het niet "
        "mijn taak was.",
        "Ik zei meteen ja, omdat ik de stilte niet verdroeg.",
        "Hoe kan ik in het overleg eerst nagaan wat van mij is, voordat ik iets op me neem?",
        "Grenzen aangeven zonder dat ik me schuldig voel.",
    ),
    (
        "Een moeder werd boos aan de telefoon toen ik een afspraak verzette.",
        "Ik ging me uitgebreid verontschuldigen en beloofde meer dan ik kan waarmaken.",
        "Wat gebeurt er bij mij als iemand boos op me wordt, en hoe blijf ik dan bij mijn besluit?",
        "Rustig blijven bij boosheid.",
    ),
    (
        "Ik moest een collega aanspreken op een gemiste deadline en stelde het drie weken uit.",
        "Ik vermeed het gesprek omdat ik bang was dat de sfeer zou omslaan.",
        "Hoe kan ik een collega aanspreken zonder dat ik het gesprek eindeloos uitstel?",
        "Op tijd feedback geven.",
    ),
    (
        "Bij een huisbezoek merkte ik dat ik het gesprek overnam van de jongere die ik begeleid.",
        "Ik vulde zijn zinnen in omdat ik haast had.",
        "Hoe kan ik bij huisbezoeken ruimte laten terwijl ik tijdsdruk voel?",
        "Ruimte geven en stiltes laten vallen.",
    ),
]


def _member(email, first, last) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = user_create(
            email=email,
            password=secrets.token_urlsafe(12),
            first_name=first,
            last_name=last,
            verified=True,
        )
    return user


def _held_meeting(group, number, starts_at, *, method, led_by, facilitation, members, case):
    session = CompanionSession.objects.create(
        facilitator=led_by,
        group_name=group.name,
        date=timezone.localdate(starts_at),
        method=method,
        status=CompanionSession.Status.CLOSED,
        started_at=starts_at,
        closed_at=starts_at + datetime.timedelta(minutes=group.meeting_minutes),
        observer=group.trainer,
    )
    others = [u for u in [group.facilitator, *members] if u.pk != led_by.pk]
    SessionParticipant.objects.bulk_create(
        [SessionParticipant(session=session, user=u, name=u.display_name) for u in others]
    )
    LogbookEntry.objects.bulk_create(
        [LogbookEntry(session=session, user=u) for u in [led_by, *others]]
    )
    meeting = Meeting.objects.create(
        group=group,
        number=number,
        starts_at=starts_at,
        duration_minutes=group.meeting_minutes,
        location="Wijkcentrum Noord, zaal 2",
        status=Meeting.Status.HELD,
        held_at=session.closed_at,
        turn=case[0],
        led_by=led_by,
        facilitation=facilitation,
        method=method,
        session=session,
        theme=case[2],
    )
    chosen = CaseSubmission.objects.create(
        meeting=meeting,
        author=case[0],
        situation=case[1][0],
        own_share=case[1][1],
        question=case[1][2],
        learning_goal=case[1][3],
    )
    meeting.chosen_case = chosen
    meeting.save(update_fields=["chosen_case"])
    Attendance.objects.bulk_create(
        [Attendance(meeting=meeting, user=u) for u in [group.facilitator, *members]]
    )
    return meeting


def run(ctx) -> None:
    standards_ensure()
    if IntervisieGroup.objects.filter(name=GROUP_NAME).exists():
        return
    trainer, lead = ctx.users["trainer"], ctx.users["teamlead"]
    members = [ctx.users["learner"], ctx.users["learner2"]] + [
        _member(*row) for row in EXTRA_MEMBERS
    ]
    group = services.group_create(
        name=GROUP_NAME,
        facilitator=trainer,
        provider=ctx.provider,
        organisation="Gemeente Noorderveld, wijkteam Noord",
        rhythm_weeks=6,
        meeting_minutes=150,
        evaluation_after=3,
        facilitator_course="Intervisie begeleiden, Intervisie Academie",
    )
    group.contact = lead
    group.save(update_fields=["contact"])
    now = timezone.now()
    for user in members:
        Membership.objects.create(
            group=group,
            user=user,
            email=user.email,
            status=Membership.Status.ACTIVE,
            joined_at=now - datetime.timedelta(weeks=30),
            invitation_sent_at=now - datetime.timedelta(weeks=30),
        )
    rule_set = group.rule_sets.get()
    first_item = rule_set.items.order_by("position").first()
    RuleComment.objects.create(
        item=first_item,
        author=members[2],
        text="Geldt dit ook voor wat we in de pauze bespreken? Ik zou zeggen van wel.",
    )
    RuleAgreement.objects.bulk_create([RuleAgreement(rule_set=rule_set, user=u) for u in members])

    methods = {m.slug: m for m in Method.objects.filter(provider__isnull=True)}
    method = methods.get("incidentmethode") or Method.objects.first()
    five = methods.get("vijf-stappen") or method
    # Meetings start at 14:00 local time, every six weeks; the fourth was three weeks ago.
    today = timezone.localtime(now).replace(hour=14, minute=0, second=0, microsecond=0)
    start = today - datetime.timedelta(weeks=21)
    plan = [
        (trainer, Meeting.Facilitation.EXTERNAL, method, "Grenzen in het overleg"),
        (trainer, Meeting.Facilitation.EXTERNAL, five, "Omgaan met boosheid"),
        (trainer, Meeting.Facilitation.EXTERNAL, five, "Collega's aanspreken"),
        (members[0], Meeting.Facilitation.CO_LED, method, "Ruimte laten bij huisbezoeken"),
    ]
    held = []
    for index, (leader, kind, chosen_method, theme) in enumerate(plan):
        case = (members[(index + 1) % len(members)], CASES[index], theme)
        held.append(
            _held_meeting(
                group,
                index + 1,
                start + datetime.timedelta(weeks=6 * index),
                method=chosen_method,
                led_by=leader,
                facilitation=kind,
                members=members,
                case=case,
            )
        )
    evaluation = Evaluation.objects.create(group=group, after_meeting=held[2])
    wishes = [
        "",
        "Om de beurt zelf begeleiden, met Marieke erbij.",
        "",
        "Eerst een keer samen begeleiden voordat iemand het alleen doet.",
        "",
    ]
    for user, scores, change, wish in zip(
        members,
        [(4, 4, 5), (3, 4, 4), (4, 3, 4), (5, 4, 4), (3, 3, 4)],
        ["", "Meer tijd voor de adviesronde.", "", "Casus eerder rondsturen.", ""],
        wishes,
        strict=True,
    ):
        EvaluationResponse.objects.create(evaluation=evaluation, user=user)
        EvaluationAnswer.objects.create(
            evaluation=evaluation,
            meetings_go=scores[0],
            yield_score=scores[1],
            value_for_work=scores[2],
            must_change=change,
            facilitation_wish=wish,
        )
    Meeting.objects.create(
        group=group,
        number=5,
        starts_at=today + datetime.timedelta(weeks=3),
        duration_minutes=group.meeting_minutes,
        location="Wijkcentrum Noord, zaal 2",
        turn=members[0],
        led_by=members[1],
        facilitation=Meeting.Facilitation.CO_LED,
    )
    ctx.log(f"Seeded the intervisie group {GROUP_NAME} with {len(members)} members.")
