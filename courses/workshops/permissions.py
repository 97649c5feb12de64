"""Who may see and act on workshop bookings. One place, so views, admin and services agree."""

from django.db.models import Q, QuerySet

from intervisor.providers.models import ProviderMembership
from intervisor.providers.selectors import providers_for_user

from .models import WorkshopBooking, WorkshopDate


def _paths_q(providers, field: str) -> Q:
    q = Q(pk__in=[])
    for provider in providers.select_related("root_page"):
        q |= Q(**{f"{field}__startswith": provider.root_page.path})
    return q


def bookings_for_provider_member(*, user) -> QuerySet[WorkshopBooking]:
    """Editors and trainers of a provider see that provider's bookings, and only those."""
    qs = WorkshopBooking.objects.all()
    if user.is_superuser:
        return qs
    return qs.filter(provider__in=providers_for_user(user=user))


def dates_for_provider_editor(*, user) -> QuerySet[WorkshopDate]:
    qs = WorkshopDate.objects.all()
    if user.is_superuser:
        return qs
    providers = providers_for_user(user=user, role=ProviderMembership.Role.EDITOR)
    return qs.filter(_paths_q(providers, "page__path"))


def can_manage_booking(*, user, booking: WorkshopBooking) -> bool:
    """Confirm, cancel and complete belong to the provider's editors."""
    if user.is_superuser:
        return True
    return (
        providers_for_user(user=user, role=ProviderMembership.Role.EDITOR)
        .filter(pk=booking.provider_id)
        .exists()
    )


def can_record_attendance(*, user, booking: WorkshopBooking) -> bool:
    """The trainer who gives the day knows who came; editors may correct it."""
    if not user.is_authenticated:
        return False
    return booking.workshop_date.trainer_id == user.pk or can_manage_booking(
        user=user, booking=booking
    )


def user_in_organisation(*, user, organisation_id: int) -> bool:
    return user.is_authenticated and user.workshop_organisations.filter(pk=organisation_id).exists()
