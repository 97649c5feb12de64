from allauth.account.models import EmailAddress


def email_unconfirmed(*, user) -> str:
    """The user's address that still waits for confirmation (primary first), or ""."""
    address = EmailAddress.objects.filter(user=user, verified=False).order_by("-primary").first()
    return address.email if address is not None else ""
