"""Turn what certification, practice and workshops report into notifications.

Each receiver passes a `key` naming its source object, so a signal delivered twice notifies
once. Titles are lazy: `notify` renders them in the recipient's language, and links are
callables so they are reversed under the recipient's language prefix.
"""

from functools import partial

from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from certification import signals as certification_signals
from courses.workshops import signals as workshop_signals
from intervisor.providers.models import ProviderMembership
from intervisor.replies import signals as reply_signals
from practice import signals as practice_signals

from . import kinds
from .services import notify


def _url(name: str, *args) -> partial:
    return partial(reverse, name, args=args)


def on_intake_submitted(sender, *, intake, **kwargs):
    if intake.trainer is None:
        return
    notify(
        recipient=intake.trainer,
        kind=kinds.INTAKE_SUBMITTED,
        title=format_lazy(_("{name} sent you an intake to confirm"), name=intake.user.display_name),
        body=_("Read the learning goals and confirm them, or reply with a question."),
        link=_url("certification:trainer_intake", intake.pk),
        key=f"intake:{intake.pk}:{intake.submitted_at:%Y%m%d%H%M%S}",
        actor=intake.user,
    )


def on_intake_confirmed(sender, *, intake, trainer, **kwargs):
    notify(
        recipient=intake.user,
        kind=kinds.INTAKE_CONFIRMED,
        title=format_lazy(_("{name} confirmed your intake"), name=trainer.display_name),
        body=_("Your learning goals are agreed. You can work on them now."),
        link=_url("certification:intake", intake.path_id),
        key=f"intake:{intake.pk}",
        actor=trainer,
    )


def on_logbook_entry_submitted(sender, *, entry, user, **kwargs):
    if entry.shared_with is None:
        return
    notify(
        recipient=entry.shared_with,
        kind=kinds.LOGBOOK_SHARED,
        title=format_lazy(_("{name} shared a logbook entry with you"), name=user.display_name),
        body=_("Read it and reply when you have a moment."),
        link=_url("practice:logbook_entry", entry.pk),
        key=f"logbook:{entry.pk}:{entry.shared_with_id}",
        actor=user,
    )


def on_observation_recorded(sender, *, observation, learner, trainer, **kwargs):
    notify(
        recipient=learner,
        kind=kinds.OBSERVATION_SAVED,
        title=format_lazy(
            _("{name} wrote an observation of your session"), name=trainer.display_name
        ),
        body=_("See the rubric scores and notes with your session."),
        link=_url("practice:session", observation.session_id),
        key=f"observation:{observation.pk}",
        actor=trainer,
    )


def on_assessment_requested(sender, *, assessment, **kwargs):
    provider_id = assessment.level.path.provider_id
    trainers = ProviderMembership.objects.filter(
        provider_id=provider_id, role=ProviderMembership.Role.TRAINER
    ).select_related("user")
    for membership in trainers:
        if membership.user_id == assessment.user_id:
            continue
        notify(
            recipient=membership.user,
            kind=kinds.ASSESSMENT_REQUESTED,
            title=format_lazy(
                _("{name} asks for the assessment of {level}"),
                name=assessment.user.display_name,
                level=assessment.level.name,
            ),
            link=_url("certification:trainer_assessment", assessment.pk),
            key=f"assessment:{assessment.pk}",
            actor=assessment.user,
        )


def on_assessment_decided(sender, *, assessment, assessor, **kwargs):
    passed = assessment.status == assessment.Status.PASSED
    notify(
        recipient=assessment.user,
        kind=kinds.ASSESSMENT_DECIDED,
        title=format_lazy(
            _("You passed the assessment of {level}")
            if passed
            else _("Your assessment of {level}: not yet"),
            level=assessment.level.name,
        ),
        body=assessment.feedback,
        link=_url("certification:path", assessment.level.path_id),
        key=f"assessment:{assessment.pk}",
        actor=assessor,
    )


def on_certificate_issued(sender, *, certificate, **kwargs):
    # certification e-mails the certificate with its PDF itself.
    notify(
        recipient=certificate.user,
        kind=kinds.CERTIFICATE_ISSUED,
        title=format_lazy(_("Your certificate {number} is issued"), number=certificate.number),
        link=_url("certification:path", certificate.level.path_id),
        key=f"certificate:{certificate.pk}",
        email=False,
    )


def on_certificate_expiring(sender, *, certificate, days_left, **kwargs):
    # certification sends the reminder e-mail itself.
    notify(
        recipient=certificate.user,
        kind=kinds.CERTIFICATE_EXPIRING,
        title=format_lazy(
            _("Your certificate {number} expires on {date}"),
            number=certificate.number,
            date=certificate.expires_on.strftime("%d-%m-%Y"),
        ),
        body=_("Renew it from your certification page."),
        link=_url("certification:path", certificate.level.path_id),
        key=f"certificate:{certificate.pk}:{days_left // 30}",
        email=False,
    )


BOOKING_TITLES = {
    kinds.BOOKING_REQUESTED: _("Workshop on {date} requested by {organisation}"),
    kinds.BOOKING_CONFIRMED: _("Workshop on {date} for {organisation} is confirmed"),
    kinds.BOOKING_CANCELLED: _("Workshop on {date} for {organisation} is cancelled"),
}


def _booking_notify(booking, kind: str, *, skip=None, actor=None):
    """The team lead (who gets the workshop's own e-mail) and the trainer of the date."""
    title = format_lazy(
        BOOKING_TITLES[kind],
        date=booking.workshop_date.date.strftime("%d-%m-%Y"),
        organisation=booking.organisation.name,
    )
    for recipient, email, link in (
        (booking.booked_by, False, _url("workshops:booking_detail", booking.pk)),
        (booking.workshop_date.trainer, True, _url("workshops:booking_list")),
    ):
        if recipient is None or recipient == skip:
            continue
        notify(
            recipient=recipient,
            kind=kind,
            title=title,
            link=link,
            key=f"booking:{booking.pk}",
            email=email,
            actor=actor,
        )


def on_booking_requested(sender, *, booking, **kwargs):
    _booking_notify(booking, kinds.BOOKING_REQUESTED, actor=booking.booked_by)


def on_booking_confirmed(sender, *, booking, **kwargs):
    _booking_notify(booking, kinds.BOOKING_CONFIRMED)


def on_booking_cancelled(sender, *, booking, by=None, **kwargs):
    _booking_notify(booking, kinds.BOOKING_CANCELLED, skip=by, actor=by)


def on_reply_added(sender, *, reply, recipients, **kwargs):
    for recipient, link in recipients:
        notify(
            recipient=recipient,
            kind=kinds.LOGBOOK_ANSWERED,
            title=format_lazy(_("{name} replied"), name=reply.author.display_name),
            body=reply.text[:500],
            link=link,
            key=f"reply:{reply.pk}",
            actor=reply.author,
        )


def connect() -> None:
    pairs = (
        (certification_signals.intake_submitted, on_intake_submitted),
        (certification_signals.intake_confirmed, on_intake_confirmed),
        (certification_signals.assessment_requested, on_assessment_requested),
        (certification_signals.assessment_decided, on_assessment_decided),
        (certification_signals.certificate_issued, on_certificate_issued),
        (certification_signals.certificate_expiring, on_certificate_expiring),
        (practice_signals.logbook_entry_submitted, on_logbook_entry_submitted),
        (practice_signals.observation_recorded, on_observation_recorded),
        (workshop_signals.booking_requested, on_booking_requested),
        (workshop_signals.booking_confirmed, on_booking_confirmed),
        (workshop_signals.booking_cancelled, on_booking_cancelled),
        (reply_signals.reply_added, on_reply_added),
    )
    for signal, receiver in pairs:
        signal.connect(receiver, dispatch_uid=f"notifications.{receiver.__name__}")
