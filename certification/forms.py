import json
import re

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from intervisor.providers.models import ProviderMembership

from .goals import goal_missing_qualities
from .models import LearningGoal

NUMBER_PATTERN = re.compile(r"^IV-\d{4}-\d{6}$", re.IGNORECASE)


class LookupForm(forms.Form):
    number = forms.RegexField(
        label=_("Certificate number"),
        regex=NUMBER_PATTERN,
        max_length=20,
        error_messages={"invalid": _("A certificate number looks like IV-2026-000123.")},
        widget=forms.TextInput(attrs={"placeholder": "IV-2026-000123", "autocomplete": "off"}),
    )

    def clean_number(self):
        return self.cleaned_data["number"].strip().upper()


CREDENTIAL_MAX_BYTES = 200_000


class CredentialCheckForm(forms.Form):
    """A credential to check: pasted as text or uploaded as a file."""

    credential = forms.CharField(
        label=_("Paste the credential (JSON)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
    )
    file = forms.FileField(label=_("Or upload the file (badge.json)"), required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        text = cleaned.get("credential", "")
        if upload is not None:
            if upload.size > CREDENTIAL_MAX_BYTES:
                raise forms.ValidationError(_("That file is too large for a credential."))
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("That file is not a JSON text file.")) from None
        if not text.strip():
            raise forms.ValidationError(_("Paste a credential or choose its file."))
        if len(text) > CREDENTIAL_MAX_BYTES:
            raise forms.ValidationError(_("That text is too long for a credential."))
        try:
            cleaned["document"] = json.loads(text)
        except ValueError as exc:
            raise forms.ValidationError(
                _("That is not valid JSON (line %(line)s).") % {"line": getattr(exc, "lineno", "?")}
            ) from None
        return cleaned


class IntakeForm(forms.Form):
    trainer = forms.ModelChoiceField(
        label=_("Trainer"),
        queryset=get_user_model().objects.none(),
        required=False,
        help_text=_("The trainer who agrees the goals with you and confirms the intake."),
    )
    manager_name = forms.CharField(
        label=_("Manager (optional)"),
        max_length=150,
        required=False,
        help_text=_("If your manager joins the intake conversation, write their name here."),
    )

    def __init__(self, *args, path, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainer"].queryset = get_user_model().objects.filter(
            provider_memberships__provider=path.provider,
            provider_memberships__role=ProviderMembership.Role.TRAINER,
        )
        self.fields["trainer"].label_from_instance = lambda user: user.get_full_name() or user.email


class GoalForm(forms.Form):
    text = forms.CharField(
        label=_("New learning goal"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Positive, concrete behaviour, with a time element, in your own control, and saying "
            "where and when. Example: “Before the summer I summarise, in each question round "
            "of our intervisie sessions, what the case-bringer said before the group moves on.”"
        ),
    )

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        missing = goal_missing_qualities(text)
        if missing:
            self.missing_qualities = missing
            raise forms.ValidationError(
                [f"{quality.label}: {quality.explanation}" for quality in missing]
            )
        return text


class GoalEvaluationForm(forms.Form):
    # The goal's id travels in a hidden field of the page; anything but a number is refused.
    goal = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)
    outcome = forms.ChoiceField(label=_("Outcome"), choices=LearningGoal.Outcome.choices)
    evaluation = forms.CharField(
        label=_("Evaluation"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("pass", _("Pass")), ("not_yet", _("Not yet"))],
        widget=forms.RadioSelect,
    )
    feedback = forms.CharField(
        label=_("Feedback for the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Required for “not yet”: what should the learner work on?"),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "not_yet" and not data.get("feedback", "").strip():
            self.add_error(
                "feedback", _("Explain what is still needed when the answer is not yet.")
            )
        return data


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
