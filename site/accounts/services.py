from django.contrib.auth.models import Group
from django.db import transaction

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
    from allauth.account.models import EmailAddress

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
        with translation.override(settings.LANGUAGE_CODE):
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
