from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from intervisor.language_urls import ActiveLanguageUrlMixin


class TravelRule(models.TextChoices):
    FIXED = "fixed", _("Fixed travel fee")
    PER_KM = "per_km", _("Per kilometre beyond a free radius")


class WorkshopPage(ActiveLanguageUrlMixin, Page):
    """An on-site workshop day a provider offers; teams book one of its dates."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("what the day covers"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul"]
    )
    min_participants = models.PositiveSmallIntegerField(
        _("minimum group size"), default=6, validators=[MinValueValidator(1)]
    )
    max_participants = models.PositiveSmallIntegerField(
        _("maximum group size"), default=8, validators=[MinValueValidator(1)]
    )
    duration_hours = models.PositiveSmallIntegerField(
        _("duration in hours"), default=8, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    price_per_day = models.DecimalField(
        _("price per day excluding VAT (EUR)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0"))],
    )
    travel_rule = models.CharField(
        _("travel cost rule"), max_length=10, choices=TravelRule.choices, default=TravelRule.PER_KM
    )
    travel_fixed_fee = models.DecimalField(
        _("fixed travel fee (EUR)"), max_digits=7, decimal_places=2, default=Decimal("0")
    )
    travel_base = models.CharField(
        _("trainers travel from"), max_length=100, blank=True, help_text=_("A city, e.g. Utrecht.")
    )
    travel_free_km = models.PositiveIntegerField(_("free radius (km)"), default=0)
    travel_rate_per_km = models.DecimalField(
        _("rate per km beyond the free radius (EUR)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("0"),
    )
    cancellation_note = models.TextField(_("cancellation terms, explained"), blank=True)
    preparatory_course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("preparatory course"),
        help_text=_("Participants are enrolled when the booking is confirmed."),
    )
    followup_course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("follow-up course"),
        help_text=_("Participants are enrolled once the workshop is completed."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_participants"), FieldPanel("max_participants")]),
                FieldPanel("duration_hours"),
            ],
            heading=_("Group and duration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("price_per_day"),
                FieldPanel("travel_rule"),
                FieldPanel("travel_fixed_fee"),
                FieldRowPanel(
                    [
                        FieldPanel("travel_base"),
                        FieldPanel("travel_free_km"),
                        FieldPanel("travel_rate_per_km"),
                    ]
                ),
            ],
            heading=_("Price and travel"),
        ),
        MultiFieldPanel(
            [FieldPanel("cancellation_note"), InlinePanel("cancellation_tiers")],
            heading=_("Cancellation terms"),
        ),
        MultiFieldPanel(
            [FieldPanel("preparatory_course"), FieldPanel("followup_course")],
            heading=_("Online courses"),
        ),
    ]
    parent_page_types = ["providers.ProviderPage"]
    subpage_types: list[str] = []
    template = "workshops/workshop_page.html"

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def clean(self):
        super().clean()
        low, high = self.min_participants, self.max_participants
        if low and high and low > high:
            raise ValidationError(
                {"max_participants": _("The maximum must be at least the minimum.")}
            )

    def get_context(self, request, *args, **kwargs):
        from .selectors import workshop_dates_available

        context = super().get_context(request, *args, **kwargs)
        context["available_dates"] = workshop_dates_available(page=self)
        context["tiers"] = self.cancellation_tiers.all()
        return context


class CancellationTier(Orderable):
    """Cancelling fewer than `days_before` days before the day costs `percentage` of the day price.

    With several tiers the highest applicable percentage counts, so their order does not matter.
    """

    page = ParentalKey(WorkshopPage, on_delete=models.CASCADE, related_name="cancellation_tiers")
    days_before = models.PositiveSmallIntegerField(_("fewer than this many days before"))
    percentage = models.PositiveSmallIntegerField(
        _("percentage of the day price charged"), validators=[MaxValueValidator(100)]
    )

    panels = [FieldPanel("days_before"), FieldPanel("percentage")]

    class Meta(Orderable.Meta):
        verbose_name = _("cancellation tier")
        verbose_name_plural = _("cancellation tiers")
