import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone

from courses.workshops.exceptions import BookingError
from courses.workshops.models import Organisation, WorkshopBooking, WorkshopEmail
from courses.workshops.services import booking_request
from tests.factories import make_user
from tests.factories.workshops import make_booking, make_date, make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def test_request_stores_the_quote_and_queues_one_email(
    wdate, team_lead, organisation, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = make_booking(wdate, team_lead, organisation)
    assert booking.status == WorkshopBooking.Status.REQUESTED
    assert (booking.day_price, booking.travel_cost, booking.total) == (
        Decimal("1200.00"),
        Decimal("25.00"),
        Decimal("1482.25"),
    )
    assert WorkshopEmail.objects.filter(booking=booking, kind="requested").count() == 1
    # The booking's own e-mail goes to the team lead (the date's trainer hears of it through
    # a notification e-mail, tested in tests/notifications).
    booking_mails = [m for m in mailoutbox if booking.reference in m.subject]
    assert [m.to for m in booking_mails] == [[team_lead.email]]


def test_the_booking_belongs_to_the_provider_of_the_page(wdate, team_lead, provider):
    assert make_booking(wdate, team_lead).provider == provider


def test_a_booked_date_cannot_be_booked_again(wdate, team_lead):
    make_booking(wdate, team_lead)
    other = make_user(email="other-lead@example.test")
    with pytest.raises(BookingError, match="already|another team"):
        make_booking(wdate, other)
    assert WorkshopBooking.objects.count() == 1


def test_a_cancelled_booking_frees_the_date(wdate, team_lead, editor):
    from courses.workshops.services import booking_cancel

    booking_cancel(booking=make_booking(wdate, team_lead), by=editor, reason="Ziek")
    assert make_booking(wdate, team_lead).status == "requested"


def test_same_idempotency_key_returns_the_same_booking(wdate, team_lead, organisation):
    key = uuid.uuid4()
    first = make_booking(wdate, team_lead, organisation, idempotency_key=key)
    again, created = booking_request(
        user=team_lead,
        workshop_date_id=wdate.pk,
        organisation_id=organisation.pk,
        participant_count=7,
        location="x",
        invoice_address="y",
        idempotency_key=key,
    )
    assert (again.pk, created) == (first.pk, False)
    assert WorkshopBooking.objects.count() == 1


def test_a_key_of_someone_else_is_refused(wdate, team_lead):
    key = uuid.uuid4()
    make_booking(wdate, team_lead, idempotency_key=key)
    intruder = make_user(email="intruder@example.test")
    with pytest.raises(BookingError, match="already been used"):
        make_booking(wdate, intruder, idempotency_key=key)


def test_another_organisations_id_is_refused(wdate, team_lead):
    stranger = make_user(email="stranger@example.test")
    theirs = make_organisation(stranger, "Ziekenhuis Elders")
    with pytest.raises(BookingError, match="organisation you belong to"):
        make_booking(wdate, team_lead, organisation_id=theirs.pk)
    assert not WorkshopBooking.objects.exists()


def test_a_new_organisation_is_created_for_the_booker(wdate, team_lead):
    booking, _ = booking_request(
        user=team_lead,
        workshop_date_id=wdate.pk,
        organisation_id=None,
        new_organisation_name="  Ziekenhuis Noord ",
        participant_count=6,
        location="x",
        invoice_address="Postbus 9",
        idempotency_key=uuid.uuid4(),
    )
    assert booking.organisation.name == "Ziekenhuis Noord"
    assert list(booking.organisation.members.all()) == [team_lead]


def test_no_organisation_is_left_behind_when_the_booking_fails(wdate, team_lead):
    with pytest.raises(BookingError):
        booking_request(
            user=team_lead,
            workshop_date_id=wdate.pk,
            organisation_id=None,
            new_organisation_name="Gemeente Fout",
            participant_count=20,
            location="x",
            invoice_address="y",
            idempotency_key=uuid.uuid4(),
        )
    assert not Organisation.objects.filter(name="Gemeente Fout").exists()


@pytest.mark.parametrize("count", [5, 9])
def test_group_size_outside_the_limits_is_refused(wdate, team_lead, count):
    with pytest.raises(BookingError, match="6 to 8"):
        make_booking(wdate, team_lead, participant_count=count)


def test_a_past_date_is_refused(workshop, trainer, team_lead):
    past = make_date(workshop, trainer, days_ahead=-3)
    with pytest.raises(BookingError, match="passed"):
        make_booking(past, team_lead)


def test_today_is_too_late_to_book(workshop, trainer, team_lead):
    today = make_date(workshop, trainer, days_ahead=0)
    with pytest.raises(BookingError, match="passed"):
        make_booking(today, team_lead)


def test_a_date_of_an_unpublished_workshop_is_not_offered(wdate, team_lead):
    wdate.page.unpublish()
    with pytest.raises(BookingError, match="not offered"):
        make_booking(wdate, team_lead)


def test_an_unknown_date_is_not_offered(team_lead, organisation):
    with pytest.raises(BookingError, match="not offered"):
        booking_request(
            user=team_lead,
            workshop_date_id=999999,
            organisation_id=organisation.pk,
            participant_count=7,
            location="x",
            invoice_address="y",
            idempotency_key=uuid.uuid4(),
            today=timezone.localdate() - datetime.timedelta(days=1),
        )


def test_participants_can_be_named_with_the_request(wdate, team_lead):
    booking = make_booking(
        wdate, team_lead, participant_emails=("A@Example.test", "b@example.test", "a@example.test")
    )
    assert sorted(booking.participants.values_list("email", flat=True)) == [
        "a@example.test",
        "b@example.test",
    ]


def test_an_invalid_participant_address_refuses_the_whole_request(wdate, team_lead):
    with pytest.raises(BookingError, match="not a valid e-mail"):
        make_booking(wdate, team_lead, participant_emails=("geen-adres",))
    assert not WorkshopBooking.objects.exists()
