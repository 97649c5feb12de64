from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "courses.workshops"
    label = "workshops"
    verbose_name = _("Workshops")
    seed_order = 40

    def ready(self):
        from intervisor import calendarfeed, navigation, privacy, queueing, trainer
        from intervisor.accounts import roles

        from . import ics, services, tasks, trainer_home  # noqa: F401  (tasks: registers them)
        from .privacy import erase_workshops, export_workshops

        navigation.register("workshops", _("Workshops"), "workshops:index", order=40)
        trainer.register(
            "workshop_days",
            _("Workshop days you give"),
            trainer_home.workshop_days,
            order=50,
            empty=_("No workshop days planned."),
            more_url_name="workshops:booking_list",
        )
        calendarfeed.register("workshops", ics.calendar_events)
        privacy.register("workshops", export=export_workshops, erase=erase_workshops, order=40)
        queueing.register_sweeper("workshops-emails", services.unsent_emails_requeue)
        queueing.register_sweeper("workshops-invites", services.uninvited_participants_requeue)
        roles.grant(
            roles.PROVIDER_EDITOR,
            "workshops.view_workshopbooking",
            "workshops.add_workshopdate",
            "workshops.change_workshopdate",
            "workshops.delete_workshopdate",
            "workshops.view_workshopdate",
        )
        # Trainers give the day: they see their provider's bookings (read-only) in the admin.
        roles.grant(
            roles.TRAINER,
            "wagtailadmin.access_admin",
            "workshops.view_workshopbooking",
            "workshops.view_workshopdate",
        )
