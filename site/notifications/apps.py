from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "intervisor.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
    seed_order = 90  # after certification (50), whose demo events it reports

    def ready(self):
        from intervisor import privacy, queueing

        from . import kinds, receivers, tasks  # noqa: F401  (tasks: registers them)
        from .privacy import erase_notifications, export_notifications
        from .services import unsent_emails_requeue

        kinds.register_builtin()
        receivers.connect()
        queueing.register_sweeper("notification-emails", unsent_emails_requeue)
        privacy.register(
            "notifications", export=export_notifications, erase=erase_notifications, order=90
        )
