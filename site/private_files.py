"""Files that are never served by the web server: certificate PDFs and anything personal.

They live in the `private` storage (settings.STORAGES): a folder outside MEDIA_ROOT, or a
private prefix of the S3 bucket with a private ACL. Nothing in it has a public URL; a view
that checks who asks hands a file out (`certification.views.learner.certificate_pdf`).
Names are random, so knowing a certificate number tells nothing about where its PDF is.
"""

import secrets
from pathlib import PurePosixPath

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    """A folder the web server does not serve: asking for a URL is a programming error."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage():
    """Callable for FileField(storage=...): resolved at run time, so settings decide."""
    return storages["private"]


def random_name(folder: str, filename: str) -> str:
    """`folder/<32 random hex>.<ext>`: the original name never reaches the storage path."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"{folder}/{secrets.token_hex(16)}{suffix}"
