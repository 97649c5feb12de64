from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarFeedConfig(AppConfig):
    name = "intervisor.calendarfeed"
    label = "calendarfeed"
    verbose_name = _("Calendar")
    seed_order = 90

    def ready(self):
        from intervisor import privacy

        from .services import erase_feed, export_feed

        privacy.register("calendar", export=export_feed, erase=erase_feed, order=95)
