from django import forms
from django.utils.translation import gettext_lazy as _

from . import kinds


class PreferencesForm(forms.Form):
    """One checkbox per kind: e-mail me about this. The inbox always gets everything."""

    email_kinds = forms.MultipleChoiceField(
        label=_("E-mail me when"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email_kinds"].choices = [(k.key, k.label) for k in kinds.all_kinds()]
