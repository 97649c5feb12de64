from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguageConfig(AppConfig):
    """Typed interventions, the practice drill and the intervisie-question checker."""

    name = "practice.language"
    label = "language"
    verbose_name = _("Practising the words")
    seed_order = 15

    def ready(self):
        from intervisor import privacy, trainer

        from . import registry
        from .checks import classify_for_command, question_check_dict
        from .privacy import erase_language, export_language
        from .trainer_home import lines_to_review

        registry.register(
            "interventions", classify_for_command, ("label", "explanation", "confidence")
        )
        registry.register(
            "questions",
            question_check_dict,
            ("ik_vorm", "concrete", "own_share", "learning_question", "third_party_focus", "good"),
        )
        privacy.register("language", export=export_language, erase=erase_language, order=25)
        trainer.register(
            "typed_lines",
            _("Typed lines to label"),
            lines_to_review,
            order=35,
            more_url_name="language:shared_lines",
        )
