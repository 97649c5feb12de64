"""Who may open the workshop URLs; merged into tests/authz/matrix.py's MATRIX."""

import datetime
import uuid

from tests.authz.matrix import ADMIN_DENIED, DENIED, LOGIN, OK, ROLES, Case, everyone, staff_only


def _booking(world):
    """A booking of the team lead's organisation for a workshop of `world.provider`."""
    if not hasattr(world, "workshop_booking"):
        from intervisor.accounts import roles
        from intervisor.providers.models import ProviderMembership
        from intervisor.providers.services import provider_member_add
        from tests.factories import make_user
        from tests.factories.workshops import make_booking, make_date, make_workshop_page

        trainer = make_user(roles.TRAINER, email="m-ws-trainer@example.test")
        provider_member_add(
            provider=world.provider, user=trainer, role=ProviderMembership.Role.TRAINER
        )
        page = make_workshop_page(world.provider)
        wdate = make_date(page, trainer, days_ahead=20)
        world.workshop_booking = make_booking(
            wdate, world.users["team_lead"], idempotency_key=uuid.uuid4()
        )
        # The day has come, so the attendance page opens.
        wdate.date = datetime.date.today()
        wdate.save()
    return world.workshop_booking


def _url(name, obj=None):
    def build(world):
        from django.urls import reverse

        if obj is None:
            return reverse(name)
        return reverse(name, args=[obj(world).pk])

    return build


def _date(world):
    return _booking(world).workshop_date


only_team_lead = {**dict.fromkeys(ROLES, DENIED), "anonymous": LOGIN, "team_lead": OK}
book = {**only_team_lead, "admin": OK}
provider_admin = staff_only(editor=OK)

CASES = {
    "workshops:index": Case("/workshops/", everyone(OK)),
    "workshops:booking_create": Case(
        lambda w: f"/workshops/{_booking(w).workshop_date.page_id}/boeken/", book
    ),
    "workshops:booking_list": Case(
        "/workshops/mijn-boekingen/", {**everyone(OK), "anonymous": LOGIN}
    ),
    "workshops:booking_detail": Case(_url("workshops:booking_detail", _booking), only_team_lead),
    "workshops:booking_cancel": Case(_url("workshops:booking_cancel", _booking), only_team_lead),
    "workshops:attendance": Case(
        _url("workshops:attendance", _booking),
        {**dict.fromkeys(ROLES, DENIED), "anonymous": LOGIN, "editor": OK, "admin": OK},
    ),
    "workshopbooking:index": Case(_url("workshopbooking:index"), provider_admin),
    "workshopbooking:index_results": Case(_url("workshopbooking:index_results"), provider_admin),
    "workshopbooking:inspect": Case(_url("workshopbooking:inspect", _booking), provider_admin),
    "workshopbooking:confirm": Case(_url("workshopbooking:confirm", _booking), provider_admin),
    "workshopbooking:cancel": Case(_url("workshopbooking:cancel", _booking), provider_admin),
    "workshopbooking:complete": Case(_url("workshopbooking:complete", _booking), provider_admin),
    "workshopbooking:edit": Case(
        _url("workshopbooking:edit", _booking), staff_only(admin=ADMIN_DENIED)
    ),
    "workshopdate:index": Case(_url("workshopdate:index"), provider_admin),
    "workshopdate:index_results": Case(_url("workshopdate:index_results"), provider_admin),
    "workshopdate:add": Case(_url("workshopdate:add"), provider_admin),
    "workshopdate:edit": Case(_url("workshopdate:edit", _date), provider_admin),
    "workshopdate:delete": Case(_url("workshopdate:delete", _date), provider_admin),
    # Bookings are read-only (changed by their actions only): Wagtail's history and usage
    # views ask for "change", so everyone is sent back to the dashboard.
    **{
        f"workshopbooking:{view}": Case(
            _url(f"workshopbooking:{view}", _booking), staff_only(admin=302, editor=302)
        )
        for view in ("history", "history_results", "usage")
    },
    **{
        f"workshopdate:{view}": Case(_url(f"workshopdate:{view}", _date), provider_admin)
        for view in ("history", "history_results", "usage")
    },
}
