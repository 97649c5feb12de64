from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from intervisor.private_files import private_storage


class IntervisorUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    welcome_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The language of e-mails and, once logged in, of the site; empty means the site's default.
    language = models.CharField(
        _("language"), max_length=10, blank=True, choices=settings.LANGUAGES
    )

    # Optional; re-encoded on upload (accounts.photos) and kept in the private storage, so only
    # a view that checks who asks hands it out.
    photo = models.FileField(_("photo"), storage=private_storage, blank=True, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = IntervisorUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def preferred_language(self) -> str:
        return self.language or settings.LANGUAGE_CODE

    @property
    def photo_url(self) -> str:
        """The photo's address for its owner; the stored name changes with each upload, so the
        query string lets the browser keep a photo until it is replaced."""
        if not self.photo:
            return ""
        version = PurePosixPath(self.photo.name).stem[:12]
        return f"{reverse('accounts:photo')}?v={version}"

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.email.split("@")[0]


class UserSession(models.Model):
    """A session key a user logged in with, so that deleting the account can end every one of
    its sessions through the session engine's own API, whichever engine is configured."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.session_key
