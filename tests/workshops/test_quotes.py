from decimal import Decimal
from types import SimpleNamespace

from courses.workshops.pages import TravelRule
from courses.workshops.quotes import cancellation_fee, cancellation_percentage, quote_for


def page(**kw):
    values = {
        "price_per_day": Decimal("1200.00"),
        "travel_rule": TravelRule.PER_KM,
        "travel_fixed_fee": Decimal("0"),
        "travel_free_km": 30,
        "travel_rate_per_km": Decimal("0.25"),
        **kw,
    }
    return SimpleNamespace(**values)


def test_per_km_travel_charges_the_return_trip_beyond_the_free_radius():
    quote = quote_for(page=page(), distance_km=80)
    assert quote.travel_km_charged == 100  # 2 x (80 - 30)
    assert quote.travel_cost == Decimal("25.00")
    assert quote.vat_amount == Decimal("257.25")  # 21% of 1225
    assert quote.total == Decimal("1482.25")
    assert quote.vat_percentage == "21"


def test_within_the_free_radius_travel_is_free():
    assert quote_for(page=page(), distance_km=25).travel_cost == Decimal("0.00")


def test_fixed_fee_ignores_distance():
    quote = quote_for(
        page=page(travel_rule=TravelRule.FIXED, travel_fixed_fee=Decimal("75")), distance_km=500
    )
    assert quote.travel_cost == Decimal("75.00")
    assert quote.travel_rate is None


def test_vat_rate_comes_from_settings(settings):
    settings.INTERVISOR_WORKSHOP_VAT_RATE = Decimal("0.09")
    quote = quote_for(page=page(), distance_km=0)
    assert quote.vat_amount == Decimal("108.00")
    assert quote.vat_percentage == "9"


def test_cancellation_tiers_take_the_highest_applicable_percentage():
    tiers = [
        SimpleNamespace(days_before=28, percentage=50),
        SimpleNamespace(days_before=7, percentage=100),
    ]
    assert cancellation_percentage(tiers=tiers, days_before=40) == 0
    assert cancellation_percentage(tiers=tiers, days_before=28) == 0
    assert cancellation_percentage(tiers=tiers, days_before=27) == 50
    assert cancellation_percentage(tiers=tiers, days_before=3) == 100
    assert cancellation_fee(day_price=Decimal("1200.00"), percentage=50) == Decimal("600.00")
