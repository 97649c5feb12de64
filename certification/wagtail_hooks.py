from wagtail.snippets.models import register_snippet

from .viewsets import CertificationViewSetGroup

register_snippet(CertificationViewSetGroup)
