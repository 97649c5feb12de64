from django.db import IntegrityError, transaction

from intervisor.accounts import roles
from intervisor.accounts.models import User
from intervisor.accounts.services import user_create


def user_for_email(email: str) -> tuple[User, bool]:
    """The participant's account, made if absent: a learner without a password, e-mail verified.

    The invitation link lets them choose a password, so none travels by e-mail.
    """
    if user := User.objects.filter(email__iexact=email).first():
        return user, False
    try:
        with transaction.atomic():
            return user_create(
                email=email, password=None, role_names=(roles.LEARNER,), verified=True
            ), True
    except IntegrityError:
        # Another invitation (same person, other booking) made the account a moment ago.
        return User.objects.get(email__iexact=email), False
