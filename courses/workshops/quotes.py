"""Prices for a workshop day: pure functions over Decimals, so the quote shown is the one stored."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

from .pages import TravelRule, WorkshopPage

CENT = Decimal("0.01")
DEFAULT_VAT_RATE = Decimal("0.21")


def vat_rate() -> Decimal:
    # Read on every call so override_settings works and a VAT change needs no restart.
    return Decimal(str(getattr(settings, "INTERVISOR_WORKSHOP_VAT_RATE", DEFAULT_VAT_RATE)))


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Quote:
    day_price: Decimal
    travel_km_charged: int
    travel_rate: Decimal | None
    travel_cost: Decimal
    vat_rate: Decimal
    vat_amount: Decimal
    total: Decimal

    @property
    def subtotal(self) -> Decimal:
        return self.day_price + self.travel_cost

    @property
    def vat_percentage(self) -> str:
        return percentage_display(self.vat_rate)


def percentage_display(rate: Decimal) -> str:
    """0.210 -> '21', 0.09 -> '9' (format 'f' avoids normalize()'s '2E+1')."""
    return format((rate * 100).normalize(), "f")


def quote_for(*, page: WorkshopPage, distance_km: int) -> Quote:
    """Day price plus travel, then VAT over both (travel is part of the service supplied)."""
    if page.travel_rule == TravelRule.FIXED:
        km_charged, rate, travel = 0, None, _money(page.travel_fixed_fee)
    else:
        # Trainers drive there and back; only the part beyond the free radius is charged.
        km_charged = 2 * max(0, distance_km - page.travel_free_km)
        rate = page.travel_rate_per_km
        travel = _money(rate * km_charged)
    day_price = _money(page.price_per_day)
    rate_vat = vat_rate()
    vat = _money((day_price + travel) * rate_vat)
    return Quote(
        day_price=day_price,
        travel_km_charged=km_charged,
        travel_rate=rate,
        travel_cost=travel,
        vat_rate=rate_vat,
        vat_amount=vat,
        total=day_price + travel + vat,
    )


def cancellation_percentage(*, tiers, days_before: int) -> int:
    """The highest percentage among tiers whose window the cancellation falls in (0 if none)."""
    return max((t.percentage for t in tiers if days_before < t.days_before), default=0)


def cancellation_fee(*, day_price: Decimal, percentage: int) -> Decimal:
    return _money(day_price * percentage / 100)
