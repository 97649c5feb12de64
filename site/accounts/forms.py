from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .photos import photo_encode


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form; allauth calls signup() after creating the user."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    field_order = ["first_name", "last_name", "email", "password1", "password2"]

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])


class ProfileForm(forms.Form):
    """The name and the language a user edits on the profile."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        help_text=_("The language of the site once you are logged in, and of every e-mail."),
    )

    @classmethod
    def for_user(cls, user, data=None):
        initial = {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "language": user.preferred_language,
        }
        return cls(data, initial=initial)


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Choose a photo"),
        help_text=_("JPEG, PNG or WebP, at most 2 MB. We store a small copy, shown only to you."),
        max_length=255,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    def clean_photo(self):
        """The re-encoded JPEG bytes (see accounts.photos), not the upload."""
        return photo_encode(self.cleaned_data["photo"])


class VerificationResendForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))


class AccountDeleteForm(forms.Form):
    """Deleting an account cannot be undone, so we ask for the password and a typed word."""

    # In the page's language: an English page asks for DELETE, a Dutch one for VERWIJDER.
    CONFIRM_WORD = _("DELETE")

    password = forms.CharField(label=_("Your password"), widget=forms.PasswordInput)
    confirm = forms.CharField(
        label=format_lazy(_("Type {word} to confirm"), word=CONFIRM_WORD),
        help_text=_("This removes your personal data and cannot be undone."),
    )

    def __init__(self, *args, user, **kwargs):
        from intervisor import privacy

        super().__init__(*args, **kwargs)
        self.user = user
        # Choices the feature apps offer (privacy.ErasureOption), before the confirmation.
        self.option_names = []
        for option in privacy.erasure_options():
            name = f"option_{option.name}"
            self.fields[name] = forms.BooleanField(
                label=option.label, help_text=option.help_text, required=False
            )
            self.option_names.append(option.name)
        self.order_fields([*(f"option_{n}" for n in self.option_names), "password", "confirm"])

    def chosen_options(self) -> set[str]:
        return {n for n in self.option_names if self.cleaned_data.get(f"option_{n}")}

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not correct."))
        return password

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip()
        if value.upper() != str(self.CONFIRM_WORD):
            raise forms.ValidationError(
                format_lazy(_("Type the word {word} exactly."), word=self.CONFIRM_WORD)
            )
        return value
