from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "intervisor.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_delete, post_save

        from intervisor import privacy

        from . import signals, tasks  # noqa: F401  (receivers; tasks: registers them)
        from .backends import user_cache_forget
        from .privacy import erase_profile, export_profile
        from .roles import roles_sync

        privacy.register("account", export=export_profile, erase=erase_profile, order=0)

        post_save.connect(user_cache_forget, sender=get_user_model(), dispatch_uid="user-cache-s")
        post_delete.connect(user_cache_forget, sender=get_user_model(), dispatch_uid="user-cache-d")
        post_migrate.connect(roles_sync, dispatch_uid="intervisor_roles_sync")
