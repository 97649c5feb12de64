from django.apps import AppConfig


class IntervisorConfig(AppConfig):
    name = "intervisor"
    verbose_name = "Intervisor"

    def ready(self):
        from django.conf import settings

        from . import csp, lazyimports, pagecache  # noqa: F401  (csp registers its checks)

        pagecache.connect()
        lazyimports.defer_unused(settings.MFA_SUPPORTED_TYPES)
