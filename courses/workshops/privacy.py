"""Workshop data in the privacy export, and what deleting an account does to it.

Bookings are the provider's business records (quote, invoice address), so they stay and point
at the anonymised account; the person's own traces (memberships, participant addresses) go.
"""

from .models import WorkshopBooking, WorkshopParticipant


def export_workshops(user) -> dict:
    bookings = WorkshopBooking.objects.filter(booked_by=user).select_related(
        "organisation", "workshop_date__page"
    )
    participations = WorkshopParticipant.objects.filter(user=user).select_related(
        "booking__workshop_date__page"
    )
    return {
        "organisations": [
            {"name": o.name, "invoice_address": o.invoice_address}
            for o in user.workshop_organisations.all()
        ],
        "bookings": [
            {
                "reference": b.reference,
                "workshop": b.workshop_date.page.title,
                "date": b.workshop_date.date.isoformat(),
                "organisation": b.organisation.name,
                "status": b.status,
                "location": b.location,
                "participant_count": b.participant_count,
                "total": str(b.total),
            }
            for b in bookings
        ],
        "participations": [
            {
                "workshop": p.booking.workshop_date.page.title,
                "date": p.booking.workshop_date.date.isoformat(),
                "attended": p.attended,
            }
            for p in participations
        ],
    }


def erase_workshops(user) -> None:
    from allauth.account.models import EmailAddress

    user.workshop_organisations.clear()
    # A place a team lead named by this address but never sent an invitation for: drop it, so
    # confirming the booking later does not invite (and make an account for) the person again.
    addresses = {user.email.lower()} | {
        e.lower() for e in EmailAddress.objects.filter(user=user).values_list("email", flat=True)
    }
    for address in addresses:
        WorkshopParticipant.objects.filter(
            user__isnull=True, invited_at__isnull=True, email__iexact=address
        ).delete()
    for participant in WorkshopParticipant.objects.filter(user=user):
        participant.email = f"verwijderd-{participant.pk}@invalid.intervisor"
        participant.user = None
        participant.save(update_fields=["email", "user"])
