from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.contrib.auth.models import Group
from django.contrib.sites.requests import RequestSite
from django.utils import translation
from django.utils.encoding import force_str
from wagtail.models import Site

from . import roles
from .language import LANGUAGE_CODES, language_cookie_set, language_for_email, url_in_language

DEFAULT_SITE_NAME = "Intervisor"


class AccountAdapter(DefaultAccountAdapter):
    """Every self-registered user starts as a learner; other roles are granted by providers."""

    def save_user(self, request, user, form, commit=True):
        # Whoever signs up on an English page gets English e-mails until the profile says else.
        language = translation.get_language()
        if not user.language and language in LANGUAGE_CODES:
            user.language = language
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
        """Every allauth mail in the recipient's language; one without an account (or with no
        preference) in the language of the page that caused it."""
        request = allauth_context.request
        if request is not None:
            context = {"current_site": self.mail_site(request), **context}
        user = context.get("user")
        if user is not None and getattr(user, "language", ""):
            language = user.language
        else:
            language = language_for_email(email, default=translation.get_language())
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def post_login(self, request, user, **kwargs):
        """After logging in the site speaks the user's language: the way onward is the same
        page in that language, and Django's language cookie remembers it."""
        response = super().post_login(request, user, **kwargs)
        if user.language and response.status_code in (301, 302) and response.has_header("Location"):
            response["Location"] = url_in_language(response["Location"], user.language)
            language_cookie_set(response, user.language)
        return response

    def format_email_subject(self, subject: str) -> str:
        request = allauth_context.request
        name = self.mail_site(request).name if request is not None else DEFAULT_SITE_NAME
        return f"[{name}] {force_str(subject)}"
