from django import forms
from django.utils.translation import gettext_lazy as _

from practice.services import trainers_queryset

from .models import LABEL_CHOICES
from .services import MAX_LINE_CHARS


class TypedLineForm(forms.Form):
    text = forms.CharField(
        label=_("What would you say?"),
        max_length=MAX_LINE_CHARS,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Type what you would say first.")},
    )


class DrillLineForm(TypedLineForm):
    shared_with = forms.ModelChoiceField(
        label=_("Share with trainer"),
        queryset=trainers_queryset(),
        required=False,
        empty_label=_("Nobody (private)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shared_with"].queryset = trainers_queryset()
        self.fields["shared_with"].label_from_instance = lambda u: u.display_name


class QuestionCheckForm(forms.Form):
    question = forms.CharField(
        label=_("Your intervisie question"),
        max_length=MAX_LINE_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CorrectionForm(forms.Form):
    label = forms.ChoiceField(label=_("Right label"), choices=LABEL_CHOICES)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
