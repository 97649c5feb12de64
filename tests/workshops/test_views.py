import uuid

import pytest
from django.urls import reverse

from courses.workshops.models import Organisation, WorkshopBooking
from tests.factories import make_user
from tests.factories.workshops import make_booking, make_date, make_organisation

pytestmark = pytest.mark.django_db


def form_data(wdate, organisation=None, **overrides):
    data = {
        "workshop_date": wdate.pk,
        "organisation": organisation.pk if organisation else "",
        "organisation_name": "" if organisation else "Gemeente Nieuwdorp",
        "invoice_address": "Postbus 12\n1234 AB Nieuwdorp",
        "location": "Gemeentehuis, Plein 1, Nieuwdorp",
        "distance_km": 80,
        "participant_count": 7,
        "participant_emails": "a@example.test\nb@example.test",
        "notes": "",
        "idempotency_key": str(uuid.uuid4()),
        **overrides,
    }
    return data


def book_url(wdate):
    return reverse("workshops:booking_create", args=[wdate.page_id])


def test_workshop_page_lists_free_dates_with_a_book_link(client, wdate):
    response = client.get(wdate.page.url)
    assert response.status_code == 200
    assert f"?datum={wdate.pk}" in response.content.decode()
    assert "1.200,00" in response.content.decode() or "1200" in response.content.decode()


def test_index_lists_live_workshops_with_next_dates(client, wdate, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get(reverse("workshops:index"))
    assert wdate.page.title in response.content.decode()


def test_index_query_count_does_not_grow_with_workshops(client, provider, trainer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.workshops import make_workshop_page

    def count():
        with CaptureQueriesContext(connection) as ctx:
            client.get(reverse("workshops:index"))
        return len(ctx.captured_queries)

    page = make_workshop_page(provider)
    make_date(page, trainer, days_ahead=10)
    count()  # warm the site and locale caches
    one = count()
    for i in range(3):
        extra = make_workshop_page(provider)
        make_date(extra, trainer, days_ahead=20 + i)
    assert count() == one


def test_anonymous_is_sent_to_login(client, wdate):
    response = client.get(book_url(wdate))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_learner_cannot_book(client, wdate, learner):
    client.force_login(learner)
    assert client.get(book_url(wdate)).status_code == 403


def test_team_lead_books_and_sees_the_quote(client, wdate, team_lead):
    client.force_login(team_lead)
    assert client.get(book_url(wdate) + f"?datum={wdate.pk}").status_code == 200
    response = client.post(book_url(wdate), form_data(wdate), follow=True)
    booking = WorkshopBooking.objects.get()
    assert response.redirect_chain[-1][0] == reverse("workshops:booking_detail", args=[booking.pk])
    body = response.content.decode()
    assert booking.reference in body and "1.482,25" in body.replace("\xa0", "")
    assert booking.organisation.name == "Gemeente Nieuwdorp"
    assert booking.participants.count() == 2


def test_a_repeated_submit_returns_the_same_booking(client, wdate, team_lead):
    client.force_login(team_lead)
    data = form_data(wdate)
    first = client.post(book_url(wdate), data)
    second = client.post(book_url(wdate), data)
    assert first["Location"] == second["Location"]
    assert WorkshopBooking.objects.count() == 1
    assert Organisation.objects.filter(name="Gemeente Nieuwdorp").count() == 1


def test_another_organisations_id_gets_a_clear_message(client, wdate, team_lead):
    theirs = make_organisation(make_user(email="x@example.test"), "Ziekenhuis Elders")
    client.force_login(team_lead)
    response = client.post(book_url(wdate), form_data(wdate, theirs))
    assert response.status_code == 200
    assert "organisatie waar je zelf bij hoort" in response.content.decode()
    assert not WorkshopBooking.objects.exists()


def test_a_date_of_another_workshop_is_not_offered(client, wdate, team_lead, provider, trainer):
    from tests.factories.workshops import make_workshop_page

    other_date = make_date(make_workshop_page(provider), trainer, days_ahead=50)
    client.force_login(team_lead)
    response = client.post(book_url(wdate), form_data(wdate, workshop_date=other_date.pk))
    assert response.context["form"].errors["workshop_date"]
    assert not WorkshopBooking.objects.exists()


def test_a_past_date_gets_a_clear_message(client, workshop, trainer, team_lead):
    past = make_date(workshop, trainer, days_ahead=-2)
    client.force_login(team_lead)
    response = client.post(book_url(past), form_data(past))
    assert response.status_code == 200
    assert "Deze datum is voorbij" in str(response.context["form"].non_field_errors())
    assert not WorkshopBooking.objects.exists()


def test_a_taken_date_gets_a_clear_message(client, wdate, team_lead):
    make_booking(wdate, make_user(email="first@example.test"))
    client.force_login(team_lead)
    response = client.post(book_url(wdate), form_data(wdate))
    assert "net door een ander team geboekt" in str(response.context["form"].non_field_errors())
    assert WorkshopBooking.objects.count() == 1


@pytest.mark.parametrize("count", ["5", "9", "zes"])
def test_group_size_outside_limits_is_refused(client, wdate, team_lead, count):
    client.force_login(team_lead)
    response = client.post(book_url(wdate), form_data(wdate, participant_count=count))
    assert response.context["form"].errors["participant_count"]
    assert not WorkshopBooking.objects.exists()


def test_detail_of_another_organisations_booking_is_not_found(client, wdate, team_lead):
    booking = make_booking(wdate, make_user(email="owner@example.test"))
    client.force_login(team_lead)
    assert client.get(reverse("workshops:booking_detail", args=[booking.pk])).status_code == 404
    assert (
        client.post(
            reverse("workshops:booking_detail", args=[booking.pk]), {"emails": "x@example.test"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            reverse("workshops:booking_cancel", args=[booking.pk]), {"reason": "weg"}
        ).status_code
        == 404
    )
    booking.refresh_from_db()
    assert booking.status == "requested" and not booking.participants.exists()


def test_a_colleague_in_the_same_organisation_sees_the_booking(
    client, wdate, team_lead, organisation
):
    booking = make_booking(wdate, team_lead, organisation)
    colleague = make_user(email="collega@example.test")
    organisation.members.add(colleague)
    client.force_login(colleague)
    assert client.get(reverse("workshops:booking_detail", args=[booking.pk])).status_code == 200
    assert booking.reference in client.get(reverse("workshops:booking_list")).content.decode()


def test_my_bookings_lists_only_my_organisations(client, wdate, workshop, trainer, team_lead):
    mine = make_booking(wdate, team_lead)
    theirs = make_booking(make_date(workshop, trainer, days_ahead=60), make_user())
    client.force_login(team_lead)
    body = client.get(reverse("workshops:booking_list")).content.decode()
    assert mine.reference in body and theirs.reference not in body


def test_team_lead_adds_participants_later(client, wdate, team_lead):
    booking = make_booking(wdate, team_lead)
    client.force_login(team_lead)
    url = reverse("workshops:booking_detail", args=[booking.pk])
    response = client.post(url, {"emails": "c@example.test d@example.test"})
    assert response.status_code == 302
    assert booking.participants.count() == 2


def test_team_lead_cancels_with_the_fee_shown_first(client, workshop, trainer, team_lead, editor):
    from courses.workshops.services import booking_confirm

    booking = make_booking(make_date(workshop, trainer, days_ahead=10), team_lead)
    booking_confirm(booking=booking, by=editor)
    client.force_login(team_lead)
    url = reverse("workshops:booking_cancel", args=[booking.pk])
    assert "600,00" in client.get(url).content.decode()
    assert client.post(url, {"reason": "Budget"}).status_code == 302
    booking.refresh_from_db()
    assert booking.status == "cancelled" and booking.cancellation_percentage == 50
