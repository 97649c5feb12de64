from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction

from intervisor.private_files import random_name

from . import roles
from .models import User


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str | None,
    first_name: str = "",
    last_name: str = "",
    role_names: tuple[str, ...] = (roles.LEARNER,),
    is_staff: bool = False,
    is_superuser: bool = False,
    verified: bool = False,
) -> User:
    user = User.objects.create_user(
        email=email,
        password=password,
        first_name=first_name,
        last_name=last_name,
        is_staff=is_staff,
        is_superuser=is_superuser,
    )
    user_roles_add(user=user, role_names=role_names)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=verified)
    return user


def user_roles_add(*, user: User, role_names) -> None:
    groups = list(Group.objects.filter(name__in=role_names))
    missing = set(role_names) - {g.name for g in groups}
    if missing:
        raise ValueError(f"Unknown roles: {', '.join(sorted(missing))}")
    user.groups.add(*groups)
    user.__dict__.pop("_role_names", None)


def user_welcome_send(*, user_id: int) -> bool:
    """Send the welcome e-mail once. The row lock makes a second run (or a retry) a no-op."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.utils import timezone, translation
    from django.utils.translation import gettext as _

    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id).first()
        if user is None or user.welcome_sent_at is not None:
            return False
        with translation.override(user.preferred_language):
            body = render_to_string(
                "accounts/email/welcome.txt",
                {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL},
            )
            send_mail(_("Welcome to Intervisor"), body, None, [user.email])
        user.welcome_sent_at = timezone.now()
        user.save(update_fields=["welcome_sent_at"])
    return True


def user_data_export(*, user: User) -> dict:
    """Everything the platform stores about this user, per app, as JSON-ready data."""
    from django.utils import timezone

    from intervisor import privacy

    data = {"exported_at": timezone.now().isoformat(), "user_id": user.pk}
    for section in privacy.sections():
        data[section.key] = section.export(user)
    return data


@transaction.atomic
def user_account_delete(*, user: User, options: set[str] | frozenset = frozenset()) -> None:
    """Erase personal data and keep an anonymous shell row.

    The row stays (inactive, anonymised) so records that must survive for others, such as a
    provider's booking history or an issued certificate's number, keep a valid foreign key
    without pointing at a person. `options` holds the names of the erasure choices the user
    ticked (see privacy.ErasureOption), e.g. removing their name from certificates.
    """
    from django.conf import settings
    from django.utils import translation
    from django.utils.translation import gettext as _

    from intervisor import privacy

    user = User.objects.select_for_update().get(pk=user.pk)
    needles = [user.email, user.get_full_name()]
    for section in reversed(privacy.sections()):
        section.run_erase(user, set(options))
    # What others typed about the person (a participant's name, a note) loses the name too.
    with translation.override(settings.LANGUAGE_CODE):
        privacy.names_scrub(needles, _("[name removed]"))
    user.email = f"verwijderd-{user.pk}@invalid.intervisor"
    user.first_name = ""
    user.last_name = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()


@transaction.atomic
def user_profile_update(*, user: User, first_name: str, last_name: str, language: str) -> User:
    user.first_name = first_name
    user.last_name = last_name
    user.language = language
    user.save(update_fields=["first_name", "last_name", "language"])
    return user


def photo_file_forget(name: str) -> None:
    """Delete a stored photo once the row no longer points at it (after the commit)."""
    if name:
        storage = User._meta.get_field("photo").storage
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def user_photo_set(*, user: User, content: bytes) -> None:
    """Store `content` (a JPEG from accounts.photos) as the user's photo under a new random
    name, so a cached old URL never shows the new photo, and remove the old file."""
    user = User.objects.select_for_update().get(pk=user.pk)
    old = user.photo.name
    user.photo.save(random_name("photos", "photo.jpg"), ContentFile(content), save=False)
    user.save(update_fields=["photo"])
    photo_file_forget(old)


@transaction.atomic
def user_photo_remove(*, user: User) -> None:
    user = User.objects.select_for_update().get(pk=user.pk)
    old = user.photo.name
    user.photo = ""
    user.save(update_fields=["photo"])
    photo_file_forget(old)


VERIFICATION_RESEND_EVERY = 180  # seconds between two confirmation e-mails to one address


def verification_resend(*, request, user: User | None = None, email: str = "") -> str:
    """Send a new confirmation e-mail through allauth: to the logged-in `user`'s unconfirmed
    primary address, or to `email` when an account uses it and it is unconfirmed.

    Returns "sent", "wait" (one was sent to this address less than VERIFICATION_RESEND_EVERY
    seconds ago) or "verified" (the user has nothing left to confirm). For `email` the answer
    is "sent" whether or not an account uses it, so the form tells nobody who has an account.
    """
    if user is not None:
        address = (
            EmailAddress.objects.filter(user=user, verified=False).order_by("-primary").first()
        )
        if address is None:
            return "verified"
        email = address.email
    else:
        address = EmailAddress.objects.filter(email__iexact=email, verified=False).first()
    key = f"accounts:verify-resend:{email.strip().lower()}"
    if not cache.add(key, 1, VERIFICATION_RESEND_EVERY):
        return "wait"
    if address is not None:
        address.send_confirmation(request)
    return "sent"
