import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse

from practice import signals
from practice.models import CompanionSession, LogbookEntry, Observation, SessionEvaluation
from tests.factories.practice import make_method


@pytest.fixture
def method(db):
    return make_method(steps=3)


@pytest.fixture
def running(client, learner, other_learner, method):
    """A session facilitated by `learner`, with other_learner and a guest, started."""
    client.force_login(learner)
    client.post(
        reverse("practice:session_create"),
        {"group_name": "Team Noord", "date": "2026-12-01", "method": method.pk},
    )
    session = CompanionSession.objects.get()
    url = lambda name: reverse(f"practice:{name}", args=[session.pk])  # noqa: E731
    client.post(url("session_participant_add"), {"email": other_learner.email})
    client.post(url("session_participant_add"), {"name": "Gast zonder account"})
    _accept(session, other_learner)
    participants = {p.name: p for p in session.participants.all()}
    client.post(
        url("session_roles"),
        {
            "case_bringer": participants[other_learner.display_name].pk,
            "timekeeper": participants["Gast zonder account"].pk,
        },
    )
    client.post(url("session_start"))
    session.refresh_from_db()
    return session, url


def _accept(session, user):
    """`user` follows the invitation link in their e-mail and accepts."""
    token = session.participants.get(email=user.email).token
    invited = Client()
    invited.force_login(user)
    response = invited.post(reverse("practice:participant_accept", args=[token]))
    assert response.status_code == 302


def test_full_companion_flow_creates_logbooks_and_signals(
    client, learner, other_learner, running, django_capture_on_commit_callbacks, receive
):
    session, url = running
    assert session.status == CompanionSession.Status.RUNNING
    page = client.get(url("session")).content.decode()
    assert "Stap 1" in page and "data-step-timer" in page
    client.post(url("session_step"), {"step": 1})
    client.post(url("session_step"), {"step": 1})  # double click: stays on step 2
    client.post(url("session_note"), {"text": "Groep springt snel naar advies"})
    client.post(url("session_step"), {"step": 2})
    session.refresh_from_db()
    assert session.current_step == 2
    assert session.notes.get().step_index == 1
    closed = receive(signals.companion_session_closed)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("session_close"))
    session.refresh_from_db()
    assert session.status == CompanionSession.Status.CLOSED
    assert (
        closed and closed[-1]["session"].pk == session.pk and closed[-1]["facilitator"] == learner
    )
    # Only account holders get a logbook entry: facilitator and other_learner, not the guest.
    assert set(LogbookEntry.objects.values_list("user_id", flat=True)) == {
        learner.pk,
        other_learner.pk,
    }
    assert "Groep springt snel naar advies" in client.get(url("session")).content.decode()


def test_step_out_of_range_is_403(client, running):
    session, url = running
    assert client.post(url("session_step"), {"step": 9}).status_code == 403
    session.refresh_from_db()
    assert session.current_step == 0


def test_other_user_cannot_touch_session(client, other_learner, running):
    session, url = running
    client.force_login(other_learner)
    assert client.get(url("session")).status_code == 404
    assert client.post(url("session_close")).status_code == 404
    session.refresh_from_db()
    assert session.status == CompanionSession.Status.RUNNING


def _normalised(content: bytes, *emails: str) -> str:
    text = content.decode()
    for email in emails:
        text = text.replace(email, "ADDRESS")
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)
    text = re.sub(r'value="\d+"', 'value="ID"', text)  # participant ids
    return re.sub(r'nonce="[^"]+"', "", text)


def test_adding_an_address_reveals_nothing_about_its_account(
    client, learner, other_learner, method, mailoutbox, django_capture_on_commit_callbacks
):
    """A known and an unknown address get the same message and the same page; neither shows
    a name, and both get the same invitation e-mail."""
    client.force_login(learner)
    pages = []
    for email in (other_learner.email, "niemand@example.test"):
        session = CompanionSession.objects.create(
            facilitator=learner,
            group_name="Team Noord",
            date=datetime.date(2026, 12, 1),
            method=method,
        )
        add = reverse("practice:session_participant_add", args=[session.pk])
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(add, {"email": email}, follow=True)
        assert response.redirect_chain == [(reverse("practice:session", args=[session.pk]), 302)]
        pages.append(_normalised(response.content, email).replace(f"/{session.pk}/", "/ID/"))
        assert other_learner.get_full_name() not in response.content.decode()
    assert pages[0] == pages[1]
    assert "ADDRESS" in pages[0]
    assert [m.to for m in mailoutbox] == [[other_learner.email], ["niemand@example.test"]]
    assert mailoutbox[0].subject == mailoutbox[1].subject
    assert (
        _normalised(mailoutbox[0].body.encode()).split("/uitnodiging/")[0]
        == (_normalised(mailoutbox[1].body.encode()).split("/uitnodiging/")[0])
    )


def test_no_logbook_entry_before_the_invitation_is_accepted(client, learner, other_learner, method):
    client.force_login(learner)
    session = CompanionSession.objects.create(
        facilitator=learner, group_name="Team Zuid", date=datetime.date(2026, 12, 1), method=method
    )
    url = lambda name: reverse(f"practice:{name}", args=[session.pk])  # noqa: E731
    client.post(url("session_participant_add"), {"email": other_learner.email.upper()})
    participant = session.participants.get()
    assert participant.user is None and participant.name == other_learner.email
    client.post(url("session_start"))
    _close(client, url)
    assert not LogbookEntry.objects.filter(user=other_learner).exists()
    assert not other_learner.session_participations.exists()

    # Someone else, logged in, cannot take the invitation.
    stranger = Client()
    stranger.force_login(learner)
    accept = reverse("practice:participant_accept", args=[participant.token])
    stranger.post(accept)
    participant.refresh_from_db()
    assert participant.user is None

    _accept(session, other_learner)
    participant.refresh_from_db()
    assert participant.user == other_learner
    assert LogbookEntry.objects.filter(user=other_learner, session=session).exists()


def test_role_from_another_session_is_403(client, learner, running, method):
    session, url = running
    other = CompanionSession.objects.create(
        facilitator=learner, group_name="B", date=datetime.date(2026, 1, 1), method=method
    )
    stranger = other.participants.create(name="Vreemde")
    assert client.post(url("session_roles"), {"case_bringer": stranger.pk}).status_code == 302
    assert not session.participants.filter(pk=stranger.pk).exists()
    stranger.refresh_from_db()
    assert stranger.role == "member"


def _close(client, url):
    client.post(url("session_step"), {"step": 2})
    client.post(url("session_close"))


LOGBOOK = {
    "situations_discussed": "Casus over een collega",
    "learning_question": "Hoe blijf ik neutraal?",
    "learned_normative": "n",
    "learned_methodical": "m",
    "learned_personal": "p",
    "case_score": 4,
    "method_score": 5,
    "collaboration_score": 3,
    "comment": "",
}


def test_logbook_is_private_unless_shared_with_a_named_trainer(
    client,
    learner,
    other_learner,
    trainer,
    other_trainer,
    running,
    django_capture_on_commit_callbacks,
    receive,
):
    session, url = running
    _close(client, url)
    entry = LogbookEntry.objects.get(user=other_learner)
    entry_url = reverse("practice:logbook_entry", args=[entry.pk])
    # The facilitator is not the author: 404.
    assert client.get(entry_url).status_code == 404
    assert client.post(entry_url, LOGBOOK).status_code == 404
    client.force_login(trainer)
    assert client.get(entry_url).status_code == 404
    client.force_login(other_learner)
    submitted = receive(signals.logbook_entry_submitted)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(entry_url, {**LOGBOOK, "shared_with": trainer.pk})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.submitted_at and entry.shared_with == trainer
    assert submitted and submitted[-1]["entry"].pk == entry.pk
    assert SessionEvaluation.objects.get(user=other_learner).method_score == 5
    client.force_login(trainer)
    page = client.get(entry_url)
    assert page.status_code == 200 and "Hoe blijf ik neutraal?" in page.content.decode()
    assert client.post(entry_url, {**LOGBOOK, "learning_question": "Gekaapt"}).status_code == 200
    entry.refresh_from_db()
    assert entry.learning_question == "Hoe blijf ik neutraal?"
    client.force_login(other_trainer)
    assert client.get(entry_url).status_code == 404


def test_sharing_with_a_non_trainer_is_refused(client, other_learner, learner, running):
    session, url = running
    _close(client, url)
    entry = LogbookEntry.objects.get(user=other_learner)
    client.force_login(other_learner)
    response = client.post(
        reverse("practice:logbook_entry", args=[entry.pk]), {**LOGBOOK, "shared_with": learner.pk}
    )
    assert response.status_code == 200  # form error: not in the trainers list
    entry.refresh_from_db()
    assert entry.shared_with is None and entry.submitted_at is None


def test_only_the_chosen_trainer_can_observe(
    client, learner, trainer, other_trainer, running, django_capture_on_commit_callbacks, receive
):
    session, url = running
    client.post(url("session_observer"), {"trainer": trainer.pk})
    session.refresh_from_db()
    assert session.observer == trainer
    scores = {
        "guarding_process": 3,
        "neutrality": 4,
        "inclusion": 2,
        "emotional_safety": 3,
        "time_management": 3,
        "question_quality": 2,
    }
    obs_url = reverse("practice:observation", args=[session.pk])
    client.force_login(other_trainer)
    assert client.get(obs_url).status_code == 404
    assert client.post(obs_url, {**scores, "notes": "x"}).status_code == 404
    client.force_login(trainer)
    recorded = receive(signals.observation_recorded)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(obs_url, {**scores, "notes": "Mooie samenvatting"}).status_code == 302
    observation = Observation.objects.get()
    assert observation.facilitator == learner and observation.scores == scores
    assert recorded[-1]["learner"] == learner and recorded[-1]["trainer"] == trainer
    # A missing competency is a form error and changes nothing.
    partial = dict(scores)
    partial.pop("inclusion")
    assert client.post(obs_url, {**partial, "notes": "anders"}).status_code == 200
    observation.refresh_from_db()
    assert observation.notes == "Mooie samenvatting"


def test_observer_must_be_a_trainer(client, learner, other_learner, running):
    session, url = running
    assert client.post(url("session_observer"), {"trainer": other_learner.pk}).status_code == 302
    session.refresh_from_db()
    assert session.observer is None


def test_baseline_is_shown_with_the_logbook(client, learner):
    client.force_login(learner)
    client.post(
        reverse("practice:logbook_baseline"),
        {
            "learning_question": "Stilte verdragen",
            "normative": "n",
            "methodical": "m",
            "personal": "p",
        },
    )
    assert "Stilte verdragen" in client.get(reverse("practice:logbook")).content.decode()


def test_export_and_account_deletion_cover_practice_data(client, learner, other_learner, running):
    from intervisor.accounts.services import user_account_delete, user_data_export

    session, url = running
    client.post(url("session_note"), {"text": "Notitie van de begeleider"})
    _close(client, url)
    exported = user_data_export(user=learner)
    assert "Notitie van de begeleider" in str(exported)
    user_account_delete(user=learner)
    assert not LogbookEntry.objects.filter(user=learner).exists()
    assert not session.notes.exists()
    # The other participant's logbook entry survives the facilitator's departure.
    assert LogbookEntry.objects.filter(user=other_learner, session=session).exists()


def test_step_one_checks_the_intervisie_question_in_place(client, running):
    session, url = running
    page = client.get(url("session")).content.decode()
    assert 'name="question"' in page
    page = client.post(
        url("session"), {"question": "Hoe krijg ik mijn collega zover dat hij op tijd komt?"}
    ).content.decode()
    assert "✗" in page  # third-party focus
    client.post(url("session_step"), {"step": 1})
    assert 'name="question"' not in client.get(url("session")).content.decode()
