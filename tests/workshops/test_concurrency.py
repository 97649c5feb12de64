"""Twenty team leads press "book" for the same date at the same moment, on PostgreSQL."""

import threading
import uuid

import pytest
from django.db import connection, connections

from courses.workshops.exceptions import BookingError
from courses.workshops.models import WorkshopBooking
from courses.workshops.services import booking_request
from tests.factories import make_user
from tests.factories.workshops import make_organisation

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PARALLEL = 20


def test_twenty_parallel_bookings_of_one_date_make_exactly_one(wdate):
    if connection.vendor != "postgresql":
        pytest.skip("row locks and parallel transactions need PostgreSQL (DATABASE_URL)")
    leads = [make_user(email=f"lead{i}@example.test") for i in range(PARALLEL)]
    organisations = [make_organisation(lead, f"Gemeente {i}") for i, lead in enumerate(leads)]
    barrier = threading.Barrier(PARALLEL)
    won, refused, crashed = [], [], []

    def book(i):
        try:
            barrier.wait()
            booking, _ = booking_request(
                user=leads[i],
                workshop_date_id=wdate.pk,
                organisation_id=organisations[i].pk,
                participant_count=7,
                location="Stadhuis",
                invoice_address="Postbus 1",
                idempotency_key=uuid.uuid4(),
            )
            won.append(booking.pk)
        except BookingError as error:
            refused.append(str(error))
        except Exception as error:  # noqa: BLE001 - any other failure must fail the test
            crashed.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(i,)) for i in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert crashed == []
    assert len(won) == 1
    assert len(refused) == PARALLEL - 1
    # Threads speak the site's default language, Dutch.
    assert set(refused) == {"Deze datum is net door een ander team geboekt. Kies een andere datum."}
    assert WorkshopBooking.objects.filter(workshop_date=wdate).count() == 1


def test_the_database_refuses_a_second_active_booking_for_a_date(wdate, team_lead):
    """Even code that skips the service cannot store two live bookings for one date."""
    from django.db import IntegrityError

    from tests.factories.workshops import make_booking

    first = make_booking(wdate, team_lead)
    twin = WorkshopBooking.objects.get(pk=first.pk)
    twin.pk = None
    twin.idempotency_key = uuid.uuid4()
    with pytest.raises(IntegrityError):
        twin.save()
