"""System checks: the credential key must open the issuer keys already stored.

A malformed or missing INTERVISOR_CREDENTIAL_KEY already stops the start (settings); a
well-formed but different key is found here, when ``migrate`` or ``check --database default``
runs on deploy, before a certificate fails to be signed. Retired keys never sign again, so
only the current ones must open.
"""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from .credentials import keys
from .models import IssuerKey


@register(Tags.security, Tags.database)
def credential_key_opens_issuer_keys(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []
    errors = []
    for alias in databases:
        try:
            current = IssuerKey.objects.using(alias).filter(retired_at=None)
            stored = current.only("private_key_encrypted").first()
        except DatabaseError:  # not migrated yet: nothing stored to open
            continue
        if stored is None:
            continue
        try:
            keys.private_key(stored.private_key_encrypted)
        except keys.KeyDecryptionError as exc:
            errors.append(Error(str(exc), id="certification.E001"))
    return errors
