"""The trainer's home: her cohorts and waiting work, each with a count and a link; replies."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certification.models import Assessment, Intake, LearningGoal
from courses.workshops.services import booking_confirm
from intervisor.notifications.models import Notification
from practice.models import LogbookEntry
from tests.factories import make_user
from tests.factories.certification import facilitate_session, started, three_level_path
from tests.factories.courses import enrol, make_course
from tests.factories.practice import make_method
from tests.factories.workshops import make_booking, make_date, make_workshop_page
from tests.notifications.events import GOOD_GOAL

pytestmark = pytest.mark.django_db


def _learners(n, start=0):
    from intervisor.accounts import roles

    return [make_user(roles.LEARNER, email=f"leerling{i}@example.test") for i in range(start, n)]


def _work_for(trainer, provider, learners, levels, method):
    """One of each kind of waiting work per learner."""
    path, _a, _c, independent = levels
    for learner in learners:
        started(learner, path)
        intake = Intake.objects.create(
            user=learner, path=path, trainer=trainer, status=Intake.Status.SUBMITTED
        )
        LearningGoal.objects.create(intake=intake, text=GOOD_GOAL)
        Assessment.objects.create(user=learner, level=independent)
        session = facilitate_session(learner, method=method, observer=trainer)
        LogbookEntry.objects.filter(session=session, user=learner).update(
            shared_with=trainer, submitted_at=session.closed_at
        )


@pytest.fixture
def setting(provider, trainer):
    levels = three_level_path(provider)
    method = make_method(provider=provider)
    course = make_course(provider)
    return levels, method, course


def _home(client, trainer):
    client.force_login(trainer)
    client.get(reverse("trainer:home"))  # warm: the session, user and site caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("trainer:home"))
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_home_counts_and_links_each_kind_of_work_in_constant_queries(
    client, provider, trainer, setting
):
    levels, method, course = setting
    first = _learners(1)
    _work_for(trainer, provider, first, levels, method)
    enrol(first[0], course)
    html, few = _home(client, trainer)
    intake = Intake.objects.get(user=first[0])
    assert reverse("certification:trainer_intake", args=[intake.pk]) in html
    entry = LogbookEntry.objects.get(user=first[0])
    assert reverse("practice:logbook_entry", args=[entry.pk]) in html
    assert reverse("practice:observation", args=[entry.session_id]) in html
    assessment = Assessment.objects.get(user=first[0])
    assert reverse("certification:trainer_assessment", args=[assessment.pk]) in html
    assert reverse("courses:cohort", args=[course.pk]) in html
    assert 'work-count work-count-open">1<' in html

    more = _learners(4, start=1)
    _work_for(trainer, provider, more, levels, method)
    for learner in more:
        enrol(learner, course)
    html, many = _home(client, trainer)
    assert 'work-count work-count-open">4<' in html
    assert many == few


def test_learner_has_no_trainer_home_and_keeps_my_learning(client, learner, trainer):
    client.force_login(learner)
    response = client.get(reverse("trainer:home"))
    assert response.status_code == 403
    html = client.get(reverse("courses:catalogue")).content.decode()
    assert reverse("courses:dashboard") in html and reverse("trainer:home") not in html
    client.force_login(trainer)
    html = client.get(reverse("courses:catalogue")).content.decode()
    assert reverse("trainer:home") in html and reverse("courses:dashboard") not in html


def test_answered_logbook_leaves_the_list_and_tells_the_learner(
    client, learner, trainer, provider, setting, django_capture_on_commit_callbacks
):
    levels, method, _course = setting
    _work_for(trainer, provider, [learner], levels, method)
    entry = LogbookEntry.objects.get(user=learner)
    client.force_login(trainer)
    url = reverse("practice:logbook_entry_reply", args=[entry.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reply": "Wat deed je toen het stil werd?"})
    assert response.status_code == 302
    page = client.get(reverse("practice:logbook_entry", args=[entry.pk])).content.decode()
    assert "Wat deed je toen het stil werd?" in page
    html, _n = _home(client, trainer)
    assert reverse("practice:logbook_entry", args=[entry.pk]) not in html
    note = Notification.objects.get(recipient=learner, kind="logbook_answered")
    assert note.link == reverse("practice:logbook_entry", args=[entry.pk])
    # The learner answers back on her own page.
    client.force_login(learner)
    assert "Wat deed je toen het stil werd?" in client.get(note.link).content.decode()
    client.post(url, {"reply": "Ik liet de stilte even duren."})
    assert entry.replies.count() == 2


def test_nobody_else_can_reply_to_a_logbook_entry_or_an_empty_reply(
    client, learner, other_learner, trainer, provider, setting
):
    levels, method, _course = setting
    _work_for(trainer, provider, [learner], levels, method)
    entry = LogbookEntry.objects.get(user=learner)
    url = reverse("practice:logbook_entry_reply", args=[entry.pk])
    client.force_login(other_learner)
    assert client.post(url, {"reply": "Hallo"}).status_code == 404
    client.force_login(trainer)
    response = client.post(url, {"reply": "   "}, follow=True)
    assert "message-error" in response.content.decode()
    assert entry.replies.count() == 0


def test_intake_thread_between_learner_and_trainer(
    client, learner, trainer, other_trainer, provider, setting, django_capture_on_commit_callbacks
):
    levels, method, _course = setting
    _work_for(trainer, provider, [learner], levels, method)
    intake = Intake.objects.get(user=learner)
    url = reverse("certification:intake_reply", args=[intake.pk])
    client.force_login(other_trainer)
    assert client.post(url, {"reply": "Hallo"}).status_code == 404
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reply": "Kun je doel 2 concreter maken?"})
    assert response.url.startswith(reverse("certification:trainer_intake", args=[intake.pk]))
    client.force_login(learner)
    page = client.get(reverse("certification:intake", args=[intake.path_id])).content.decode()
    assert "Kun je doel 2 concreter maken?" in page
    assert Notification.objects.filter(recipient=learner, kind="logbook_answered").exists()


def test_my_bookings_shows_the_days_she_gives_and_attendance_only_when_open(
    client, provider, trainer, team_lead
):
    from intervisor.accounts import roles
    from intervisor.providers.models import ProviderMembership
    from intervisor.providers.services import provider_member_add

    editor = make_user(roles.PROVIDER_EDITOR, email="redactie@example.test")
    provider_member_add(provider=provider, user=editor, role=ProviderMembership.Role.EDITOR)
    page = make_workshop_page(provider)
    booking = make_booking(make_date(page, trainer, days_ahead=10), team_lead)
    booking_confirm(booking=booking, by=editor)
    client.force_login(trainer)
    html = client.get(reverse("workshops:booking_list")).content.decode()
    assert booking.organisation.name in html
    attendance = reverse("workshops:attendance", args=[booking.pk])
    assert attendance not in html
    page_html = client.get(attendance).content.decode()
    assert "attendance-row" not in page_html
    assert "message-warning" in page_html

    booking.workshop_date.date = booking.workshop_date.date.replace(
        year=booking.workshop_date.date.year - 1
    )
    booking.workshop_date.save()
    html = client.get(reverse("workshops:booking_list")).content.decode()
    assert attendance in html
