from django.apps import AppConfig


class IntervisorConfig(AppConfig):
    name = "intervisor"
    verbose_name = "Intervisor"

    def ready(self):
        from . import csp  # noqa: F401  (registers its checks)
