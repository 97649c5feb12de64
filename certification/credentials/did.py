"""did:web identifiers of providers and their DID documents.

``did:web:<host>:aanbieders:<slug>`` resolves to ``https://<host>/aanbieders/<slug>/did.json``
(the port, if any, percent-encoded as ``%3A``), which ``views.public.did_document`` serves.
The host is the one in ``WAGTAILADMIN_BASE_URL``.
"""

from urllib.parse import quote, urlsplit

from django.conf import settings

from . import contexts

DID_PATH = ("aanbieders",)


def provider_did(provider) -> str:
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    return ":".join(["did:web", quote(host, safe=""), *DID_PATH, provider.slug])


def method_id(provider, public_key_multibase: str) -> str:
    return f"{provider_did(provider)}#{public_key_multibase}"


def did_document(provider, keys) -> dict:
    """Every key the provider ever signed with, current first: old credentials keep verifying."""
    did = provider_did(provider)
    methods = [
        {
            "id": method_id(provider, key.public_key_multibase),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": key.public_key_multibase,
        }
        for key in keys
    ]
    return {
        "@context": [contexts.DID_V1, contexts.MULTIKEY_V1],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [m["id"] for m in methods],
    }
