from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from intervisor.providers.permissions import ProviderPagePolicy

from . import admin_views
from .models import WorkshopBooking, WorkshopDate

register_permission_policy(WorkshopBooking, admin_views.ReadOnlyPolicy(WorkshopBooking, role=None))
register_permission_policy(WorkshopDate, ProviderPagePolicy(WorkshopDate))


class WorkshopBookingViewSet(ModelViewSet):
    model = WorkshopBooking
    icon = "date"
    menu_label = _("Bookings")
    index_view_class = admin_views.BookingIndexView
    inspect_view_class = admin_views.BookingInspectView
    history_view_class = admin_views.HistoryView
    usage_view_class = admin_views.UsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    # Required by ModelViewSet; the read-only policy keeps the add and edit views closed.
    form_fields = ["notes"]
    inspect_view_fields = [
        "organisation",
        "booked_by",
        "workshop_date",
        "status",
        "participant_count",
        "location",
        "distance_km",
        "invoice_address",
        "notes",
        "day_price",
        "travel_cost",
        "vat_amount",
        "total",
        "created_at",
        "confirmed_at",
        "completed_at",
        "cancelled_at",
        "cancel_reason",
        "cancellation_fee",
    ]
    list_display = ["organisation", "workshop_date", "status", "participant_count", "total"]
    list_filter = {"status": ["exact"], "workshop_date__date": ["gte", "lte"]}
    list_export = [
        "reference",
        "organisation.name",
        "workshop_date.date",
        "workshop_date.page.title",
        "workshop_date.trainer.email",
        "status",
        "participant_count",
        "location",
        "day_price",
        "travel_cost",
        "vat_amount",
        "total",
        "cancellation_fee",
        "created_at",
    ]
    export_headings = {
        "reference": _("Reference"),
        "organisation.name": _("Organisation"),
        "workshop_date.date": _("Date"),
        "workshop_date.page.title": _("Workshop"),
        "workshop_date.trainer.email": _("Trainer"),
    }
    export_filename = "workshop-bookings"
    ordering = ["-workshop_date__date"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("confirm/<int:pk>/", admin_views.BookingConfirmView.as_view(), name="confirm"),
            path("cancel/<int:pk>/", admin_views.BookingCancelView.as_view(), name="cancel"),
            path("complete/<int:pk>/", admin_views.BookingCompleteView.as_view(), name="complete"),
        ]


class WorkshopDateViewSet(ModelViewSet):
    model = WorkshopDate
    icon = "calendar"
    menu_label = _("Trainer dates")
    index_view_class = admin_views.DateIndexView
    edit_view_class = admin_views.DateEditView
    delete_view_class = admin_views.DateDeleteView
    history_view_class = admin_views.HistoryView
    usage_view_class = admin_views.UsageView
    copy_view_enabled = False
    list_display = ["date", "start_time", "page", "trainer"]
    ordering = ["date"]

    def get_form_class(self, for_update=False):
        return admin_views.WorkshopDateForm


class WorkshopsAdminGroup(ModelViewSetGroup):
    menu_label = _("Workshops")
    menu_icon = "date"
    menu_order = 310
    items = (WorkshopBookingViewSet, WorkshopDateViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return WorkshopsAdminGroup()
