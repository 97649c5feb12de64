"""Demo workshop: the one-day on-site training, trainer dates, an organisation and a request."""

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone

from .models import CancellationTier, Organisation, WorkshopBooking, WorkshopDate, WorkshopPage
from .services import booking_request

TITLE = "Intervisie leren in 1 dag"
SLUG = "intervisie-leren-in-1-dag"
ORGANISATION = "Gemeente Zwolle"
PREPARATORY_SLUG = "intervisie-begeleiden-de-basis"
FOLLOWUP_SLUG = "co-begeleiden-in-de-praktijk"
# Fixed, so a second run recognises the demo booking instead of making another.
DEMO_BOOKING_KEY = uuid.UUID("6d1f3c0e-7a7e-4f55-9a51-3b3f0c2a9e01")

INTRO = (
    "Een trainer komt een dag bij jullie op locatie en leert je team hoe intervisie werkt: "
    "met zes tot acht collega's, acht uur lang, aan de hand van jullie eigen werksituaties."
)
BODY = """
<h2>Wat jullie op deze dag doen</h2>
<ul>
<li><b>Rollen verkennen.</b> Wie brengt een casus in, wie stelt vragen en wie bewaakt het
proces? Jullie proberen elke rol zelf uit.</li>
<li><b>Spelregels afspreken.</b> Vertrouwelijkheid, vrijwilligheid, spreken in de ik-vorm en
elkaar laten uitpraten: het team maakt er samen een eigen set afspraken van.</li>
<li><b>Twee methodes leren.</b> De 5-stappenmethode voor een vlotte start en de
10-stappenmethode wanneer een vraag meer diepgang nodig heeft.</li>
<li><b>Oefenen met echte casussen.</b> Deelnemers brengen een actuele situatie uit hun eigen
werk mee. We oefenen het uitstellen van adviezen en het stellen van open vragen.</li>
<li><b>Vooruitkijken.</b> Aan het eind weet het team hoe het zelfstandig verder kan, en wie
de eerste bijeenkomsten begeleidt.</li>
</ul>
<p>Voor de dag volgen deelnemers online een korte voorbereiding; daarna kunnen ze verder
oefenen in een vervolgtraject.</p>
"""
CANCELLATION_NOTE = (
    "Tot vier weken voor de workshop annuleer je kosteloos. Daarna rekenen we een deel van de "
    "dagprijs, afhankelijk van hoe kort voor de dag je annuleert."
)


def _page(ctx) -> WorkshopPage:
    page = WorkshopPage.objects.filter(slug=SLUG).first()
    if page:
        return page
    parent = ctx.provider.root_page.specific
    page = WorkshopPage(
        title=TITLE,
        slug=SLUG,
        intro=INTRO,
        body=BODY,
        search_description="Een dag intervisie op locatie voor teams van zes tot acht mensen.",
        min_participants=6,
        max_participants=8,
        duration_hours=8,
        price_per_day=Decimal("1450.00"),
        travel_base="Utrecht",
        travel_free_km=30,
        travel_rate_per_km=Decimal("0.25"),
        cancellation_note=CANCELLATION_NOTE,
    )
    page.cancellation_tiers = [
        CancellationTier(days_before=28, percentage=50),
        CancellationTier(days_before=7, percentage=100),
    ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    ctx.log(f"  workshop page: {page.url_path}")
    return page


def _dates(ctx, page: WorkshopPage) -> list[WorkshopDate]:
    trainer = ctx.users["trainer"]
    today = timezone.localdate()
    dates = []
    # Every other Tuesday and Thursday over the next three months.
    for week in range(2, 14, 2):
        monday = today + datetime.timedelta(days=7 * week - today.weekday())
        for offset in (1, 3):
            day = monday + datetime.timedelta(days=offset)
            wdate, _created = WorkshopDate.objects.get_or_create(
                trainer=trainer, date=day, defaults={"page": page}
            )
            dates.append(wdate)
    return dates


def _link_courses(ctx, page: WorkshopPage) -> None:
    """The courses app seeds these two (seed_order 20); link them once they exist."""
    from courses.models import CoursePage

    prep = CoursePage.objects.filter(slug=PREPARATORY_SLUG).first()
    follow = CoursePage.objects.filter(slug=FOLLOWUP_SLUG).first()
    if (page.preparatory_course, page.followup_course) == (prep, follow):
        return
    page.preparatory_course, page.followup_course = prep, follow
    page.save_revision().publish()
    ctx.log(f"  workshop courses: {page.preparatory_course} / {page.followup_course}")


def run(ctx) -> None:
    page = _page(ctx)
    _link_courses(ctx, page)
    dates = _dates(ctx, page)
    team_lead = ctx.users["teamlead"]
    organisation = Organisation.objects.filter(name=ORGANISATION, members=team_lead).first()
    if organisation is None:
        organisation = Organisation.objects.create(
            name=ORGANISATION,
            invoice_address="Gemeente Zwolle\nt.a.v. crediteurenadministratie\nPostbus 10007\n"
            "8000 GA Zwolle",
        )
        organisation.members.add(team_lead)
    if not WorkshopBooking.objects.filter(idempotency_key=DEMO_BOOKING_KEY).exists():
        free = [d for d in dates if not d.bookings.exists() and d.page_id == page.pk]
        if free:
            booking_request(
                user=team_lead,
                workshop_date_id=free[0].pk,
                organisation_id=organisation.pk,
                participant_count=7,
                location="Stadskantoor, Lübeckplein 2, 8017 JZ Zwolle",
                distance_km=90,
                invoice_address=organisation.invoice_address,
                idempotency_key=DEMO_BOOKING_KEY,
                notes="Team Jeugd en Gezin; graag een ruimte zonder tafels.",
                participant_emails=("deelnemer1@intervisor.test", "deelnemer2@intervisor.test"),
            )
    ctx.log(f"  workshops: {len(dates)} trainer dates, organisation {organisation.name}")
