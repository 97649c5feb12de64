from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepliesConfig(AppConfig):
    name = "intervisor.replies"
    label = "replies"
    verbose_name = _("Replies")

    def ready(self):
        from intervisor import privacy

        from .privacy import erase_replies, export_replies

        privacy.register("replies", export=export_replies, erase=erase_replies, order=85)
