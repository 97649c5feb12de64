import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intervisor.settings.dev")

app = Celery("intervisor")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.after_setup_logger.connect
@signals.after_setup_task_logger.connect
def _scrub_worker_logs(logger, **kwargs):
    """The worker replaces Django's handlers with its own; scrub those too."""
    from intervisor.log_scrub import handlers_scrub

    handlers_scrub(logger)
