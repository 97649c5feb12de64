"""Intervisie groups through the pages, as a facilitator and members use them."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext

from certification.models import Evidence
from intervisor.notifications.models import Notification
from intervisor.notifications.services import preferences_set
from practice import services as practice_services
from practice.groups import selectors, services, tasks
from practice.groups.attendance import attendance_proof, standard_check
from practice.groups.models import (
    CaseSubmission,
    Evaluation,
    EvaluationAnswer,
    Meeting,
    Membership,
    RuleComment,
)
from practice.groups.standards import standards_ensure
from practice.models import CompanionSession, LogbookEntry
from tests.factories import make_user

from .conftest import future, join, url

pytestmark = pytest.mark.django_db


def test_invitation_mail_and_accepting_with_the_invited_address(
    client, facilitator, provider, django_capture_on_commit_callbacks
):
    group = services.group_create(name="Groep", facilitator=facilitator, provider=provider)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("invite", group.pk), {"email": "nieuw@example.test"})
    assert response.status_code == 302
    [message] = [m for m in mail.outbox if "nieuw@example.test" in m.to]
    link = re.search(r"https?://\S+/groepen/uitnodiging/\S+/", message.body).group(0)
    path = "/" + link.split("/", 3)[3]

    stranger = make_user(email="ander@example.test")
    client.force_login(stranger)
    client.post(path)
    assert not group.memberships.filter(user=stranger).exists()

    invited = make_user(email="nieuw@example.test")
    client.force_login(invited)
    response = client.post(path)
    assert response.status_code == 302
    assert group.memberships.get(user=invited).status == Membership.Status.ACTIVE


def test_invite_answers_alike_for_known_and_unknown_addresses(client, facilitator, provider):
    group = services.group_create(name="Groep", facilitator=facilitator, provider=provider)
    make_user(email="bestaat@example.test", first_name="Geheime", last_name="Naam")
    client.force_login(facilitator)
    known = client.post(url("invite", group.pk), {"email": "bestaat@example.test"}, follow=True)
    unknown = client.post(url("invite", group.pk), {"email": "nergens@example.test"}, follow=True)
    assert "Geheime" not in known.content.decode()
    sent = escape(gettext("The invitation is on its way."))
    assert known.content.decode().count(sent) == unknown.content.decode().count(sent) == 1


def test_rules_are_agreed_per_version_and_comments_of_two_members_both_stay(group, members):
    rule_set = selectors.current_rules(group=group)
    item = rule_set.items.first()
    services.rule_comment_add(item=item, author=members[0], text="Ook in de pauze?")
    services.rule_comment_add(item=item, author=members[1], text="En in de appgroep.")
    assert RuleComment.objects.filter(item=item).count() == 2
    for user in members:
        services.rules_agree(rule_set=rule_set, user=user)
    context = selectors.rules_context(group=group, user=members[0])
    assert context["all_agreed"]

    newer = services.rules_propose(
        group=group, by=group.facilitator, items=[("confidentiality", "Alles blijft hier.")]
    )
    with pytest.raises(ValidationError):
        services.rules_agree(rule_set=rule_set, user=members[0])
    context = selectors.rules_context(group=group, user=members[0])
    assert context["rule_set"].pk == newer.pk and not context["all_agreed"]


def test_only_the_facilitator_proposes_rules(group, members):
    with pytest.raises(Exception, match="facilitator"):
        services.rules_propose(group=group, by=members[0], items=[("own", "Ik beslis.")])


def test_planning_follows_rhythm_and_rotation_and_refuses_a_too_small_group(
    group, members, facilitator, provider, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meetings = services.meetings_plan(
            group=group, by=facilitator, first_start=future(), count=3
        )
    assert [m.number for m in meetings] == [1, 2, 3]
    assert meetings[1].starts_at - meetings[0].starts_at == datetime.timedelta(weeks=6)
    assert len({m.turn_id for m in meetings}) == 3
    more = services.meetings_plan(group=group, by=facilitator, first_start=future(200), count=3)
    turns = [m.turn_id for m in meetings + more]
    assert set(turns) == {m.pk for m in members}  # everyone gets a turn before a second one
    invitations = [m for m in mailoutbox if "gepland" in m.subject or "planned" in m.subject]
    assert invitations and invitations[0].attachments[0][2] == "text/calendar"

    small = services.group_create(name="Klein", facilitator=facilitator, provider=provider)
    join(small, members[0])
    with pytest.raises(ValidationError):
        services.meetings_plan(group=small, by=facilitator, first_start=future(), count=1)


def test_a_meeting_is_never_planned_outside_the_length_rules(facilitator, provider):
    with pytest.raises(ValidationError):
        services.group_create(
            name="Te lang", facilitator=facilitator, provider=provider, meeting_minutes=400
        )


@pytest.fixture
def run_meeting(django_capture_on_commit_callbacks):
    """Start a meeting in the companion and close it, with the commit hooks the site runs."""

    def run(group, meeting, method, *, led_by, facilitation=Meeting.Facilitation.EXTERNAL):
        with django_capture_on_commit_callbacks(execute=True):
            session = services.meeting_start(
                meeting=meeting,
                by=group.facilitator,
                case=meeting.cases.first(),
                method=method,
                led_by=led_by,
                facilitation=facilitation,
                theme="Grenzen",
            )
            practice_services.companion_session_close(session_id=session.pk, facilitator=led_by)
        meeting.refresh_from_db()
        return meeting

    return run


def test_a_meeting_runs_in_the_companion_and_opens_the_evaluation_after_three(
    run_meeting, group, members, method, facilitator
):
    meetings = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=4)
    services.case_submit(
        meeting=meetings[0],
        author=members[0],
        situation="Ik zei ja in het overleg.",
        own_share="Ik verdroeg de stilte niet.",
        question="Hoe kan ik eerst nagaan wat van mij is?",
        learning_goal="Grenzen aangeven.",
        check={},
    )
    for index, meeting in enumerate(meetings[:3]):
        leader = members[2] if index == 2 else facilitator
        kind = Meeting.Facilitation.MEMBER if index == 2 else Meeting.Facilitation.EXTERNAL
        held = run_meeting(group, meeting, method, led_by=leader, facilitation=kind)
        assert held.status == Meeting.Status.HELD
        assert held.attendance.count() == 6  # five members and the facilitator
        assert LogbookEntry.objects.filter(session=held.session).count() == 6
        assert Evaluation.objects.filter(group=group).exists() == (index == 2)
    assert meetings[0].session.participants.get(user=members[0]).role == "case_bringer"
    maturity = selectors.maturity(meetings=selectors.meetings_of(group=group))
    assert maturity["counts"]["member"] == 1 and maturity["member_leaders"] == 1
    assert maturity["member_led_share"] == 33


def test_evaluation_answers_carry_no_name_and_come_once(
    group, members, method, facilitator, run_meeting
):
    meetings = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=3)
    for meeting in meetings:
        run_meeting(group, meeting, method, led_by=facilitator)
    evaluation = Evaluation.objects.get(group=group)
    answers = {"meetings_go": 4, "yield_score": 3, "value_for_work": 5, "must_change": "Minder"}
    services.evaluation_answer(evaluation=evaluation, user=members[0], answers=answers)
    with pytest.raises(ValidationError):
        services.evaluation_answer(evaluation=evaluation, user=members[0], answers=answers)
    field_names = {f.name for f in EvaluationAnswer._meta.get_fields()}
    assert not {"user", "author", "member"} & field_names
    results = selectors.evaluation_results(evaluation=evaluation)
    assert results["count"] == 1 and results["meetings_go"] == 4


def test_attendance_proof_meets_nova_and_holds_no_case_text(
    client, group, members, method, facilitator, run_meeting
):
    meetings = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=4)
    secret = "Geheime casus over mevrouw Jansen op de afdeling"
    services.case_submit(
        meeting=meetings[0],
        author=members[0],
        situation=secret,
        own_share="Mijn deel",
        question="Hoe kan ik dit aanpakken?",
        learning_goal="Leren",
        check={},
    )
    for meeting in meetings:
        run_meeting(group, meeting, method, led_by=facilitator)
    year = timezone.localdate(meetings[0].starts_at).year
    nova = standards_ensure()[0]
    meetings_this_year = [m for m in meetings if timezone.localdate(m.starts_at).year == year]
    proof = attendance_proof(group=group, user=members[0], year=year)
    check = standard_check(proof=proof, standard=nova)
    assert proof.hours == len(meetings_this_year) * 2.5
    assert check.passed == (proof.hours >= 8)

    client.force_login(members[0])
    page = client.get(url("proof", group.pk, year) + "?standaard=nova")
    assert page.status_code == 200 and secret not in page.content.decode()
    assert "Grenzen" not in page.content.decode()  # the theme is not on the proof either
    pdf = client.get(url("proof_pdf", group.pk, year) + "?standaard=nova")
    assert pdf["Content-Type"] == "application/pdf"
    assert secret.encode() not in pdf.content


def test_a_member_led_meeting_does_not_count_for_nova_without_a_course(
    group, members, method, facilitator, run_meeting
):
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    run_meeting(group, meeting, method, led_by=members[1], facilitation="member")
    proof = attendance_proof(
        group=group, user=members[0], year=timezone.localdate(meeting.starts_at).year
    )
    check = standard_check(proof=proof, standard=standards_ensure()[0])
    assert check.counted == 0 and not check.passed


def test_outsiders_and_former_members_get_404_on_every_group_url(
    client, group, members, method, facilitator, other_learner
):
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    evaluation = Evaluation.objects.create(group=group, after_meeting=meeting)
    item = selectors.current_rules(group=group).items.first()
    gets = [
        url("detail", group.pk),
        url("rules", group.pk),
        url("meeting", group.pk, meeting.pk),
        url("case", group.pk, meeting.pk),
        url("meeting_ics", group.pk, meeting.pk),
        url("evaluation", group.pk, evaluation.pk),
        url("proof", group.pk, 2026),
        url("proof_pdf", group.pk, 2026),
        url("organisation", group.pk),
    ]
    posts = [
        url("invite", group.pk),
        url("plan", group.pk),
        url("leave", group.pk),
        url("rules_agree", group.pk),
        url("rules_propose", group.pk),
        url("rule_comment", group.pk, item.pk),
        url("start", group.pk, meeting.pk),
        url("attendance", group.pk, meeting.pk),
    ]
    services.member_leave(group=group, user=members[4], by=members[4])
    for outsider in (other_learner, members[4]):
        client.force_login(outsider)
        for path in gets:
            assert client.get(path).status_code == 404, path
        for path in posts:
            assert client.post(path, {"email": "x@example.test"}).status_code == 404, path


def test_the_organisation_sees_attendance_and_themes_never_content(
    client, group, members, method, facilitator, team_lead, run_meeting
):
    group.contact = team_lead
    group.save()
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    services.case_submit(
        meeting=meeting,
        author=members[0],
        situation="Vertrouwelijke situatie X",
        own_share="Mijn aandeel Y",
        question="Hoe kan ik Z?",
        learning_goal="Leren",
        check={},
    )
    run_meeting(group, meeting, method, led_by=facilitator)
    client.force_login(team_lead)
    assert client.get(url("detail", group.pk)).status_code == 302
    page = client.get(url("organisation", group.pk)).content.decode()
    assert "Grenzen" in page
    for private in ("Vertrouwelijke situatie X", "Mijn aandeel Y", "Hoe kan ik Z?"):
        assert private not in page
    assert client.get(url("meeting", group.pk, meeting.pk)).status_code == 404


def test_cases_are_for_members_and_checked_before_submitting(client, group, members, facilitator):
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    client.force_login(members[0])
    data = {
        "situation": "Tijdens het teamoverleg nam ik een taak over die niet bij mij hoorde.",
        "own_share": "Ik zei meteen ja.",
        "question": "Hoe kan ik in het overleg eerst nagaan wat mijn taak is voordat ik ja zeg?",
        "learning_goal": "Grenzen aangeven.",
    }
    checked = client.post(url("case", group.pk, meeting.pk), {**data, "action": "check"})
    assert checked.status_code == 200 and not CaseSubmission.objects.exists()
    assert "question-feedback" in checked.content.decode()
    client.post(url("case", group.pk, meeting.pk), {**data, "action": "submit"})
    case = CaseSubmission.objects.get()
    assert "good" in case.question_check
    nul = client.post(
        url("case", group.pk, meeting.pk), {**data, "situation": "a\x00b", "action": "submit"}
    )
    # The site-wide NUL guard (intervisor.safeinput) refuses the request before the form.
    assert nul.status_code == 400 and CaseSubmission.objects.count() == 1
    client.force_login(facilitator)
    assert data["question"] in client.get(url("meeting", group.pk, meeting.pk)).content.decode()


def test_reminders_are_sent_once_per_member(group, members, facilitator, mailoutbox):
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(1), count=1)
    mailoutbox.clear()
    tasks.queue_meeting_reminders()
    tasks.queue_meeting_reminders()
    reminders = [m for m in mailoutbox if "Herinnering" in m.subject or "Reminder" in m.subject]
    assert len(reminders) == 6
    assert sorted(r.to[0] for r in reminders) == sorted(
        [facilitator.email] + [m.email for m in members]
    )
    inbox = Notification.objects.filter(kind="meeting_reminder", link=meeting.get_absolute_url())
    assert inbox.count() == 6


def test_a_member_who_turned_reminder_mail_off_gets_it_in_the_inbox_only(
    group, members, facilitator, mailoutbox
):
    preferences_set(user=members[0], email_kinds={"meeting_planned"})
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(1), count=1)
    mailoutbox.clear()
    tasks.queue_meeting_reminders()
    assert members[0].email not in [m.to[0] for m in mailoutbox]
    assert Notification.objects.filter(recipient=members[0], kind="meeting_reminder").count() == 1


def test_the_trainer_home_lists_the_groups_she_guides(client, group, facilitator):
    services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    client.force_login(facilitator)
    page = client.get(reverse("trainer:home")).content.decode()
    assert group.name in page and group.get_absolute_url() in page


def test_the_group_pages_take_a_constant_number_of_queries(
    client, group, members, method, facilitator, django_assert_max_num_queries, run_meeting
):
    meetings = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=3)
    for meeting in meetings[:2]:
        run_meeting(group, meeting, method, led_by=facilitator)
    client.force_login(members[0])
    # Ten of the group page's own, plus what every page's header reads (session, user, the
    # trainer menu, the unread count, the userbar's permissions); none grows with the group.
    with django_assert_max_num_queries(16) as few:
        client.get(url("detail", group.pk))
    extra = make_user(email="extra@example.test")
    join(group, extra)
    services.meetings_plan(group=group, by=facilitator, first_start=future(300), count=3)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url("detail", group.pk))
    with django_assert_max_num_queries(16):
        client.get(url("meeting", group.pk, meetings[0].pk))
    assert CompanionSession.objects.count() == 2


def test_a_member_who_leads_a_meeting_earns_facilitation_evidence_observed_by_the_trainer(
    group, members, method, facilitator, run_meeting, trainer
):
    group.trainer = trainer
    group.save()
    [meeting] = services.meetings_plan(group=group, by=facilitator, first_start=future(), count=1)
    held = run_meeting(group, meeting, method, led_by=members[1], facilitation="member")
    evidence = Evidence.objects.get(user=members[1], kind=Evidence.Kind.SESSION_FACILITATED)
    assert evidence.source_id == held.session_id
    assert held.session.observer == trainer  # the trainer can score the member's facilitation
