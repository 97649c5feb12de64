from allauth.account.signals import email_confirmed, password_changed, password_set
from django.contrib.auth import get_user_model, user_logged_in, user_logged_out
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from intervisor.queueing import enqueue_on_commit

from .roles import admin_access_forget
from .sessions import session_forget, session_record


@receiver(email_confirmed)
def queue_welcome_email(sender, request, email_address, **kwargs):
    # A welcome lost to a broker outage is not retried: it carries nothing the user needs.
    enqueue_on_commit("intervisor.accounts.tasks.send_welcome_email", email_address.user_id)


def _forget_admin_access(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Group):
        user_ids = set(instance.user_set.values_list("pk", flat=True))
        if sender is get_user_model().groups.through and pk_set:
            user_ids |= set(pk_set)
    else:
        user_ids = {instance.pk}
    admin_access_forget(user_ids)


for _through in (
    get_user_model().groups.through,
    get_user_model().user_permissions.through,
    Group.permissions.through,
):
    m2m_changed.connect(
        _forget_admin_access, sender=_through, dispatch_uid=f"admin-access-{_through}"
    )


@receiver(user_logged_in, dispatch_uid="accounts-session-record")
def record_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        session_record(user=user, session_key=request.session.session_key)


@receiver(password_changed, dispatch_uid="accounts-session-record-password")
@receiver(password_set, dispatch_uid="accounts-session-record-password-set")
def record_cycled_session(sender, request, user, **kwargs):
    # allauth keeps the user logged in under a new session key after a password change.
    record_session(sender, request, user)


@receiver(user_logged_out, dispatch_uid="accounts-session-forget")
def forget_session(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        session_forget(session_key=request.session.session_key)
