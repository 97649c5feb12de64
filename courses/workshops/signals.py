"""Signals the workshops app sends; certification listens.

- workshop_attendance_recorded: booking (WorkshopBooking), participant (User), attended (bool)
  sent after commit when a trainer records attendance.
"""

from django.dispatch import Signal

workshop_attendance_recorded = Signal()
