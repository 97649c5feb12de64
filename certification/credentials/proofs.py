"""Data Integrity proofs with the cryptosuite eddsa-rdfc-2022 (W3C VC-DI-EdDSA, section 3.3).

Both the proof options and the document without its proof are canonicalised (RDFC-1.0,
the algorithm pyld calls URDNA2015), each hashed with SHA-256; the signature is Ed25519 over
the proof options' hash followed by the document's hash, encoded base58btc ("z...").
"""

import hashlib
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _
from pyld import jsonld

from . import contexts, keys

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"


class ProofError(ValueError):
    """Why a proof does not verify, in words for the check page."""


def canonical(document: dict) -> bytes:
    try:
        nquads = jsonld.normalize(
            document,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": contexts.document_loader,
            },
        )
    except jsonld.JsonLdError as exc:
        raise ProofError(
            _("the document is not valid JSON-LD (%(cause)s)") % {"cause": _cause(exc)}
        ) from None
    return nquads.encode()


def _cause(exc: Exception) -> str:
    while getattr(exc, "cause", None) is not None:
        exc = exc.cause
    return getattr(exc, "type", None) or exc.__class__.__name__


def _hash_data(document: dict, options: dict) -> bytes:
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    config = {**options, "@context": document.get("@context")}
    return hashlib.sha256(canonical(config)).digest() + hashlib.sha256(canonical(unsigned)).digest()


def sign(document: dict, *, method_id: str, encrypted_key: bytes) -> dict:
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": timezone.now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "verificationMethod": method_id,
        "proofPurpose": "assertionMethod",
    }
    signature = keys.sign(encrypted_key, _hash_data(document, options))
    return {**document, "proof": {**options, "proofValue": "z" + keys.base58btc_encode(signature)}}


@dataclass(frozen=True)
class CheckedProof:
    method_id: str


def verify(document: dict, *, public_keys: dict[str, str]) -> CheckedProof:
    """Check the proof against the given ``{method id: public Multikey}``; ProofError if not."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        raise ProofError(_("the credential carries no proof"))
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError(
            _("the proof is not a %(type)s with cryptosuite %(suite)s")
            % {"type": PROOF_TYPE, "suite": CRYPTOSUITE}
        )
    if proof.get("proofPurpose") != "assertionMethod":
        raise ProofError(_("the proof is not made for assertions"))
    method = proof.get("verificationMethod")
    if method not in public_keys:
        raise ProofError(_("the proof was made with a key this issuer does not list"))
    value = proof.get("proofValue")
    try:
        signature = keys.base58btc_decode(value[1:]) if value.startswith("z") else b""
    except (AttributeError, ValueError):
        signature = b""
    if len(signature) != 64:
        raise ProofError(_("the proof value is not an Ed25519 signature"))
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if not keys.signature_valid(public_keys[method], signature, _hash_data(document, options)):
        raise ProofError(_("the signature does not match the content: it was altered or forged"))
    return CheckedProof(method_id=method)
