from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group

from . import roles


class AccountAdapter(DefaultAccountAdapter):
    """Every self-registered user starts as a learner; other roles are granted by providers."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            learner = Group.objects.filter(name=roles.LEARNER).first()
            if learner:
                user.groups.add(learner)
        return user
