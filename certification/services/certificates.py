import logging
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intervisor.providers.selectors import user_is_provider_member
from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue, enqueue_on_commit

from .. import signals
from ..credentials.services import credential_issue, credentials_revoke
from ..models import Certificate, CertificateCounter, Level, LevelProgress, RequirementStatus
from .errors import CertificationError
from .evaluation import ISSUE_TASK, requirement_statuses_evaluate

logger = logging.getLogger(__name__)


def _reminder_days() -> tuple[int, int]:
    first, last = settings.INTERVISOR_CERTIFICATE_REMINDER_DAYS
    return first, last


def _next_number(year: int) -> str:
    """IV-<year>-<6 digits>, from a per-year counter row held under a lock."""
    try:
        with transaction.atomic():
            CertificateCounter.objects.get_or_create(year=year)
    except IntegrityError:  # another transaction created this year's row first
        pass
    counter = CertificateCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"IV-{year}-{counter.last:06d}"


@transaction.atomic
def certificate_issue(*, user_id: int, level_id: int) -> Certificate | None:
    """Issue the certificate for a completed level; None when there is nothing new to issue."""
    # The progress row is the lock: two issuers for the same learner and level queue here,
    # and the second one finds the certificate the first one made.
    progress = (
        LevelProgress.objects.select_for_update()
        .select_related("level", "user")
        .filter(user_id=user_id, level_id=level_id)
        .first()
    )
    if progress is None or progress.completed_at is None:
        return None
    if Certificate.objects.filter(user_id=user_id, level_id=level_id).exists():
        return None
    level = progress.level
    today = timezone.localdate()
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                user=progress.user,
                level=level,
                number=_next_number(today.year),
                period_start=today,
                expires_on=today + level.validity,
            )
    except IntegrityError:
        return None
    credential_issue(certificate=certificate)
    requirement_statuses_evaluate(user=progress.user, level=level)
    _queue_delivery(certificate.pk)
    transaction.on_commit(
        lambda: signals.certificate_issued.send(sender=Certificate, certificate=certificate)
    )
    return certificate


DELIVER_TASK = "certification.tasks.certificate_deliver_task"


def _queue_delivery(certificate_id: int) -> None:
    enqueue_on_commit(DELIVER_TASK, certificate_id)


def undelivered_certificates_requeue(*, now=None) -> int:
    """Queue again the deliveries that never happened (the enqueue failed, or the task was lost)."""

    now = now or timezone.now()
    ids = (
        Certificate.objects.filter(
            emailed_at__isnull=True,
            user__is_active=True,
            issued_at__lt=now - SWEEP_AFTER,
            issued_at__gte=now - SWEEP_GIVE_UP,
        )
        .exclude(status=Certificate.Status.REVOKED)
        .values_list("pk", flat=True)
    )
    return sum(enqueue(DELIVER_TASK, pk) for pk in ids)


def unissued_certificates_requeue(*, now=None) -> int:
    """Queue again the issue of completed levels that have no certificate yet."""

    now = now or timezone.now()
    due = LevelProgress.objects.filter(
        completed_at__lt=now - SWEEP_AFTER,
        completed_at__gte=now - SWEEP_GIVE_UP,
        user__is_active=True,
    ).exclude(user__certificates__level=F("level"))
    return sum(
        enqueue(ISSUE_TASK, user_id, level_id)
        for user_id, level_id in due.values_list("user_id", "level_id")
    )


def _send(certificate: Certificate, template: str, subject: str, attach_pdf: bool) -> None:
    from ..documents import verification_url

    user = certificate.user
    with translation.override(user.preferred_language):
        body = render_to_string(
            template,
            {
                "certificate": certificate,
                "user": user,
                "level": certificate.level,
                "verify_url": verification_url(certificate),
            },
        )
        message = EmailMessage(subject=str(subject), body=body, to=[user.email])
    if attach_pdf and certificate.pdf:
        with certificate.pdf.open("rb") as handle:
            message.attach(f"{certificate.number}.pdf", handle.read(), "application/pdf")
    message.send()


def certificate_deliver(*, certificate_id: int) -> bool:
    """Render the PDF if needed and e-mail it once; False when there was nothing to do."""
    from ..documents import certificate_pdf_bytes

    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("user", "level__path__provider")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.status == Certificate.Status.REVOKED:
            return False
        if not certificate.pdf:
            pdf = certificate_pdf_bytes(certificate)
            certificate.pdf.save(f"{certificate.number}.pdf", ContentFile(pdf), save=False)
            certificate.pdf_rendered_at = timezone.now()
            certificate.save(update_fields=["pdf", "pdf_rendered_at"])
        # A deleted account's address is a placeholder: nothing to send to.
        if certificate.emailed_at is not None or not certificate.user.is_active:
            return False
        with translation.override(certificate.user.preferred_language):
            subject = _("Your certificate %(number)s") % {"number": certificate.number}
        _send(certificate, "certification/email/certificate.txt", subject, attach_pdf=True)
        certificate.emailed_at = timezone.now()
        certificate.save(update_fields=["emailed_at"])
        return True


def _renewal_open(certificate: Certificate) -> bool:
    return certificate.expires_on - timezone.localdate() <= timedelta(days=_reminder_days()[0])


@transaction.atomic
def certificate_renew(*, user, certificate_id: int) -> Certificate:
    certificate = (
        Certificate.objects.select_for_update()
        .select_related("level")
        .filter(pk=certificate_id, user=user)
        .first()
    )
    if certificate is None:
        raise CertificationError(_("That certificate does not exist."))
    if certificate.status == Certificate.Status.REVOKED:
        raise CertificationError(_("A revoked certificate cannot be renewed."))
    if not _renewal_open(certificate):
        raise CertificationError(
            _("Renewal opens %(days)s days before the expiry date.") % {"days": _reminder_days()[0]}
        )
    progress = requirement_statuses_evaluate(user=user, level=certificate.level)
    renewal = progress.statuses.filter(requirement__for_renewal=True)
    if not renewal.exists():
        raise CertificationError(_("This level has no renewal requirements; contact your trainer."))
    if renewal.exclude(state=RequirementStatus.State.MET).exists():
        raise CertificationError(_("Not all renewal requirements are met yet."))
    today = timezone.localdate()
    certificate.period_start = today
    certificate.expires_on = max(certificate.expires_on, today) + certificate.level.validity
    certificate.status = Certificate.Status.VALID
    certificate.renewed_at = timezone.now()
    certificate.reminder_90_sent_at = certificate.reminder_30_sent_at = None
    certificate.emailed_at = None
    certificate.pdf = ""
    certificate.save()
    credential_issue(certificate=certificate)  # a new period is a new credential
    requirement_statuses_evaluate(user=user, level=certificate.level)
    _queue_delivery(certificate.pk)
    return certificate


def user_can_revoke(*, user, level: Level) -> bool:
    """Trainers and editors of the level's provider (memberships have only those roles)."""
    return user.is_authenticated and (
        user.is_superuser or user_is_provider_member(user=user, provider=level.path.provider)
    )


@transaction.atomic
def certificate_revoke(*, certificate_id: int, by, reason: str) -> Certificate:
    certificate = (
        Certificate.objects.select_for_update()
        .select_related("level__path__provider")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None or not user_can_revoke(user=by, level=certificate.level):
        raise CertificationError(_("That certificate does not exist."))
    if certificate.status == Certificate.Status.REVOKED:
        raise CertificationError(_("This certificate has already been revoked."))
    if not reason.strip():
        raise CertificationError(_("Give the reason for revoking."))
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revoked_reason = reason.strip()
    certificate.save()
    credentials_revoke(certificate=certificate)
    return certificate


def certificates_expire() -> int:
    """Mark certificates whose date has passed; returns how many changed."""
    return Certificate.objects.filter(
        status=Certificate.Status.VALID, expires_on__lt=timezone.localdate()
    ).update(status=Certificate.Status.EXPIRED)


def _remind_one(certificate_id: int, field: str) -> bool:
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update()
            .select_related("user", "level__path")
            .filter(pk=certificate_id, status=Certificate.Status.VALID, **{field: None})
            .first()
        )
        if certificate is None:
            return False
        with translation.override(certificate.user.preferred_language):
            subject = _("Your certificate expires on %(date)s") % {
                "date": certificate.expires_on.strftime("%d-%m-%Y")
            }
        _send(certificate, "certification/email/reminder.txt", subject, attach_pdf=False)
        setattr(certificate, field, timezone.now())
        certificate.save(update_fields=[field])
        days_left = (certificate.expires_on - timezone.localdate()).days
        transaction.on_commit(
            lambda: signals.certificate_expiring.send(
                sender=Certificate, certificate=certificate, days_left=days_left
            )
        )
        return True


def certificates_remind() -> int:
    """Send each reminder once: 90 days before expiry, and again 30 days before."""
    today = timezone.localdate()
    first, last = _reminder_days()
    sent = 0
    # The fields keep their historical names; the day counts come from the setting.
    for days, field in ((first, "reminder_90_sent_at"), (last, "reminder_30_sent_at")):
        due = Certificate.objects.filter(
            status=Certificate.Status.VALID,
            expires_on__gte=today,
            expires_on__lte=today + timedelta(days=days),
            **{field: None},
        )
        if days == first:
            # Inside the last window only the last reminder still makes sense.
            due = due.filter(expires_on__gt=today + timedelta(days=last))
        for certificate_id in due.values_list("pk", flat=True):
            try:
                sent += _remind_one(certificate_id, field)
            except Exception:  # one bad address must not stop the others
                logger.exception("Reminder for certificate %s failed", certificate_id)
    return sent


@transaction.atomic
def certificate_grant(*, user, level: Level) -> Certificate | None:
    """Issue a certificate earned outside the platform (an earlier programme, or demo data).

    The level is marked complete for this learner without platform evidence; everything after
    that (number, PDF, e-mail, verification) is the ordinary issue path.
    """
    progress, _created = LevelProgress.objects.get_or_create(user=user, level=level)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])
    return certificate_issue(user_id=user.pk, level_id=level.pk)
