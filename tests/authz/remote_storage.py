"""A storage like S3's: every file has a public URL and no local path."""

import os

from django.core.files import File
from django.core.files.storage import FileSystemStorage


class BucketLikeStorage(FileSystemStorage):
    def path(self, name):
        raise NotImplementedError("This storage has no local paths.")

    def _open(self, name, mode="rb"):
        return File(open(os.path.join(self.location, name), mode))

    def size(self, name):
        return os.path.getsize(os.path.join(self.location, name))

    def url(self, name):
        return f"https://bucket.example.test/{name}"
