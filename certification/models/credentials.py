"""Signed Open Badges 3.0 credentials: each provider's keys, its status list, what was issued."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# 131,072 bits: the minimum size of a Bitstring Status List, so a holder hides in the crowd.
STATUS_LIST_BITS = 131_072


class IssuerKey(models.Model):
    """An Ed25519 key pair of a provider. Retired keys stay in its DID document, so the
    credentials they signed keep verifying; only the current key signs."""

    provider = models.ForeignKey(
        "providers.Provider", on_delete=models.PROTECT, related_name="issuer_keys"
    )
    # Multikey encoding of the public key (z6Mk...), also the fragment of its method id.
    public_key_multibase = models.CharField(max_length=64, unique=True)
    # Fernet token of the raw private key, under INTERVISOR_CREDENTIAL_KEY; never stored in clear.
    private_key_encrypted = models.BinaryField()
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["provider", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider"], condition=Q(retired_at=None), name="one_current_issuer_key"
            )
        ]
        verbose_name = _("issuer key")
        verbose_name_plural = _("issuer keys")

    def __str__(self):
        return f"{self.provider}: {self.public_key_multibase[:16]}…"


class StatusList(models.Model):
    """A provider's revocation list: bit n set means the credential with index n is revoked."""

    provider = models.OneToOneField(
        "providers.Provider", on_delete=models.PROTECT, related_name="status_list"
    )
    bits = models.BinaryField()
    # The signed BitstringStatusListCredential, signed again whenever a bit changes.
    document = models.JSONField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("status list")
        verbose_name_plural = _("status lists")

    def __str__(self):
        return str(self.provider)


class IssuedCredential(models.Model):
    """One signed credential for one validity period of a certificate; a renewal adds one."""

    certificate = models.ForeignKey(
        "certification.Certificate", on_delete=models.CASCADE, related_name="credentials"
    )
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="+")
    status_index = models.PositiveIntegerField()
    key = models.ForeignKey(IssuerKey, on_delete=models.PROTECT, related_name="+")
    valid_from = models.DateTimeField()
    valid_until = models.DateTimeField()
    # Emptied when the holder's name is removed (README, "Privacy"); a new one is signed then.
    document = models.JSONField(null=True, blank=True)
    issued_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_credential_per_status_index"
            )
        ]
        verbose_name = _("issued credential")
        verbose_name_plural = _("issued credentials")

    def __str__(self):
        return f"{self.certificate} ({self.valid_from:%Y-%m-%d})"
