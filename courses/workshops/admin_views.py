"""Wagtail admin views for bookings and trainer dates, scoped to the user's providers."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.widgets import AdminDateInput, AdminTimeInput
from wagtail.admin.widgets.button import HeaderButton

from intervisor.accounts.models import User
from intervisor.providers.admin import ScopedObjectMixin, visible_instances
from intervisor.providers.models import ProviderMembership
from intervisor.providers.permissions import ProviderScopedPolicy
from intervisor.providers.selectors import provider_for_page, providers_for_user
from intervisor.spreadsheets import SafeSpreadsheetExportMixin

from . import services
from .exceptions import BookingError
from .forms import AdminCancelForm
from .models import WorkshopBooking, WorkshopDate, WorkshopPage
from .permissions import (
    _paths_q,
    bookings_for_provider_member,
    can_manage_booking,
)
from .views import cancellation_preview

Status = WorkshopBooking.Status


class ReadOnlyPolicy(ProviderScopedPolicy):
    """Bookings change only through their actions (confirm, cancel, complete), never a form;
    every member of the provider (editors and trainers) sees its bookings."""

    def user_has_permission(self, user, action):
        if action in ("add", "change", "delete"):
            return False
        return super().user_has_permission(user, action)


class ScopedMixin(ScopedObjectMixin):
    """Lists and single objects limited by the model's permission policy; other ids are 404."""

    def get_base_queryset(self):
        return visible_instances(self.model, self.request.user).select_related(*self.related)


class BookingScope(ScopedMixin):
    related = ("organisation", "workshop_date__page", "workshop_date__trainer")


class BookingIndexView(SafeSpreadsheetExportMixin, BookingScope, generic.IndexView):
    pass


class BookingInspectView(BookingScope, generic.InspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["participants"] = self.object.participants.all()
        return context

    @property
    def header_more_buttons(self):
        booking, user = self.object, self.request.user
        buttons = []
        if can_manage_booking(user=user, booking=booking):
            actions = {
                Status.REQUESTED: [("confirm", _("Confirm")), ("cancel", _("Cancel"))],
                Status.CONFIRMED: [("complete", _("Mark as completed")), ("cancel", _("Cancel"))],
            }.get(booking.status, [])
            for name, label in actions:
                url = reverse(f"workshopbooking:{name}", args=[booking.pk])
                buttons.append(HeaderButton(label, url=url, icon_name="check"))
        if booking.status in (Status.CONFIRMED, Status.COMPLETED):
            url = reverse("workshops:attendance", args=[booking.pk])
            buttons.append(HeaderButton(_("Record attendance"), url=url, icon_name="user"))
        return buttons


class BookingActionView(View):
    """Confirm, cancel or complete a booking after a confirmation screen."""

    action = ""
    title = ""
    form_class = None

    def dispatch(self, request, pk):
        self.booking = get_object_or_404(
            bookings_for_provider_member(user=request.user).select_related(
                "organisation", "workshop_date__page"
            ),
            pk=pk,
        )
        if not can_manage_booking(user=request.user, booking=self.booking):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get(self, request, pk, form=None):
        form = form or (self.form_class() if self.form_class else None)
        percentage, fee = cancellation_preview(self.booking)
        return TemplateResponse(
            request,
            "workshops/admin/booking_action.html",
            {
                "booking": self.booking,
                "title": self.title,
                "form": form,
                "action": self.action,
                "percentage": percentage,
                "fee": fee,
                "back_url": reverse("workshopbooking:inspect", args=[self.booking.pk]),
            },
        )

    def post(self, request, pk):
        form = self.form_class(request.POST) if self.form_class else None
        if form is not None and not form.is_valid():
            return self.get(request, pk, form=form)
        try:
            self.perform(form.cleaned_data if form else {})
        except BookingError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, self.done_message)
        return redirect("workshopbooking:inspect", self.booking.pk)


class BookingConfirmView(BookingActionView):
    action = "confirm"
    title = gettext_lazy("Confirm booking")
    done_message = gettext_lazy("The booking is confirmed; the team lead gets an e-mail.")

    def perform(self, data):
        services.booking_confirm(booking=self.booking, by=self.request.user)


class BookingCompleteView(BookingActionView):
    action = "complete"
    title = gettext_lazy("Mark workshop as completed")
    done_message = gettext_lazy("The workshop is marked as completed.")

    def perform(self, data):
        services.booking_complete(booking=self.booking, by=self.request.user)


class BookingCancelView(BookingActionView):
    action = "cancel"
    title = gettext_lazy("Cancel booking")
    form_class = AdminCancelForm
    done_message = gettext_lazy("The booking is cancelled.")

    def perform(self, data):
        services.booking_cancel(
            booking=self.booking,
            by=self.request.user,
            reason=data["reason"],
            waive_fee=data["waive_fee"],
        )


# --- Trainer dates -----------------------------------------------------------------------


class WorkshopDateForm(WagtailAdminModelForm):
    class Meta:
        model = WorkshopDate
        fields = ["page", "trainer", "date", "start_time"]
        # A Meta of its own drops Wagtail's widget overrides: the admin's pickers, by name.
        widgets = {"date": AdminDateInput, "start_time": AdminTimeInput}

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        user = for_user
        providers = providers_for_user(user=user, role=ProviderMembership.Role.EDITOR)
        pages = WorkshopPage.objects.all()
        trainers = User.objects.filter(provider_memberships__role=ProviderMembership.Role.TRAINER)
        if not user.is_superuser:
            pages = pages.filter(_paths_q(providers, "path"))
            trainers = trainers.filter(provider_memberships__provider__in=providers)
        self.fields["page"].queryset = pages
        self.fields["trainer"].queryset = trainers.distinct()

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value <= timezone.localdate() and (
            self.instance.pk is None or "date" in self.changed_data
        ):
            raise forms.ValidationError(_("Offer dates in the future only."))
        return value

    def clean(self):
        data = super().clean()
        page, trainer = data.get("page"), data.get("trainer")
        if page and trainer:
            provider = provider_for_page(page=page)
            is_trainer = ProviderMembership.objects.filter(
                provider=provider, user=trainer, role=ProviderMembership.Role.TRAINER
            ).exists()
            if not is_trainer:
                self.add_error("trainer", _("This person is not a trainer of this provider."))
        if (
            self.instance.pk
            and self.instance.bookings.filter(status__in=WorkshopBooking.ACTIVE_STATUSES).exists()
            and self.changed_data
        ):
            raise forms.ValidationError(
                _("This date is booked; cancel the booking before changing the date.")
            )
        return data


class DateScope(ScopedMixin):
    related = ("page", "trainer")


class DateIndexView(DateScope, generic.IndexView):
    pass


class DateEditView(DateScope, generic.EditView):
    scope_action = "change"


class DateDeleteView(DateScope, generic.DeleteView):
    scope_action = "delete"


class HistoryView(ScopedObjectMixin, generic.HistoryView):
    pass


class UsageView(ScopedObjectMixin, generic.UsageView):
    pass
