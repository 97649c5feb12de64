"""The check of a credential: the one we show on a check page, or one anyone sends us."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import IssuedCredential, StatusList
from . import contexts, proofs, selectors, statuslist
from .documents import CREDENTIAL_TYPE, status_list_url


@dataclass
class Outcome:
    """``state`` is valid, expired, not_yet_valid, revoked or invalid; ``reason`` says why."""

    state: str
    reason: str = ""
    checks: list[str] = field(default_factory=list)
    holder: str = ""
    achievement: str = ""
    issuer: str = ""
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    credential: IssuedCredential | None = None

    @property
    def valid(self) -> bool:
        return self.state == "valid"


class Invalid(Exception):
    pass


def _parse_time(value) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise Invalid(_("its dates are not valid dates")) from None
    if timezone.is_naive(moment):
        raise Invalid(_("its dates have no time zone"))
    return moment


def _shape(document) -> None:
    if not isinstance(document, dict):
        raise Invalid(_("it is not a JSON object"))
    if document.get("@context") != [contexts.VC_V2, contexts.OB_V3]:
        raise Invalid(_("it is not an Open Badges 3.0 credential of this site (its @context)"))
    if document.get("type") != CREDENTIAL_TYPE:
        raise Invalid(_("it is not an OpenBadgeCredential"))


def _issuer(document):
    issuer = document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    provider = selectors.provider_for_did(issuer_id)
    if provider is None:
        raise Invalid(_("its issuer is not a training provider on this site"))
    return provider


def _signature(document, provider) -> None:
    try:
        proofs.verify(document, public_keys=selectors.public_keys(provider=provider))
    except proofs.ProofError as exc:
        raise Invalid(str(exc)) from None


def _revoked(document, provider) -> bool:
    entry = document.get("credentialStatus")
    if not isinstance(entry, dict) or entry.get("type") != "BitstringStatusListEntry":
        raise Invalid(_("it has no status list entry"))
    if entry.get("statusListCredential") != status_list_url(provider):
        raise Invalid(_("its status list is not its issuer's"))
    try:
        index = int(entry.get("statusListIndex"))
    except (TypeError, ValueError):
        index = -1
    bits = StatusList.objects.filter(provider=provider).values_list("bits", flat=True).first()
    if bits is None or not 0 <= index < len(bits) * 8:
        raise Invalid(_("its status list index is unknown"))
    return statuslist.bit_set(bytes(bits), index)


def _summary(document) -> dict:
    subject = document.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {} if isinstance(subject, dict) else {}
    issuer = document.get("issuer")
    return {
        "holder": str(subject.get("name", "")) if isinstance(subject, dict) else "",
        "achievement": str(achievement.get("name", "")) if isinstance(achievement, dict) else "",
        "issuer": str(issuer.get("name", "")) if isinstance(issuer, dict) else "",
    }


def credential_verify(document) -> Outcome:
    """Shape, issuer, signature, dates and status list, in that order; the first failure wins."""
    checks = []
    try:
        _shape(document)
        provider = _issuer(document)
        _signature(document, provider)
        checks.append(
            _("The signature is valid: the content is as %(issuer)s issued it.")
            % {"issuer": provider.name}
        )
        valid_from = _parse_time(document.get("validFrom"))
        valid_until = _parse_time(document.get("validUntil"))
        revoked = _revoked(document, provider)
    except Invalid as exc:
        return Outcome(state="invalid", reason=str(exc), checks=checks)
    outcome = Outcome(
        state="valid",
        checks=checks,
        valid_from=valid_from,
        valid_until=valid_until,
        credential=IssuedCredential.objects.filter(document__id=document.get("id")).first(),
        **_summary(document),
    )
    now = timezone.now()
    if revoked:
        outcome.state, outcome.reason = "revoked", _("the provider has revoked it")
    elif now < valid_from:
        outcome.state, outcome.reason = "not_yet_valid", _("its validity period has not started")
    elif now > valid_until:
        outcome.state, outcome.reason = "expired", _("its validity period has ended")
    else:
        checks.append(_("The status list says it has not been revoked."))
    return outcome
