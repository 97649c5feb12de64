from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "practice"
    label = "practice"
    verbose_name = _("Practice")
    seed_order = 10

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from intervisor import navigation, privacy, trainer
        from intervisor.accounts import roles
        from intervisor.queueing import register_sweeper

        from . import trainer_home
        from .privacy import erase_practice, export_practice
        from .selectors import method_changed, scenario_changed
        from .tasks import participant_invitations_requeue

        # The cached scenarios of the simulation (selectors.scenario_play).
        for model in ("practice.Method", "practice.MethodStep"):
            for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
                signal.connect(method_changed, sender=model, dispatch_uid=f"methods-{uid}-{model}")
        for signal, uid in (
            (page_published, "published"),
            (page_unpublished, "unpublished"),
            (post_page_move, "moved"),
            (post_delete, "deleted"),
        ):
            signal.connect(scenario_changed, dispatch_uid=f"scenario-{uid}")

        trainer.register(
            "logbooks",
            _("Shared logbook entries to answer"),
            trainer_home.logbooks_to_answer,
            order=25,
        )
        trainer.register(
            "observations",
            _("Observations to give"),
            trainer_home.observations_to_give,
            order=30,
        )
        navigation.register("practice", _("Practice"), "practice:index", order=20)
        privacy.register("practice", export=export_practice, erase=erase_practice, order=20)
        register_sweeper("companion-invitations", participant_invitations_requeue)
        roles.grant(
            roles.PROVIDER_EDITOR,
            "practice.add_method",
            "practice.change_method",
            "practice.delete_method",
            "practice.view_method",
        )
