"""File layout of H5P on the default storage (local disk in development, S3 in production)."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


def put(name: str, data: bytes) -> None:
    """Write a file under exactly this name, replacing an older copy (tasks may run twice)."""
    if default_storage.exists(name):
        default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:
        raise RuntimeError(f"storage stored {name!r} as {saved!r}")


def delete_tree(prefix: str) -> None:
    if not default_storage.exists(prefix):
        return
    folders, files = default_storage.listdir(prefix)
    for file_name in files:
        default_storage.delete(f"{prefix}/{file_name}")
    for folder in folders:
        delete_tree(f"{prefix}/{folder}")
