"""Reads: DID documents, status lists and which provider a DID names."""

from django.db.models import F

from intervisor.providers.models import Provider

from ..models import IssuerKey, StatusList
from . import did


def did_document_for(*, provider) -> dict:
    keys = IssuerKey.objects.filter(provider=provider).order_by(
        F("retired_at").desc(nulls_first=True), "-created_at"
    )
    return did.did_document(provider, keys)


def status_list_document(*, provider) -> dict | None:
    return StatusList.objects.filter(provider=provider).values_list("document", flat=True).first()


def provider_for_did(value: str) -> Provider | None:
    """The provider a did:web of this site names; None for anything else."""
    if not isinstance(value, str):
        return None
    prefix = did.provider_did(Provider(slug="")).rstrip(":") + ":"
    if not value.startswith(prefix):
        return None
    return Provider.objects.filter(slug=value.removeprefix(prefix)).first()


def public_keys(*, provider) -> dict[str, str]:
    """Every key the provider signed with: ``{verification method id: public Multikey}``."""
    return {
        did.method_id(provider, value): value
        for value in IssuerKey.objects.filter(provider=provider).values_list(
            "public_key_multibase", flat=True
        )
    }
