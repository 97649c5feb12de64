"""Signals the workshops app sends; certification and notifications listen.

All are sent after the transaction commits (transaction.on_commit), with keyword arguments:
- workshop_attendance_recorded: booking (WorkshopBooking), participant (User), attended (bool)
  when a trainer records attendance.
- booking_requested, booking_confirmed: booking (WorkshopBooking)
- booking_cancelled: booking (WorkshopBooking), by (User)
"""

from django.dispatch import Signal

workshop_attendance_recorded = Signal()
booking_requested = Signal()
booking_confirmed = Signal()
booking_cancelled = Signal()
