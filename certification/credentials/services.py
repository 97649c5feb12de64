"""Writes: issuer keys, status lists and the signed credentials of certificates."""

import secrets
from datetime import datetime, time

from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import Certificate, IssuedCredential, IssuerKey, StatusList
from ..models.credentials import STATUS_LIST_BITS
from . import did, documents, keys, proofs, statuslist


def _key_create(provider) -> IssuerKey:
    public, encrypted = keys.generate()
    return IssuerKey.objects.create(
        provider=provider, public_key_multibase=public, private_key_encrypted=encrypted
    )


def issuer_key_current(*, provider) -> IssuerKey:
    """The provider's signing key, created on first use."""
    key = IssuerKey.objects.filter(provider=provider, retired_at=None).first()
    if key is not None:
        return key
    try:
        with transaction.atomic():
            return _key_create(provider)
    except IntegrityError:  # another transaction created it first
        return IssuerKey.objects.get(provider=provider, retired_at=None)


@transaction.atomic
def issuer_key_rotate(*, provider) -> IssuerKey:
    """A new signing key; the old one is retired but stays in the DID document."""
    IssuerKey.objects.select_for_update().filter(provider=provider, retired_at=None).update(
        retired_at=timezone.now()
    )
    return _key_create(provider)


def _sign(document: dict, key: IssuerKey) -> dict:
    method = did.method_id(key.provider, key.public_key_multibase)
    return proofs.sign(document, method_id=method, encrypted_key=key.private_key_encrypted)


def _status_list_locked(provider) -> StatusList:
    try:
        with transaction.atomic():
            StatusList.objects.get_or_create(
                provider=provider, defaults={"bits": statuslist.empty()}
            )
    except IntegrityError:  # created meanwhile by another transaction
        pass
    return StatusList.objects.select_for_update().select_related("provider").get(provider=provider)


def _status_list_sign(status_list: StatusList) -> None:
    provider = status_list.provider
    now = timezone.now()
    document = statuslist.list_credential(
        list_url=documents.status_list_url(provider),
        issuer=did.provider_did(provider),
        bits=bytes(status_list.bits),
        valid_from=documents.timestamp(now),
    )
    status_list.document = _sign(document, issuer_key_current(provider=provider))
    status_list.updated_at = now
    status_list.save(update_fields=["bits", "document", "updated_at"])


def _free_index(status_list: StatusList) -> int:
    """A random unused index, so an index tells nothing about when or to whom it was issued."""
    used = set(
        IssuedCredential.objects.filter(status_list=status_list).values_list(
            "status_index", flat=True
        )
    )
    if len(used) >= STATUS_LIST_BITS:
        raise RuntimeError(f"The status list of {status_list.provider} is full.")
    while (index := secrets.randbelow(STATUS_LIST_BITS)) in used:
        pass
    return index


def _period(certificate: Certificate) -> tuple[datetime, datetime]:
    start = certificate.renewed_at or certificate.issued_at
    end = datetime.combine(certificate.expires_on, time(23, 59, 59))
    return start, timezone.make_aware(end)


@transaction.atomic
def credential_issue(*, certificate: Certificate) -> IssuedCredential:
    """Sign a credential for the certificate's current validity period (a renewal is a new
    period, so a new credential; the previous one keeps its own end date and expires)."""
    provider = certificate.level.path.provider
    status_list = _status_list_locked(provider)
    valid_from, valid_until = _period(certificate)
    credential = IssuedCredential.objects.create(
        certificate=certificate,
        status_list=status_list,
        status_index=_free_index(status_list),
        key=issuer_key_current(provider=provider),
        valid_from=valid_from,
        valid_until=valid_until,
    )
    credential.certificate = certificate
    credential.document = _sign(documents.open_badge(credential), credential.key)
    credential.save(update_fields=["document"])
    revoked = certificate.status == Certificate.Status.REVOKED
    if revoked:
        status_list.bits = statuslist.with_bit(bytes(status_list.bits), credential.status_index)
    if revoked or status_list.document is None:
        _status_list_sign(status_list)
    return credential


@transaction.atomic
def credential_current(*, certificate_id: int) -> IssuedCredential | None:
    """The signed credential of the certificate's current period, issued now if there is none
    yet (a certificate from before signing, or one whose holder's name was removed)."""
    certificate = (
        Certificate.objects.select_for_update()
        .select_related("user", "level__path__provider")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None:
        return None
    _start, valid_until = _period(certificate)
    credential = (
        IssuedCredential.objects.filter(
            certificate=certificate, valid_until=valid_until, document__isnull=False
        )
        .order_by("-issued_at", "-pk")
        .first()
    )
    return credential or credential_issue(certificate=certificate)


@transaction.atomic
def credentials_revoke(*, certificate: Certificate) -> int:
    """Set the status bit of every credential of a revoked certificate; sign the list again."""
    status_list = _status_list_locked(certificate.level.path.provider)
    indexes = list(
        IssuedCredential.objects.filter(certificate=certificate).values_list(
            "status_index", flat=True
        )
    )
    bits = bytes(status_list.bits)
    for index in indexes:
        bits = statuslist.with_bit(bits, index)
    status_list.bits = bits
    _status_list_sign(status_list)
    return len(indexes)


def credentials_forget_name(*, certificate: Certificate) -> None:
    """Drop the stored documents that carry the holder's name; the indexes stay revocable."""
    IssuedCredential.objects.filter(certificate=certificate).update(document=None)
