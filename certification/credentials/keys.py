"""Ed25519 key pairs, their Multikey encoding, and the encryption of private keys at rest."""

from cryptography.exceptions import InvalidSignature
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SETTING = "INTERVISOR_CREDENTIAL_KEY"
# Multicodec prefix of an Ed25519 public key (0xed, as a varint), as Multikey requires.
ED25519_PUB = b"\xed\x01"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class KeyDecryptionError(ImproperlyConfigured):
    """The configured key does not open a stored private key (a changed or wrong key)."""


def base58btc_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = BASE58[rest] + out
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + out


def base58btc_decode(text: str) -> bytes:
    number = 0
    for char in text:
        if char not in BASE58:
            raise ValueError("not base58btc")
        number = number * 58 + BASE58.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + body


def public_multibase(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return "z" + base58btc_encode(ED25519_PUB + raw)


def public_key_from_multibase(value: str) -> Ed25519PublicKey:
    if not value.startswith("z"):
        raise ValueError("not a base58btc multibase value")
    data = base58btc_decode(value[1:])
    if not data.startswith(ED25519_PUB) or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey")
    return Ed25519PublicKey.from_public_bytes(data[2:])


def _fernet() -> Fernet:
    key = getattr(settings, SETTING, None)
    if not key:
        raise ImproperlyConfigured(f"Environment variable {SETTING} is required but not set.")
    try:
        return Fernet(key)
    except ValueError:
        raise ImproperlyConfigured(
            f"Environment variable {SETTING} must be 32 url-safe base64-encoded bytes "
            "(python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key())')."
        ) from None


def generate() -> tuple[str, bytes]:
    """A new key pair: the public Multikey and the encrypted private key."""
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return public_multibase(private.public_key()), _fernet().encrypt(raw)


def private_key(encrypted: bytes) -> Ed25519PrivateKey:
    try:
        raw = _fernet().decrypt(bytes(encrypted))
    except InvalidToken:
        raise KeyDecryptionError(
            f"Environment variable {SETTING} does not decrypt the stored issuer keys: "
            "it is not the key they were encrypted with."
        ) from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def sign(encrypted: bytes, data: bytes) -> bytes:
    return private_key(encrypted).sign(data)


def signature_valid(public_multibase_value: str, signature: bytes, data: bytes) -> bool:
    try:
        public_key_from_multibase(public_multibase_value).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
