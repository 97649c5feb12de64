import uuid
from datetime import time

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .pages import CancellationTier, TravelRule, WorkshopPage

__all__ = [
    "CancellationTier",
    "Organisation",
    "TravelRule",
    "WorkshopBooking",
    "WorkshopDate",
    "WorkshopEmail",
    "WorkshopPage",
    "WorkshopParticipant",
]


class WorkshopDate(models.Model):
    """A day on which a provider's trainer is available to give a workshop."""

    page = models.ForeignKey(
        WorkshopPage, on_delete=models.CASCADE, related_name="dates", verbose_name=_("workshop")
    )
    # SET_NULL, not CASCADE or PROTECT: removing an account must never take a booking with it
    # (accounts are normally anonymised, not deleted); a date without trainer is not offered.
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="workshop_dates",
        verbose_name=_("trainer"),
    )
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"), default=time(9, 0))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date", "start_time"]
        constraints = [
            # A trainer gives at most one workshop a day, whichever workshop page offers it.
            models.UniqueConstraint(
                fields=["trainer", "date"],
                name="workshop_date_one_per_trainer_per_day",
                violation_error_message=_("This trainer is already available on that date."),
            )
        ]
        verbose_name = _("workshop date")
        verbose_name_plural = _("workshop dates")

    def __str__(self):
        return f"{self.page.title}: {self.date:%d-%m-%Y} ({self.trainer})"


class Organisation(models.Model):
    """The customer organisation a team lead books for; its members see its bookings."""

    name = models.CharField(_("name"), max_length=200)
    invoice_address = models.TextField(_("invoice address"))
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="workshop_organisations", verbose_name=_("members")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class WorkshopBooking(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        CONFIRMED = "confirmed", _("Confirmed")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    ACTIVE_STATUSES = (Status.REQUESTED, Status.CONFIRMED, Status.COMPLETED)

    workshop_date = models.ForeignKey(
        WorkshopDate, on_delete=models.PROTECT, related_name="bookings", verbose_name=_("date")
    )
    # Denormalised from the page's subtree so admin listings can be scoped with one join.
    provider = models.ForeignKey(
        "providers.Provider", on_delete=models.PROTECT, related_name="workshop_bookings"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="bookings",
        verbose_name=_("organisation"),
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="workshop_bookings",
        verbose_name=_("booked by"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.REQUESTED
    )
    participant_count = models.PositiveSmallIntegerField(_("number of participants"))
    location = models.TextField(_("location"))
    distance_km = models.PositiveIntegerField(_("distance (km, one way)"), default=0)
    invoice_address = models.TextField(_("invoice address"))
    notes = models.TextField(_("notes"), blank=True)
    idempotency_key = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)

    # The quote as agreed when the request was made; later price changes do not touch it.
    day_price = models.DecimalField(_("day price"), max_digits=8, decimal_places=2)
    travel_cost = models.DecimalField(_("travel cost"), max_digits=8, decimal_places=2)
    travel_km_charged = models.PositiveIntegerField(_("kilometres charged"), default=0)
    travel_rate = models.DecimalField(
        _("rate per km"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    vat_rate = models.DecimalField(_("VAT rate"), max_digits=4, decimal_places=3)
    vat_amount = models.DecimalField(_("VAT"), max_digits=8, decimal_places=2)
    total = models.DecimalField(_("total"), max_digits=9, decimal_places=2)

    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cancelled by"),
    )
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    cancellation_percentage = models.PositiveSmallIntegerField(null=True, blank=True)
    cancellation_fee = models.DecimalField(
        _("cancellation fee excl. VAT"), max_digits=8, decimal_places=2, null=True, blank=True
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # The last line of defence against double booking, beside the row lock in
            # booking_request: at most one live booking per trainer date.
            models.UniqueConstraint(
                fields=["workshop_date"],
                condition=Q(status__in=["requested", "confirmed", "completed"]),
                name="workshop_booking_one_active_per_date",
            )
        ]
        verbose_name = _("workshop booking")
        verbose_name_plural = _("workshop bookings")

    def __str__(self):
        return f"{self.organisation} – {self.workshop_date.date:%d-%m-%Y}"

    @property
    def reference(self) -> str:
        return f"WS-{self.pk:05d}"

    @property
    def vat_percentage(self) -> str:
        from .quotes import percentage_display

        return percentage_display(self.vat_rate)

    @property
    def status_badge(self) -> str:
        """The CSS class of the badge the status is shown in."""
        return {
            self.Status.REQUESTED: "badge-warning",
            self.Status.CONFIRMED: "badge-success",
            self.Status.CANCELLED: "badge-danger",
        }.get(self.status, "")

    def attendance_refusal(self, today=None) -> str | None:
        """Why attendance cannot be recorded now, or None when it can (one rule for the form
        and the service)."""
        from django.utils import timezone

        if self.status not in (self.Status.CONFIRMED, self.Status.COMPLETED):
            return _("Attendance can only be recorded for a confirmed workshop.")
        if self.workshop_date.date > (today or timezone.localdate()):
            return _("Attendance can be recorded from the day of the workshop.")
        return None

    @property
    def page(self) -> WorkshopPage:
        return self.workshop_date.page

    @property
    def trainer(self):
        return self.workshop_date.trainer


class WorkshopParticipant(models.Model):
    """A team member named by e-mail; gets an account once the booking is confirmed."""

    booking = models.ForeignKey(
        WorkshopBooking, on_delete=models.CASCADE, related_name="participants"
    )
    email = models.EmailField(_("e-mail address"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="workshop_participations",
    )
    invited_at = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    attendance_recorded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(
                fields=["booking", "email"], name="workshop_participant_unique_email"
            )
        ]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self):
        return self.email


class WorkshopEmail(models.Model):
    """One outgoing e-mail per booking and kind: the row makes sending idempotent."""

    class Kind(models.TextChoices):
        REQUESTED = "requested", _("Request received")
        CONFIRMED = "confirmed", _("Confirmation")
        CANCELLED = "cancelled", _("Cancellation")
        REMINDER = "reminder", _("Reminder")
        FOLLOW_UP = "follow_up", _("Follow-up")

    booking = models.ForeignKey(WorkshopBooking, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["booking", "kind"], name="workshop_email_once_per_kind")
        ]

    def __str__(self):
        return f"{self.booking_id} {self.kind}"
