from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from intervisor.accounts.models import User
from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue, enqueue_on_commit

from ..exceptions import BookingError
from ..models import WorkshopBooking, WorkshopParticipant
from ..permissions import can_record_attendance
from ..signals import workshop_attendance_recorded
from .accounts import user_for_email
from .enrolment import preparatory_enrol

Status = WorkshopBooking.Status


def _clean_emails(emails) -> list[str]:
    cleaned = []
    for raw in emails:
        email = raw.strip().lower()
        if not email:
            continue
        try:
            validate_email(email)
        except ValidationError:
            raise BookingError(
                _("“%(email)s” is not a valid e-mail address.") % {"email": raw}
            ) from None
        if email not in cleaned:
            cleaned.append(email)
    return cleaned


@transaction.atomic
def participants_add(*, booking: WorkshopBooking, emails) -> list[WorkshopParticipant]:
    """Name participants now or later; once confirmed, each new one is invited at once."""
    # The lock serialises two additions, so together they cannot pass the maximum.
    booking = (
        WorkshopBooking.objects.select_for_update(of=("self",))
        .select_related("workshop_date__page")
        .get(pk=booking.pk)
    )
    if booking.status not in (Status.REQUESTED, Status.CONFIRMED):
        raise BookingError(_("Participants can no longer be changed for this booking."))
    emails = _clean_emails(emails)
    known = set(booking.participants.values_list("email", flat=True))
    new = [e for e in emails if e not in known]
    limit = booking.workshop_date.page.max_participants
    if len(known) + len(new) > limit:
        raise BookingError(
            _("At most %(max)s participants can take part in this workshop.") % {"max": limit}
        )
    created = [WorkshopParticipant.objects.create(booking=booking, email=e) for e in new]
    if booking.status == Status.CONFIRMED:
        for participant in created:
            _invite_queue(participant)
    return created


def participants_invite_all(*, booking: WorkshopBooking) -> None:
    for participant in booking.participants.filter(invited_at__isnull=True):
        _invite_queue(participant)


INVITE_TASK = "courses.workshops.tasks.send_participant_invite"


def _invite_queue(participant: WorkshopParticipant) -> None:
    enqueue_on_commit(INVITE_TASK, participant.pk)


def uninvited_participants_requeue(*, now=None) -> int:
    """Queue again the invitations of confirmed bookings that never went out."""

    now = now or timezone.now()
    ids = WorkshopParticipant.objects.filter(
        invited_at__isnull=True,
        booking__status=Status.CONFIRMED,
        booking__confirmed_at__lt=now - SWEEP_AFTER,
        booking__confirmed_at__gte=now - SWEEP_GIVE_UP,
    ).values_list("pk", flat=True)
    return sum(enqueue(INVITE_TASK, pk) for pk in ids)


def _set_password_url(user: User) -> str:
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL + path


def participant_invite_send(*, participant_id: int) -> bool:
    """Invite one participant at most once: make the account if needed and mail the link."""
    with transaction.atomic():
        participant = (
            WorkshopParticipant.objects.select_for_update(of=("self",))
            .select_related("booking__workshop_date__page", "booking__organisation")
            .filter(pk=participant_id)
            .first()
        )
        if participant is None or participant.invited_at is not None:
            return False
        if participant.booking.status != Status.CONFIRMED:
            return False
        user, created = user_for_email(participant.email)
        with translation.override(user.preferred_language):
            context = {
                "participant": participant,
                "booking": participant.booking,
                "page": participant.booking.workshop_date.page,
                "user": user,
                "set_password_url": _set_password_url(user)
                if not user.has_usable_password()
                else "",
                "login_url": settings.WAGTAILADMIN_BASE_URL + reverse("account_login"),
            }
            body = render_to_string("workshops/email/invitation.txt", context)
            subject = _("Invitation: %(title)s") % {"title": context["page"].title}
            send_mail(subject, body, None, [user.email])
        participant.user = user
        participant.invited_at = timezone.now()
        participant.save(update_fields=["user", "invited_at"])
        preparatory_enrol(participant=participant)
    return True


@transaction.atomic
def attendance_record(
    *, booking: WorkshopBooking, by, attendance: dict[int, bool]
) -> list[WorkshopParticipant]:
    """Record who attended; certification hears of each after the transaction commits."""
    if not can_record_attendance(user=by, booking=booking):
        raise PermissionDenied
    booking = WorkshopBooking.objects.select_for_update().get(pk=booking.pk)
    if refusal := booking.attendance_refusal():
        raise BookingError(str(refusal))
    participants = list(booking.participants.select_for_update().filter(pk__in=attendance))
    now = timezone.now()
    for participant in participants:
        if participant.user_id is None:
            participant.user, _created = user_for_email(participant.email)
        participant.attended = attendance[participant.pk]
        participant.attendance_recorded_at = now
        participant.save(update_fields=["user", "attended", "attendance_recorded_at"])
        transaction.on_commit(
            lambda p=participant: workshop_attendance_recorded.send(
                sender=WorkshopBooking, booking=booking, participant=p.user, attended=p.attended
            )
        )
    return participants
