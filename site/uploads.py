"""Upload size limits.

Each kind of upload has its own limit with a clear form error: images through Wagtail's
WAGTAILIMAGES_MAX_UPLOAD_SIZE, documents through `DocumentForm` below, H5P packages through
H5P_MAX_UPLOAD_BYTES. `RequestSizeLimitMiddleware` is the safety net above all of them: a
request body larger than INTERVISOR_MAX_REQUEST_BYTES is refused before Django reads it, so an
oversized upload never fills the disk with temporary files.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm


def _megabytes(size: int) -> str:
    return f"{size / 2**20:g}"


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        limit = settings.INTERVISOR_MAX_DOCUMENT_BYTES
        if upload and getattr(upload, "size", 0) > limit:
            raise ValidationError(
                _("This file is too large: at most %(mb)s MB.") % {"mb": _megabytes(limit)}
            )
        return upload


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.INTERVISOR_MAX_REQUEST_BYTES
        if length > limit:
            message = _("This upload is too large: at most %(mb)s MB.") % {"mb": _megabytes(limit)}
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
