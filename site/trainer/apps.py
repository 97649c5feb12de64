from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainerConfig(AppConfig):
    name = "intervisor.trainer"
    label = "trainer"
    verbose_name = _("Trainer home")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from intervisor import navigation
        from intervisor.providers.models import ProviderMembership

        from .selectors import trains_forget, user_trains

        navigation.register(
            "trainer_home", _("My work"), "trainer:home", order=45, visible=user_trains
        )
        post_save.connect(trains_forget, sender=ProviderMembership, dispatch_uid="trainer-trains-s")
        post_delete.connect(
            trains_forget, sender=ProviderMembership, dispatch_uid="trainer-trains-d"
        )
