from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    name = "certification"
    label = "certification"
    verbose_name = _("Certification")
    seed_order = 50

    def ready(self):
        from intervisor import navigation
        from intervisor.accounts import roles

        from . import receivers

        receivers.connect()
        navigation.register("certification", _("Certification"), "certification:overview", order=30)
        for model in ("path", "level"):
            roles.grant(
                roles.PROVIDER_EDITOR,
                *(f"certification.{action}_{model}" for action in ("add", "change", "delete")),
            )
