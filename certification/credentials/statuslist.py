"""Bitstring Status List (W3C): the bits, their encoding, and the entry in a credential."""

import base64
import gzip

from ..models.credentials import STATUS_LIST_BITS
from .contexts import VC_V2

PURPOSE = "revocation"


def empty() -> bytes:
    return bytes(STATUS_LIST_BITS // 8)


def with_bit(bits: bytes, index: int) -> bytes:
    """Index 0 is the left-most bit of the first byte, as the specification orders them."""
    data = bytearray(bits)
    data[index // 8] |= 0x80 >> (index % 8)
    return bytes(data)


def bit_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def encode(bits: bytes) -> str:
    """Multibase base64url (prefix ``u``, no padding) of the GZIP-compressed bits."""
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).decode().rstrip("=")


def decode(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("the status list is not base64url multibase")
    text = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def entry(list_url: str, index: int) -> dict:
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": PURPOSE,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def list_credential(*, list_url: str, issuer: str, bits: bytes, valid_from: str) -> dict:
    """The unsigned BitstringStatusListCredential; ``proofs.sign`` adds the proof."""
    return {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": valid_from,
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": PURPOSE,
            "encodedList": encode(bits),
        },
    }
