from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "courses.h5p"
    label = "h5p"
    verbose_name = _("H5P content")
    seed_order = 30

    def ready(self):
        from intervisor import privacy, queueing
        from intervisor.accounts import roles

        from . import checks, tasks  # noqa: F401  (register the deploy checks and tasks)
        from .privacy import erase_h5p, export_h5p
        from .services import pending_extractions_requeue

        privacy.register("h5p", export=export_h5p, erase=erase_h5p, order=40)
        queueing.register_sweeper("h5p-extraction", pending_extractions_requeue)

        # Editors upload and manage their providers' content; installing libraries is a
        # site administrator's job (h5p.add_h5plibrary), so editors get no library rights.
        roles.grant(
            roles.PROVIDER_EDITOR,
            "h5p.add_h5pcontent",
            "h5p.change_h5pcontent",
            "h5p.delete_h5pcontent",
            "h5p.view_h5pcontent",
        )
