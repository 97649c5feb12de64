"""The registry of notification kinds; see the package docstring."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    key: str
    label: str  # lazy translation, shown on the preferences form
    email_default: bool = True


_kinds: dict[str, Kind] = {}


def register(key: str, label, *, email_default: bool = True) -> Kind:
    kind = Kind(key, label, email_default)
    _kinds[key] = kind
    return kind


def get(key: str) -> Kind:
    try:
        return _kinds[key]
    except KeyError:
        raise LookupError(f"Notification kind {key!r} is not registered") from None


def all_kinds() -> list[Kind]:
    return list(_kinds.values())


INTAKE_SUBMITTED = "intake_submitted"
INTAKE_CONFIRMED = "intake_confirmed"
LOGBOOK_SHARED = "logbook_shared"
LOGBOOK_ANSWERED = "logbook_answered"
OBSERVATION_SAVED = "observation_saved"
ASSESSMENT_REQUESTED = "assessment_requested"
ASSESSMENT_DECIDED = "assessment_decided"
CERTIFICATE_ISSUED = "certificate_issued"
CERTIFICATE_EXPIRING = "certificate_expiring"
BOOKING_REQUESTED = "booking_requested"
BOOKING_CONFIRMED = "booking_confirmed"
BOOKING_CANCELLED = "booking_cancelled"


def register_builtin() -> None:
    register(INTAKE_SUBMITTED, _("An intake is sent to you"))
    register(INTAKE_CONFIRMED, _("Your intake is confirmed"))
    register(LOGBOOK_SHARED, _("A logbook entry is shared with you"))
    register(LOGBOOK_ANSWERED, _("A reply to a logbook entry or intake"))
    register(OBSERVATION_SAVED, _("An observation of your session"))
    register(ASSESSMENT_REQUESTED, _("An assessment is requested"))
    register(ASSESSMENT_DECIDED, _("Your assessment is decided"))
    register(CERTIFICATE_ISSUED, _("Your certificate is issued"))
    register(CERTIFICATE_EXPIRING, _("Your certificate expires soon"))
    register(BOOKING_REQUESTED, _("A workshop is booked"))
    register(BOOKING_CONFIRMED, _("A workshop booking is confirmed"))
    register(BOOKING_CANCELLED, _("A workshop booking is cancelled"))
