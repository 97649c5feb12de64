from django.apps import AppConfig


class IntervisorConfig(AppConfig):
    name = "intervisor"
    verbose_name = "Intervisor"

    def ready(self):
        from . import pagecache

        pagecache.connect()
