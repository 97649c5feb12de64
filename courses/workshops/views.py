from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from intervisor.accounts import roles

from . import selectors, services
from .exceptions import BookingError
from .forms import AttendanceForm, BookingForm, CancelForm, ParticipantsForm
from .models import WorkshopBooking, WorkshopPage
from .permissions import can_record_attendance
from .quotes import cancellation_fee, cancellation_percentage, quote_for


def workshop_index(request):
    return render(request, "workshops/index.html", {"workshops": selectors.workshops_listing()})


def _team_lead_required(request):
    if not roles.user_has_role(request.user, roles.TEAM_LEAD):
        raise PermissionDenied(_("Only team leads can book a workshop."))


@login_required
@require_http_methods(["GET", "POST"])
def booking_create(request, page_id: int):
    page = get_object_or_404(WorkshopPage.objects.live().public(), pk=page_id)
    _team_lead_required(request)
    available = list(selectors.workshop_dates_available(page=page))
    organisations = list(request.user.workshop_organisations.all())
    form_kwargs = {"page": page, "available_dates": available, "organisations": organisations}
    if request.method == "POST":
        form = BookingForm(request.POST, **form_kwargs)
        if form.is_valid():
            data = form.cleaned_data
            try:
                booking, created = services.booking_request(
                    user=request.user,
                    workshop_date_id=data["workshop_date"],
                    organisation_id=data["organisation"],
                    new_organisation_name=data["organisation_name"],
                    participant_count=data["participant_count"],
                    location=data["location"],
                    distance_km=data.get("distance_km") or 0,
                    invoice_address=data["invoice_address"],
                    notes=data["notes"],
                    participant_emails=form.emails(),
                    idempotency_key=data["idempotency_key"],
                )
            except BookingError as error:
                form.add_error(None, str(error))
            else:
                if created:
                    messages.success(request, _("Your booking request has been received."))
                else:
                    messages.info(request, _("You had already sent this request; here it is."))
                return redirect("workshops:booking_detail", pk=booking.pk)
    else:
        initial = {"workshop_date": request.GET.get("datum")}
        form = BookingForm(initial=initial, **form_kwargs)
    example = quote_for(page=page, distance_km=0)
    return render(
        request,
        "workshops/booking_form.html",
        {"page": page, "form": form, "available": available, "example_quote": example},
    )


@login_required
def booking_list(request):
    bookings = selectors.bookings_for_team_lead(user=request.user)
    given = selectors.bookings_given_by(user=request.user)
    return render(request, "workshops/booking_list.html", {"bookings": bookings, "given": given})


@login_required
@require_http_methods(["GET", "POST"])
def booking_detail(request, pk: int):
    booking = selectors.booking_for_team_lead(user=request.user, pk=pk)
    form = ParticipantsForm()
    if request.method == "POST":
        form = ParticipantsForm(request.POST)
        if form.is_valid():
            try:
                added = services.participants_add(
                    booking=booking, emails=form.cleaned_data["emails"].split()
                )
            except BookingError as error:
                form.add_error("emails", str(error))
            else:
                messages.success(
                    request, _("%(count)s participant(s) added.") % {"count": len(added)}
                )
                return redirect("workshops:booking_detail", pk=booking.pk)
    return render(
        request,
        "workshops/booking_detail.html",
        {
            "booking": booking,
            "participants": booking.participants.all(),
            "form": form,
            "can_edit": booking.status
            in (WorkshopBooking.Status.REQUESTED, WorkshopBooking.Status.CONFIRMED),
        },
    )


def cancellation_preview(booking: WorkshopBooking) -> tuple[int, object]:
    if booking.status != WorkshopBooking.Status.CONFIRMED:
        return 0, cancellation_fee(day_price=booking.day_price, percentage=0)
    days = (booking.workshop_date.date - timezone.localdate()).days
    pct = cancellation_percentage(
        tiers=booking.workshop_date.page.cancellation_tiers.all(), days_before=days
    )
    return pct, cancellation_fee(day_price=booking.day_price, percentage=pct)


@login_required
@require_http_methods(["GET", "POST"])
def booking_cancel(request, pk: int):
    booking = selectors.booking_for_team_lead(user=request.user, pk=pk)
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.booking_cancel(
                booking=booking, by=request.user, reason=form.cleaned_data["reason"]
            )
        except BookingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The booking has been cancelled."))
        return redirect("workshops:booking_detail", pk=booking.pk)
    percentage, fee = cancellation_preview(booking)
    return render(
        request,
        "workshops/booking_cancel.html",
        {"booking": booking, "form": form, "percentage": percentage, "fee": fee},
    )


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request, pk: int):
    booking = selectors.booking_with_participants(pk=pk)
    if not can_record_attendance(user=request.user, booking=booking):
        raise PermissionDenied(_("Only the trainer of this workshop can record attendance."))
    participants = list(booking.participants.all())
    refusal = booking.attendance_refusal()
    form = AttendanceForm(request.POST or None, participants=participants)
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            services.attendance_record(
                booking=booking, by=request.user, attendance=form.attendance()
            )
        except BookingError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Attendance has been saved."))
            return redirect("workshops:attendance", pk=booking.pk)
    return render(
        request,
        "workshops/attendance.html",
        {"booking": booking, "form": form, "participants": participants, "refusal": refusal},
    )
