from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.selectors import providers_for_user

from .package import PackageRefused
from .quota import quota_problem
from .services import h5p_package_check


class H5PContentForm(WagtailAdminModelForm):
    """Upload form: the package is checked here, so a refused file is never stored."""

    upload = forms.FileField(
        label=_("H5P file"),
        required=False,
        help_text=_(
            "An .h5p file exported from Lumi, h5p.org or another H5P editor. It is checked at "
            "once and unpacked in the background."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".h5p"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if "provider" in self.fields and user is not None and not user.is_superuser:
            providers = providers_for_user(user=user, role=ProviderMembership.Role.EDITOR)
            self.fields["provider"].queryset = providers
            if providers.count() == 1 and not self.instance.pk:
                self.initial.setdefault("provider", providers.first().pk)
        elif "provider" in self.fields:
            self.fields["provider"].queryset = Provider.objects.all()
        self.checked_data = None
        self.checked = None

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if not self.instance.pk:
                raise ValidationError(_("Choose an .h5p file to upload."))
            return None
        if upload.size > settings.H5P_MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("The file is larger than the limit of %(mb)s MB.")
                % {"mb": settings.H5P_MAX_UPLOAD_BYTES // 2**20}
            )
        data = upload.read()
        try:
            self.checked = h5p_package_check(data=data, user=self.for_user)
        except PackageRefused as refused:
            raise ValidationError(list(refused.problems)) from None
        self.checked_data = data
        return upload

    def clean(self):
        cleaned = super().clean()
        provider = cleaned.get("provider") or getattr(self.instance, "provider", None)
        if self.checked is not None and provider is not None:
            problem = quota_problem(
                provider=provider,
                adding=self.checked.unpacked_bytes,
                replacing=self.instance if self.instance.pk else None,
            )
            if problem:
                self.add_error("upload", problem)
        return cleaned
