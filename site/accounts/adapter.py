from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.auth.models import Group
from django.contrib.sites.requests import RequestSite
from django.utils.encoding import force_str
from wagtail.models import Site

from . import roles

DEFAULT_SITE_NAME = "Intervisor"


class AccountAdapter(DefaultAccountAdapter):
    """Every self-registered user starts as a learner; other roles are granted by providers."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            learner = Group.objects.filter(name=roles.LEARNER).first()
            if learner:
                user.groups.add(learner)
        return user

    def mail_site(self, request) -> RequestSite:
        """The site named in allauth's mails. Without django.contrib.sites allauth would name
        the host ("Hallo van 127.0.0.1:8101!"); the Wagtail site's name is the one we keep."""
        site = RequestSite(request)
        wagtail_site = Site.find_for_request(request)
        site.name = (wagtail_site.site_name if wagtail_site else "") or DEFAULT_SITE_NAME
        return site

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        request = allauth_context.request
        if request is not None:
            context = {"current_site": self.mail_site(request), **context}
        super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject: str) -> str:
        request = allauth_context.request
        name = self.mail_site(request).name if request is not None else DEFAULT_SITE_NAME
        return f"[{name}] {force_str(subject)}"
