from django.apps import AppConfig


class IntervisorConfig(AppConfig):
    name = "intervisor"
    verbose_name = "Intervisor"
