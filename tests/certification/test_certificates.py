"""Issuing, delivering, revoking, expiring, reminding and renewing certificates."""

from datetime import timedelta

import pytest
from django.utils import timezone

from certification import services
from certification.models import Certificate, CertificateCounter, LevelProgress
from certification.services import CertificationError
from tests.factories.certification import sessions, started, three_level_path

pytestmark = pytest.mark.django_db


@pytest.fixture
def levels(provider):
    return three_level_path(provider)


def _complete(user, level):
    LevelProgress.objects.filter(user=user, level=level).update(completed_at=timezone.now())


def test_issue_needs_a_completed_level(learner, levels):
    path, aspirant, *_ = levels
    started(learner, path)
    assert services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk) is None
    assert not Certificate.objects.exists()


def test_issue_once_with_sequential_numbers_and_validity(learner, other_learner, levels, settings):
    settings.INTERVISOR_CERTIFICATE_VALIDITY_DAYS = 1095
    path, aspirant, *_ = levels
    for user in (learner, other_learner):
        started(user, path)
        _complete(user, aspirant)
    first = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    again = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    second = services.certificate_issue(user_id=other_learner.pk, level_id=aspirant.pk)
    year = timezone.localdate().year
    assert again is None
    assert (first.number, second.number) == (f"IV-{year}-000001", f"IV-{year}-000002")
    assert first.expires_on - first.period_start == timedelta(days=1095)
    assert CertificateCounter.objects.get(year=year).last == 2


def test_level_validity_overrides_the_default(learner, levels):
    path, aspirant, *_ = levels
    aspirant.validity_days = 365
    aspirant.save()
    started(learner, path)
    _complete(learner, aspirant)
    certificate = services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)
    assert (certificate.expires_on - certificate.period_start).days == 365


@pytest.fixture
def certificate(learner, levels):
    path, aspirant, *_ = levels
    started(learner, path)
    _complete(learner, aspirant)
    return services.certificate_issue(user_id=learner.pk, level_id=aspirant.pk)


def test_delivery_renders_the_pdf_and_mails_it_once(certificate, mailoutbox):
    assert services.certificate_deliver(certificate_id=certificate.pk) is True
    assert services.certificate_deliver(certificate_id=certificate.pk) is False
    certificate.refresh_from_db()
    assert certificate.pdf.read(5) == b"%PDF-"
    assert certificate.emailed_at
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [certificate.user.email]
    assert certificate.number in mail.body and f"/certificaat/{certificate.number}/" in mail.body
    assert mail.attachments[0][0] == f"{certificate.number}.pdf"


def test_revocation_needs_a_reason_and_a_provider_member(
    certificate, trainer, other_trainer, learner
):
    with pytest.raises(CertificationError):
        services.certificate_revoke(certificate_id=certificate.pk, by=other_trainer, reason="x")
    with pytest.raises(CertificationError):
        services.certificate_revoke(certificate_id=certificate.pk, by=learner, reason="x")
    with pytest.raises(CertificationError):
        services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="  ")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="Fraude")
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_by, certificate.revoked_reason) == (
        Certificate.Status.REVOKED,
        trainer,
        "Fraude",
    )
    with pytest.raises(CertificationError):
        services.certificate_revoke(certificate_id=certificate.pk, by=trainer, reason="Nog eens")


def test_daily_task_expires_and_sends_each_reminder_once(certificate, mailoutbox):
    from certification.tasks import certificates_daily_task

    today = timezone.localdate()
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=today + timedelta(days=80), emailed_at=timezone.now()
    )
    assert certificates_daily_task() == {"expired": 0, "reminded": 1}
    assert certificates_daily_task() == {"expired": 0, "reminded": 0}
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=today + timedelta(days=20))
    assert certificates_daily_task()["reminded"] == 1
    assert certificates_daily_task()["reminded"] == 0
    assert len(mailoutbox) == 2
    assert "verloopt" in mailoutbox[0].subject or "expires" in mailoutbox[0].subject
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=today - timedelta(days=1))
    assert certificates_daily_task() == {"expired": 1, "reminded": 0}
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.EXPIRED


def test_a_late_certificate_gets_only_the_last_reminder(certificate, mailoutbox):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_on=timezone.localdate() + timedelta(days=10)
    )
    assert services.certificates_remind() == 1
    certificate.refresh_from_db()
    assert certificate.reminder_90_sent_at is None and certificate.reminder_30_sent_at


def test_renewal_needs_the_renewal_requirements_in_the_period(learner, levels, mailoutbox):
    path, _a, _c, independent = levels
    started(learner, path)
    _complete(learner, independent)
    certificate = services.certificate_issue(user_id=learner.pk, level_id=independent.pk)
    with pytest.raises(CertificationError):  # not yet within 90 days of expiry
        services.certificate_renew(user=learner, certificate_id=certificate.pk)
    old_expiry = timezone.localdate() + timedelta(days=40)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=old_expiry)
    with pytest.raises(CertificationError):  # no sessions in the period yet
        services.certificate_renew(user=learner, certificate_id=certificate.pk)
    sessions(learner, 4, when=timezone.now())
    renewed = services.certificate_renew(user=learner, certificate_id=certificate.pk)
    assert renewed.expires_on == old_expiry + independent.validity
    assert renewed.period_start == timezone.localdate()
    assert Certificate.objects.filter(user=learner).count() == 1


def test_someone_else_cannot_renew_my_certificate(certificate, other_learner):
    with pytest.raises(CertificationError):
        services.certificate_renew(user=other_learner, certificate_id=certificate.pk)
