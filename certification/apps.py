from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificationConfig(AppConfig):
    name = "certification"
    label = "certification"
    verbose_name = _("Certification")
    seed_order = 50

    def ready(self):
        from intervisor import calendarfeed, navigation, privacy, queueing, trainer
        from intervisor.accounts import roles
        from practice.language import registry as language_kinds

        from . import calendar, checks, receivers, tasks, trainer_home  # noqa: F401  (registers)
        from .language import FIELDS as GOAL_FIELDS
        from .language import classify_goal
        from .privacy import REMOVE_NAME, erase_certification, export_certification
        from .services import certificates

        receivers.connect()
        language_kinds.register("goals", classify_goal, (*GOAL_FIELDS.values(), "good"))
        queueing.register_sweeper("certificates-issue", certificates.unissued_certificates_requeue)
        queueing.register_sweeper(
            "certificates-delivery", certificates.undelivered_certificates_requeue
        )
        privacy.register(
            "certification",
            export=export_certification,
            erase=erase_certification,
            order=50,
            options=(
                privacy.ErasureOption(
                    REMOVE_NAME,
                    _("Also remove my name from my certificates"),
                    _(
                        "Certificates stay verifiable by their number. Your name is removed only "
                        "where the training provider allows it; otherwise it stays on them."
                    ),
                ),
            ),
        )
        # The holder's name is this section's choice (above), never the general scrub's.
        privacy.keep_field("certification.Certificate.holder_name")
        calendarfeed.register("certificates", calendar.calendar_events)
        trainer.register(
            "intakes",
            _("Intakes to confirm"),
            trainer_home.intakes_to_confirm,
            order=20,
            more_url_name="certification:trainer",
        )
        trainer.register(
            "assessments",
            _("Assessments to decide"),
            trainer_home.assessments_to_decide,
            order=40,
            more_url_name="certification:trainer",
        )
        navigation.register("certification", _("Certification"), "certification:overview", order=30)
        for model in ("path", "level"):
            roles.grant(
                roles.PROVIDER_EDITOR,
                *(f"certification.{action}_{model}" for action in ("add", "change", "delete")),
            )
