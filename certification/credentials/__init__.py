"""Signed Open Badges 3.0 credentials (W3C Verifiable Credentials 2.0).

``keys`` holds each provider's Ed25519 keys (encrypted at rest), ``did`` its ``did:web``
document, ``proofs`` the Data Integrity proof (cryptosuite ``eddsa-rdfc-2022``),
``statuslist`` the Bitstring Status List, ``documents`` the credentials themselves,
``services`` the writes and ``verification`` the check of a credential anyone sends us.

These modules import ``cryptography`` and ``pyld``: views load them when a credential is
signed or checked, not when the URLconf is read (README, "Performance": worker memory).
"""
