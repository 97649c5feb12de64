from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from intervisor.language_urls import ActiveLanguageUrlMixin


class Provider(models.Model):
    """A training provider: an organisation that owns a page subtree and a media collection.

    Its editors get Wagtail permissions on exactly that subtree and collection through a
    group of their own, so one provider can never edit or see another's content.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    # AVG: a deleted account's name stays on issued certificates unless the holder asks for
    # removal and the provider allows it (README, "Privacy").
    allow_certificate_name_removal = models.BooleanField(
        _("allow removing the name from certificates"),
        default=False,
        help_text=_(
            "When a learner deletes their account and asks for it, their name is removed from "
            "the certificates this provider issued. The certificate stays verifiable by number."
        ),
    )
    root_page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("root page"),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name=_("media collection"),
    )
    editors_group = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("training provider")
        verbose_name_plural = _("training providers")

    def __str__(self):
        return self.name


class ProviderMembership(models.Model):
    class Role(models.TextChoices):
        EDITOR = "editor", _("Editor")
        TRAINER = "trainer", _("Trainer / assessor")

    provider = models.ForeignKey(Provider, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provider_memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "user", "role"], name="unique_provider_membership"
            )
        ]
        verbose_name = _("provider membership")
        verbose_name_plural = _("provider memberships")

    def __str__(self):
        return f"{self.user} - {self.provider} ({self.get_role_display()})"


class ProviderPage(ActiveLanguageUrlMixin, Page):
    """The public page of a provider and the root of its subtree (courses, workshops)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    template = "providers/provider_page.html"

    class Meta:
        verbose_name = _("provider page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        return context
