from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    label = "courses"
    verbose_name = _("Courses")
    seed_order = 20  # after the practice method catalogue (10)

    def ready(self):
        from intervisor import navigation, privacy, trainer
        from intervisor.trainer.selectors import user_learns

        from . import handlers, trainer_home
        from .privacy import erase_learning, export_learning

        handlers.connect()
        navigation.register("courses", _("Courses"), "courses:catalogue", order=10)
        navigation.register(
            "my_learning", _("My learning"), "courses:dashboard", order=50, visible=user_learns
        )
        trainer.register(
            "cohorts",
            _("Your cohorts"),
            trainer_home.cohorts,
            order=10,
            empty=_("No courses of your provider yet."),
        )
        privacy.register("learning", export=export_learning, erase=erase_learning, order=20)
