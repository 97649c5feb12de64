import datetime
import uuid
from decimal import Decimal

from django.utils import timezone

from courses.workshops.models import (
    CancellationTier,
    Organisation,
    WorkshopDate,
    WorkshopPage,
)
from courses.workshops.services import booking_request


def make_workshop_page(provider, **fields) -> WorkshopPage:
    values = {
        "title": "Intervisie leren in 1 dag",
        "slug": f"workshop-{uuid.uuid4().hex[:6]}",
        "intro": "Een dag op locatie.",
        "min_participants": 6,
        "max_participants": 8,
        "duration_hours": 8,
        "price_per_day": Decimal("1200.00"),
        "travel_base": "Utrecht",
        "travel_free_km": 30,
        "travel_rate_per_km": Decimal("0.25"),
        **fields,
    }
    tiers = values.pop("tiers", [(28, 50), (7, 100)])
    page = WorkshopPage(**values)
    page.cancellation_tiers = [CancellationTier(days_before=d, percentage=p) for d, p in tiers]
    provider.root_page.specific.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_date(page, trainer, *, days_ahead: int = 40, start=datetime.time(9, 0)) -> WorkshopDate:
    return WorkshopDate.objects.create(
        page=page,
        trainer=trainer,
        date=timezone.localdate() + datetime.timedelta(days=days_ahead),
        start_time=start,
    )


def make_organisation(user, name: str = "Gemeente Testdorp") -> Organisation:
    organisation = Organisation.objects.create(name=name, invoice_address="Postbus 1\n1000 AA")
    organisation.members.add(user)
    return organisation


def make_booking(wdate, user, organisation=None, **overrides):
    organisation = organisation or make_organisation(user)
    values = {
        "user": user,
        "workshop_date_id": wdate.pk,
        "organisation_id": organisation.pk,
        "participant_count": 7,
        "location": "Stadhuis, Markt 1, Testdorp",
        "distance_km": 80,
        "invoice_address": organisation.invoice_address,
        "idempotency_key": uuid.uuid4(),
        **overrides,
    }
    booking, _created = booking_request(**values)
    return booking
