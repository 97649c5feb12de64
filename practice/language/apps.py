from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguageConfig(AppConfig):
    """Typed interventions, the practice drill and the intervisie-question checker."""

    name = "practice.language"
    label = "language"
    verbose_name = _("Practising the words")

    def ready(self):
        from . import registry
        from .checks import classify_for_command, question_check_dict

        registry.register(
            "interventions", classify_for_command, ("label", "explanation", "confidence")
        )
        registry.register(
            "questions",
            question_check_dict,
            ("ik_vorm", "concrete", "own_share", "learning_question", "third_party_focus", "good"),
        )
