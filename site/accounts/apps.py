from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "intervisor.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from intervisor import privacy

        from . import signals  # noqa: F401
        from .privacy import erase_profile, export_profile
        from .roles import roles_sync

        privacy.register("account", export=export_profile, erase=erase_profile, order=0)

        post_migrate.connect(roles_sync, dispatch_uid="intervisor_roles_sync")
