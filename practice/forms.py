from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .competencies import COMPETENCIES, RUBRIC_LEVELS
from .models import LogbookBaseline, LogbookEntry, Method
from .services import trainers_queryset

SCALE = [(n, str(n)) for n in range(1, 6)]


class ReflectionForm(forms.Form):
    reflection = forms.CharField(
        label=_("Your answer (only you can read it)"), widget=forms.Textarea, max_length=5000
    )


class SessionCreateForm(forms.Form):
    group_name = forms.CharField(label=_("Group"), max_length=120)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    method = forms.ModelChoiceField(label=_("Method"), queryset=Method.objects.none())

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Shared methods plus those of providers the user belongs to.
        self.fields["method"].queryset = Method.objects.filter(
            Q(provider__isnull=True) | Q(provider__memberships__user=user)
        ).distinct()


class ParticipantForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address (gets an invitation)"),
        help_text=_("They get a logbook once they accept the invitation."),
        required=False,
    )
    name = forms.CharField(label=_("or a name (no account)"), max_length=120, required=False)


class RolesForm(forms.Form):
    case_bringer = forms.TypedChoiceField(
        label=_("Case-bringer"), coerce=int, required=False, empty_value=None
    )
    timekeeper = forms.TypedChoiceField(
        label=_("Timekeeper"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args, participants=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—")] + [(p.pk, p.name) for p in participants]
        self.fields["case_bringer"].choices = choices
        self.fields["timekeeper"].choices = choices


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Process note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("About the process, not about the case: it stays with you."),
    )


class TrainerChoiceForm(forms.Form):
    trainer = forms.ModelChoiceField(
        label=_("Trainer"), queryset=trainers_queryset(), required=False, empty_label="—"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainer"].queryset = trainers_queryset()
        self.fields["trainer"].label_from_instance = lambda u: u.display_name


class BaselineForm(forms.ModelForm):
    class Meta:
        model = LogbookBaseline
        fields = ["learning_question", "normative", "methodical", "personal"]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}


class LogbookEntryForm(forms.ModelForm):
    case_score = forms.TypedChoiceField(label=_("The case"), choices=SCALE, coerce=int)
    method_score = forms.TypedChoiceField(label=_("The method"), choices=SCALE, coerce=int)
    collaboration_score = forms.TypedChoiceField(
        label=_("The collaboration"), choices=SCALE, coerce=int
    )
    comment = forms.CharField(
        label=_("Comment on the session"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    shared_with = forms.ModelChoiceField(
        label=_("Share with trainer"),
        queryset=trainers_queryset(),
        required=False,
        empty_label=_("Nobody (private)"),
    )

    class Meta:
        model = LogbookEntry
        fields = [
            "situations_discussed",
            "learning_question",
            "learned_normative",
            "learned_methodical",
            "learned_personal",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shared_with"].queryset = trainers_queryset()
        self.fields["shared_with"].label_from_instance = lambda u: u.display_name
        for name in ("situations_discussed", "learning_question"):
            self.fields[name].required = True


class ObservationForm(forms.Form):
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in COMPETENCIES.items():
            self.fields[key] = forms.TypedChoiceField(
                label=label, choices=RUBRIC_LEVELS, coerce=int, widget=forms.RadioSelect
            )

    def scores(self) -> dict:
        return {key: self.cleaned_data[key] for key in COMPETENCIES}

    def competency_fields(self):
        return [self[key] for key in COMPETENCIES]
