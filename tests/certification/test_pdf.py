"""The certificate PDF, rendered with WeasyPrint and rasterised with pdftoppm."""

import shutil
import subprocess

import pytest
from django.conf import settings
from PIL import Image, ImageStat

from tests.factories.certification import issued_certificate

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed")
def test_certificate_pdf_renders_to_a_readable_page(learner, provider, tmp_path):
    certificate = issued_certificate(learner, provider, deliver=True)
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(certificate.pdf.read())

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert certificate.number in text
    assert "Aspirant-begeleider" in text and learner.get_full_name() in text

    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(tmp_path / "p")], check=True
    )
    image = Image.open(tmp_path / "p.png").convert("L")
    assert image.width > image.height  # A4 landscape
    stats = ImageStat.Stat(image)
    assert stats.stddev[0] > 20  # not a blank page: frame, text and QR code
    artifacts = settings.BASE_DIR / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "p.png", artifacts / "certificate-pdf.png")
