from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from intervisor.language_urls import ActiveLanguageUrlMixin
from intervisor.providers.models import ProviderPage


class FeatureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.TextBlock(label=_("text"))
    link_label = blocks.CharBlock(label=_("link label"), required=False)
    link_url = blocks.CharBlock(label=_("link (path or URL)"), required=False)

    class Meta:
        icon = "pick"
        template = "blocks/feature_block.html"


class HomePage(ActiveLanguageUrlMixin, Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = RichTextField(_("hero text"), features=["bold", "italic", "link"])
    primary_cta_label = models.CharField(_("button label"), max_length=80, blank=True)
    primary_cta_url = models.CharField(_("button link"), max_length=200, blank=True)
    features = StreamField([("feature", FeatureBlock())], blank=True, verbose_name=_("features"))
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("primary_cta_label"),
        FieldPanel("primary_cta_url"),
        FieldPanel("features"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other pages: read per request, outside the cached content (home_page.html).
        context["provider_pages"] = list(ProviderPage.objects.child_of(self).live().public())
        return context
