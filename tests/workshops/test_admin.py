import csv
import io

import pytest
from django.urls import reverse
from wagtail.admin.widgets import AdminDateInput, AdminTimeInput

from courses.workshops.models import WorkshopDate
from tests.conftest import totp_activate
from tests.factories import make_user
from tests.factories.workshops import make_booking, make_date, make_workshop_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def booking(wdate, team_lead):
    return make_booking(wdate, team_lead)


@pytest.fixture
def other_booking(other_provider, other_trainer):
    page = make_workshop_page(other_provider, title="Workshop van B")
    return make_booking(make_date(page, other_trainer, days_ahead=15), make_user())


@pytest.fixture
def admin_client_for(client):
    def login(user):
        totp_activate(user)
        client.force_login(user)
        return client

    return login


def test_editor_lists_only_their_providers_bookings(
    admin_client_for, editor, booking, other_booking
):
    client = admin_client_for(editor)
    response = client.get(reverse("workshopbooking:index"))
    assert [b.pk for b in response.context["object_list"]] == [booking.pk]
    assert str(booking.organisation) in response.content.decode()


def test_trainer_sees_their_providers_bookings(admin_client_for, trainer, booking):
    client = admin_client_for(trainer)
    response = client.get(reverse("workshopbooking:inspect", args=[booking.pk]))
    assert response.status_code == 200
    assert reverse("workshopbooking:confirm", args=[booking.pk]) not in response.content.decode()


def test_another_providers_booking_is_not_found(admin_client_for, editor, other_booking):
    client = admin_client_for(editor)
    assert (
        client.get(reverse("workshopbooking:inspect", args=[other_booking.pk])).status_code == 404
    )
    response = client.post(reverse("workshopbooking:confirm", args=[other_booking.pk]))
    assert response.status_code == 404
    other_booking.refresh_from_db()
    assert other_booking.status == "requested"


def test_filter_by_status_and_date(admin_client_for, editor, booking, workshop, trainer):
    from courses.workshops.services import booking_confirm

    later = make_booking(make_date(workshop, trainer, days_ahead=90), make_user())
    booking_confirm(booking=later, by=editor)
    client = admin_client_for(editor)
    url = reverse("workshopbooking:index")
    confirmed = client.get(url, {"status": "confirmed"}).context["object_list"]
    assert [b.pk for b in confirmed] == [later.pk]
    until = booking.workshop_date.date.isoformat()
    early = client.get(url, {"workshop_date__date__lte": until}).context["object_list"]
    assert [b.pk for b in early] == [booking.pk]


def test_editor_confirms_from_the_admin(admin_client_for, editor, booking, mailoutbox):
    client = admin_client_for(editor)
    url = reverse("workshopbooking:confirm", args=[booking.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == "confirmed"


def test_trainer_cannot_confirm(admin_client_for, trainer, booking):
    client = admin_client_for(trainer)
    response = client.post(reverse("workshopbooking:confirm", args=[booking.pk]))
    assert response.status_code == 302  # Wagtail turns a refusal into a redirect
    booking.refresh_from_db()
    assert booking.status == "requested"


def test_cancel_needs_a_reason_and_applies_the_terms(admin_client_for, editor, workshop, trainer):
    from courses.workshops.services import booking_confirm

    booking = make_booking(make_date(workshop, trainer, days_ahead=3), make_user())
    booking_confirm(booking=booking, by=editor)
    client = admin_client_for(editor)
    url = reverse("workshopbooking:cancel", args=[booking.pk])
    assert client.post(url, {"reason": ""}).status_code == 200
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    client.post(url, {"reason": "Klant belde af"})
    booking.refresh_from_db()
    assert (booking.status, booking.cancellation_percentage) == ("cancelled", 100)


def test_complete_before_the_day_shows_the_reason(admin_client_for, editor, booking):
    from courses.workshops.services import booking_confirm

    booking_confirm(booking=booking, by=editor)
    client = admin_client_for(editor)
    response = client.post(reverse("workshopbooking:complete", args=[booking.pk]), follow=True)
    assert any("day" in str(m) or "dag" in str(m) for m in response.context["messages"])
    booking.refresh_from_db()
    assert booking.status == "confirmed"


def test_bookings_cannot_be_edited_through_a_form(admin_client_for, editor, admin_user, booking):
    for user in (editor, admin_user):
        client = admin_client_for(user)
        response = client.post(reverse("workshopbooking:edit", args=[booking.pk]), {"notes": "x"})
        assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.notes == ""


def test_csv_export_holds_only_own_bookings(admin_client_for, editor, booking, other_booking):
    client = admin_client_for(editor)
    response = client.get(reverse("workshopbooking:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    assert booking.reference in rows[1] and str(booking.total) in rows[1]


def test_editor_adds_a_trainer_date(admin_client_for, editor, workshop, trainer):
    client = admin_client_for(editor)
    response = client.post(
        reverse("workshopdate:add"),
        {"page": workshop.pk, "trainer": trainer.pk, "date": "2099-03-03", "start_time": "09:30"},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert WorkshopDate.objects.get().trainer == trainer


def test_the_trainer_date_form_has_the_admins_date_and_time_pickers(
    admin_client_for, editor, workshop
):
    """Wagtail's picker widgets come with its form Meta; the form once lost them."""
    client = admin_client_for(editor)
    form = client.get(reverse("workshopdate:add")).context["form"]
    assert isinstance(form.fields["date"].widget, AdminDateInput)
    assert isinstance(form.fields["start_time"].widget, AdminTimeInput)


def test_a_trainer_of_another_provider_cannot_be_chosen(
    admin_client_for, editor, workshop, other_trainer
):
    client = admin_client_for(editor)
    response = client.post(
        reverse("workshopdate:add"),
        {
            "page": workshop.pk,
            "trainer": other_trainer.pk,
            "date": "2099-03-03",
            "start_time": "09:00",
        },
    )
    assert response.status_code == 200 and "trainer" in response.context["form"].errors
    assert not WorkshopDate.objects.exists()


def test_a_trainer_is_offered_once_per_day(admin_client_for, editor, wdate):
    client = admin_client_for(editor)
    response = client.post(
        reverse("workshopdate:add"),
        {
            "page": wdate.page_id,
            "trainer": wdate.trainer_id,
            "date": wdate.date.isoformat(),
            "start_time": "13:00",
        },
    )
    assert response.status_code == 200
    assert WorkshopDate.objects.count() == 1


def test_another_providers_dates_are_hidden(admin_client_for, other_editor, wdate):
    client = admin_client_for(other_editor)
    assert client.get(reverse("workshopdate:edit", args=[wdate.pk])).status_code == 404
    assert client.post(reverse("workshopdate:delete", args=[wdate.pk])).status_code == 404
    assert WorkshopDate.objects.filter(pk=wdate.pk).exists()


def test_a_booked_date_cannot_be_deleted(admin_client_for, editor, booking):
    client = admin_client_for(editor)
    client.post(reverse("workshopdate:delete", args=[booking.workshop_date_id]))
    assert WorkshopDate.objects.filter(pk=booking.workshop_date_id).exists()
