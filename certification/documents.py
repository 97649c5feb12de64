"""What a certificate looks like outside the site: the PDF, its QR code, the parts of its
Open Badges 3.0 credential (signed in ``credentials``) and the LinkedIn link."""

import base64
import io
from urllib.parse import urlencode

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

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


def _criteria(level) -> str:
    lines = [
        f"- {r.display_title}" + (f" ({r.count})" if r.counted else "")
        for r in level.requirements.all()
        if not r.for_renewal
    ]
    return "\n".join(lines)


LINKEDIN_ADD = "https://www.linkedin.com/profile/add"


def linkedin_add_url(certificate: Certificate) -> str:
    """LinkedIn's "add a licence or certification" form, filled in."""
    level = certificate.level
    issued, expires = certificate.renewed_at or certificate.issued_at, certificate.expires_on
    fields = {
        "startTask": "CERTIFICATION_NAME",
        "name": f"{level.path.name}: {level.name}",
        "organizationName": level.path.provider.name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "expirationYear": expires.year,
        "expirationMonth": expires.month,
        "certUrl": verification_url(certificate),
        "certId": certificate.number,
    }
    return f"{LINKEDIN_ADD}?{urlencode(fields)}"
