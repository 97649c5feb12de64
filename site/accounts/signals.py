from allauth.account.signals import email_confirmed
from django.db import transaction
from django.dispatch import receiver


@receiver(email_confirmed)
def queue_welcome_email(sender, request, email_address, **kwargs):
    from .tasks import send_welcome_email

    user_id = email_address.user_id
    transaction.on_commit(lambda: send_welcome_email.delay(user_id))
