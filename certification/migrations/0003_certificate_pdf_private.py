"""Certificate PDFs move from the public media folder to the private storage, renamed at
random: `certificates/IV-YYYY-NNNNNN.pdf` under MEDIA_ROOT was guessable and web-served."""

from django.core.files.storage import storages
from django.db import migrations, models

import certification.models.certificates
import intervisor.private_files


def move_to_private(apps, schema_editor):
    Certificate = apps.get_model("certification", "Certificate")
    public, private = storages["default"], storages["private"]
    for certificate in Certificate.objects.exclude(pdf="").only("pk", "pdf").iterator():
        old = certificate.pdf.name
        if not public.exists(old):
            continue  # already moved, or lost: the delivery task renders it again
        with public.open(old, "rb") as handle:
            new = private.save(intervisor.private_files.random_name("certificates", old), handle)
        Certificate.objects.filter(pk=certificate.pk).update(pdf=new)
        public.delete(old)


class Migration(migrations.Migration):
    dependencies = [
        ("certification", "0002_certificate_holder_name"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=intervisor.private_files.private_storage,
                upload_to=certification.models.certificates.pdf_upload_to,
            ),
        ),
        migrations.RunPython(move_to_private, migrations.RunPython.noop, elidable=True),
    ]
