"""What a certificate looks like outside the site: the PDF, its QR code and the OB 3.0 JSON."""

import base64
import io
from datetime import datetime, time

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Certificate

OB_CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]


def absolute_url(name: str, *args) -> str:
    # Public links are Dutch (no language prefix) so a printed QR code never changes.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse(name, args=args)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def verification_url(certificate: Certificate) -> str:
    return absolute_url("certification:verify", certificate.number)


def qr_data_uri(url: str) -> str:
    import qrcode  # only when a certificate is drawn, not in every web worker

    image = qrcode.make(url, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def certificate_pdf_bytes(certificate: Certificate) -> bytes:
    from weasyprint import HTML

    url = verification_url(certificate)
    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string(
            "certification/certificate_pdf.html",
            {
                "certificate": certificate,
                "holder": certificate.holder,
                "level": certificate.level,
                "provider": certificate.level.path.provider,
                "verify_url": url,
                "qr": qr_data_uri(url),
            },
        )
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def provider_profile(provider) -> dict:
    profile = {
        "id": absolute_url("certification:issuer", provider.slug),
        "type": ["Profile"],
        "name": provider.name,
    }
    if provider.website:
        profile["url"] = provider.website
    if provider.contact_email:
        profile["email"] = provider.contact_email
    return profile


def achievement_document(level) -> dict:
    return {
        "id": absolute_url("certification:achievement", level.pk),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": level.name,
        "description": level.description or level.path.intro or level.name,
        "criteria": {"narrative": _criteria(level)},
        "creator": provider_profile(level.path.provider),
    }


def open_badge(certificate: Certificate) -> dict:
    """An Open Badges 3.0 credential, unsigned: verification is the public page it links to."""
    level = certificate.level
    provider = level.path.provider
    badge_url = absolute_url("certification:badge", certificate.number)
    revoked = certificate.current_status == Certificate.Status.REVOKED
    credential = {
        "@context": OB_CONTEXT,
        "id": badge_url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{level.path.name}: {level.name}",
        "issuer": provider_profile(provider),
        "validFrom": certificate.issued_at.isoformat(),
        "validUntil": _end_of_day(certificate.expires_on).isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            **({"name": certificate.holder} if certificate.holder else {}),
            "achievement": achievement_document(level),
        },
        "credentialStatus": {
            "id": absolute_url("certification:revocations", provider.slug),
            "type": "1EdTechRevocationList",
        },
        "evidence": [{"id": verification_url(certificate), "type": ["Evidence"]}],
    }
    if revoked:
        # Not part of the OB context; the revocation list above is the standard signal.
        credential["credentialStatus"]["revoked"] = True
    return credential


def _end_of_day(day) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=timezone.get_current_timezone())


def _criteria(level) -> str:
    lines = [
        f"- {r.display_title}" + (f" ({r.count})" if r.counted else "")
        for r in level.requirements.all()
        if not r.for_renewal
    ]
    return "\n".join(lines)


def revocation_list(provider, certificates) -> dict:
    return {
        "@context": OB_CONTEXT,
        "id": absolute_url("certification:revocations", provider.slug),
        "issuer": absolute_url("certification:issuer", provider.slug),
        "revokedCredentials": [
            {
                "id": absolute_url("certification:badge", c.number),
                "revoked": True,
                "revocationReason": c.revoked_reason,
                "revokedAt": c.revoked_at.isoformat() if c.revoked_at else None,
            }
            for c in certificates
        ],
    }
