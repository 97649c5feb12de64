"""Assessments by an assessor, and the certificates they lead to."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from intervisor.private_files import private_storage, random_name


def pdf_upload_to(instance, filename):
    """A random name in the private storage: the certificate number is not its path."""
    return random_name("certificates", filename)


class Assessment(models.Model):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        PASSED = "passed", _("Passed")
        NOT_YET = "not_yet", _("Not yet")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessments"
    )
    level = models.ForeignKey("certification.Level", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(default=timezone.now)
    feedback = models.TextField(_("feedback"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            # One open request at a time; a "not yet" allows a new request later.
            models.UniqueConstraint(
                fields=["user", "level"],
                condition=Q(status="requested"),
                name="one_open_assessment",
            ),
            models.UniqueConstraint(
                fields=["user", "level"], condition=Q(status="passed"), name="one_passed_assessment"
            ),
        ]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self):
        return f"{self.user} - {self.level} ({self.get_status_display()})"


class CertificateCounter(models.Model):
    """The last number used per year, locked while a certificate number is drawn."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    # Account deletion anonymises the user row; the certificate stays valid and keeps the
    # holder's name in holder_name, unless the name was removed (README, "Privacy").
    # A hard delete of a user takes the certificate along.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    level = models.ForeignKey(
        "certification.Level", on_delete=models.PROTECT, related_name="certificates"
    )
    number = models.CharField(max_length=20, unique=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.VALID)
    issued_at = models.DateTimeField(default=timezone.now)
    # The current validity period; a renewal moves both dates forward.
    period_start = models.DateField()
    expires_on = models.DateField()
    renewed_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_reason = models.TextField(blank=True)
    # Filled when the account is deleted: the user row no longer has a name to show.
    holder_name = models.CharField(max_length=300, blank=True)
    name_removed_at = models.DateTimeField(null=True, blank=True)
    pdf = models.FileField(upload_to=pdf_upload_to, storage=private_storage, blank=True)
    pdf_rendered_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    reminder_90_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_30_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "level"], name="one_certificate_per_level")
        ]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.number

    @property
    def holder(self) -> str:
        """The name shown on the certificate and its check page; empty once removed."""
        if self.name_removed_at:
            return ""
        return self.holder_name or self.user.get_full_name()

    @property
    def current_status(self) -> str:
        """The status as of today, also before the daily task has marked it expired."""
        if self.status == self.Status.REVOKED:
            return self.Status.REVOKED
        if self.expires_on < timezone.localdate():
            return self.Status.EXPIRED
        return self.Status.VALID

    def get_current_status_display(self) -> str:
        return str(self.Status(self.current_status).label)
