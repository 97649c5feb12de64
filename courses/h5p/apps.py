from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    name = "courses.h5p"
    label = "h5p"
    verbose_name = _("H5P content")
    seed_order = 30

    def ready(self):
        from intervisor.accounts import roles

        # Editors upload and manage their providers' content; installing libraries is a
        # site administrator's job (h5p.add_h5plibrary), so editors get no library rights.
        roles.grant(
            roles.PROVIDER_EDITOR,
            "h5p.add_h5pcontent",
            "h5p.change_h5pcontent",
            "h5p.delete_h5pcontent",
            "h5p.view_h5pcontent",
        )
