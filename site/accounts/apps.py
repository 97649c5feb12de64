from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "intervisor.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import signals  # noqa: F401
        from .roles import roles_sync

        post_migrate.connect(roles_sync, dispatch_uid="intervisor_roles_sync")
