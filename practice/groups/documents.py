"""The attendance proof as a PDF: who, which group, which meetings, hours; never content."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from .attendance import AttendanceProof, StandardCheck


def attendance_pdf_bytes(*, proof: AttendanceProof, check: StandardCheck | None) -> bytes:
    from weasyprint import HTML  # only when a proof is drawn, not in every web worker

    with translation.override(settings.LANGUAGE_CODE):
        html = render_to_string("groups/attendance_pdf.html", {"proof": proof, "check": check})
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
