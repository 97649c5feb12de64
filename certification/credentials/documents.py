"""The unsigned Open Badges 3.0 credential of one validity period of a certificate."""

from datetime import UTC, datetime

from ..documents import absolute_url, achievement_document, provider_profile, verification_url
from . import contexts, did, statuslist

CREDENTIAL_TYPE = ["VerifiableCredential", "OpenBadgeCredential"]


def timestamp(moment: datetime) -> str:
    """XML Schema dateTime in UTC, to the second, as verifiers compare them."""
    utc = moment.astimezone(UTC).replace(microsecond=0)
    return utc.isoformat().replace("+00:00", "Z")


def status_list_url(provider) -> str:
    return absolute_url("certification:status_list", provider.slug)


def issuer_profile(provider) -> dict:
    return {**provider_profile(provider), "id": did.provider_did(provider)}


def open_badge(credential) -> dict:
    """``credential`` is an IssuedCredential with its certificate, level, path and provider."""
    certificate = credential.certificate
    level = certificate.level
    provider = level.path.provider
    subject = {"type": ["AchievementSubject"]}
    if certificate.holder:
        subject["name"] = certificate.holder
    subject["achievement"] = {**achievement_document(level), "creator": issuer_profile(provider)}
    badge_url = absolute_url("certification:badge", certificate.number)
    return {
        "@context": [contexts.VC_V2, contexts.OB_V3],
        "id": f"{badge_url}#{credential.pk}",
        "type": CREDENTIAL_TYPE,
        "name": f"{level.path.name}: {level.name}",
        "issuer": issuer_profile(provider),
        "validFrom": timestamp(credential.valid_from),
        "validUntil": timestamp(credential.valid_until),
        "credentialSubject": subject,
        "credentialStatus": statuslist.entry(status_list_url(provider), credential.status_index),
        "evidence": [{"id": verification_url(certificate), "type": ["Evidence"]}],
    }
