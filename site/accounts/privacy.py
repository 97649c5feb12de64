"""The account's own data in the privacy export, and what deleting an account removes."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from .services import photo_file_forget
from .sessions import user_sessions_end


def export_profile(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
        "language": user.language,
        "photo": bool(user.photo),
        "two_step_verification": Authenticator.objects.filter(user=user).exists(),
        "provider_memberships": [
            {"provider": m.provider.name, "role": m.role}
            for m in user.provider_memberships.select_related("provider")
        ],
    }


def erase_profile(user) -> None:
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    user.provider_memberships.all().delete()
    user.groups.clear()
    user.user_permissions.clear()
    photo_file_forget(user.photo.name)
    user.photo = ""  # saved by user_account_delete
    # Every session it logged in with ends now, in the database and the cache alike.
    user_sessions_end(user=user)
