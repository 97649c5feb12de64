"""The workshop days on the trainer's home."""

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from intervisor.trainer.registry import ITEMS_MAX, Item

from .selectors import bookings_given_by


def workshop_days(user) -> list[Item]:
    items = []
    for booking in bookings_given_by(user=user)[:ITEMS_MAX]:
        if booking.attendance_open:
            url = reverse("workshops:attendance", args=[booking.pk])
            detail = _("record attendance")
        else:
            url = reverse("workshops:booking_list")
            detail = booking.get_status_display()
        date = formats.date_format(booking.workshop_date.date, "j F Y")
        items.append(Item(f"{date}: {booking.organisation.name}", url, str(detail)))
    return items
