from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsConfig(AppConfig):
    name = "practice.groups"
    label = "groups"
    verbose_name = _("Intervisie groups")
    default_auto_field = "django.db.models.BigAutoField"
    seed_order = 40

    def ready(self):
        from intervisor import calendarfeed, privacy, trainer
        from intervisor.notifications import kinds
        from intervisor.queueing import register_sweeper

        from . import home, receivers
        from .privacy import erase_groups, export_groups
        from .sweepers import invitations_requeue

        receivers.connect()
        trainer.register("groups", _("Groups you facilitate"), home.groups_facilitated, order=60)
        calendarfeed.register("group-meetings", home.calendar_events)
        kinds.register("meeting_planned", _("Intervisie meeting planned"))
        kinds.register("meeting_reminder", _("Reminder of an intervisie meeting"))
        privacy.register("groups", export=export_groups, erase=erase_groups, order=25)
        register_sweeper("groups-invitations", invitations_requeue)
