from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ..models import Method
from .models import Meeting

SCALE = [(n, str(n)) for n in range(1, 6)]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise forms.ValidationError(_("This text contains a character that cannot be stored."))
    return value


class TextField(forms.CharField):
    default_validators = [_no_nul]


class GroupCreateForm(forms.Form):
    name = TextField(label=_("Name of the group"), max_length=120)
    organisation = TextField(label=_("Organisation"), max_length=160, required=False)
    facilitator_course = TextField(
        label=_("Course you followed as a facilitator"), max_length=200, required=False
    )
    rhythm_weeks = forms.IntegerField(
        label=_("Meets every ... weeks"), min_value=1, max_value=26, initial=6
    )
    meeting_minutes = forms.IntegerField(
        label=_("Meeting length in minutes"), min_value=60, max_value=240, initial=150
    )
    evaluation_after = forms.IntegerField(
        label=_("Interim evaluation after ... meetings"), min_value=1, max_value=12, initial=3
    )


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)


class RuleProposalForm(forms.Form):
    """The next version: each current rule rewritten (empty removes it), and one new rule."""

    new_rule = TextField(
        label=_("A new rule (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = {}
        fields = {}
        for item in items:
            name = f"rule_{item['item'].pk}"
            self.topics[name] = item["item"].topic
            fields[name] = TextField(
                label=item["label"],
                required=False,
                max_length=2000,
                initial=item["item"].text,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        self.fields = {**fields, "new_rule": self.fields["new_rule"]}

    def items(self) -> list[tuple[str, str]]:
        rules = [
            (topic, self.cleaned_data[name].strip())
            for name, topic in self.topics.items()
            if self.cleaned_data.get(name, "").strip()
        ]
        if self.cleaned_data.get("new_rule", "").strip():
            rules.append(("own", self.cleaned_data["new_rule"].strip()))
        return rules


class CommentForm(forms.Form):
    text = TextField(
        label=_("Your comment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class PlanForm(forms.Form):
    first_start = forms.DateTimeField(
        label=_("First meeting"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    count = forms.IntegerField(label=_("Number of meetings"), min_value=1, max_value=12, initial=3)
    location = TextField(label=_("Location"), max_length=200, required=False)


class CaseForm(forms.Form):
    situation = TextField(
        label=_("The situation: what happened, briefly"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )
    own_share = TextField(
        label=_("Your own share: what did you do, think, feel?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )
    question = TextField(
        label=_("Your question, in the ik-vorm"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
    )
    learning_goal = TextField(
        label=_("What you want to learn from it"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
    )


class MeetingStartForm(forms.Form):
    case = forms.TypedChoiceField(label=_("Case"), coerce=int, required=False, empty_value=None)
    method = forms.ModelChoiceField(label=_("Method"), queryset=Method.objects.none())
    led_by = forms.TypedChoiceField(label=_("Led by"), coerce=int)
    facilitation = forms.ChoiceField(
        label=_("Facilitation"),
        choices=Meeting.Facilitation.choices,
        initial=Meeting.Facilitation.EXTERNAL,
    )
    theme = TextField(
        label=_("Theme (a few words the organisation may see)"), max_length=120, required=False
    )

    def __init__(self, *args, cases, leaders, provider, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].choices = [("", _("No case yet: choose together"))] + [
            (c.pk, c.author.display_name) for c in cases
        ]
        self.fields["led_by"].choices = [(u.pk, u.display_name) for u in leaders]
        query = Q(provider__isnull=True)
        if provider is not None:
            query |= Q(provider=provider)
        self.fields["method"].queryset = Method.objects.filter(query).order_by("name")


class EvaluationForm(forms.Form):
    meetings_go = forms.TypedChoiceField(
        label=_("How do the meetings go?"), choices=SCALE, coerce=int, widget=forms.RadioSelect
    )
    yield_score = forms.TypedChoiceField(
        label=_("What do they yield for you?"), choices=SCALE, coerce=int, widget=forms.RadioSelect
    )
    value_for_work = forms.TypedChoiceField(
        label=_("How valuable are they for your work?"),
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
    )
    must_change = TextField(
        label=_("What must change?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    facilitation_wish = TextField(
        label=_("How do we want to shape the facilitation from now on?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AttendanceForm(forms.Form):
    present = forms.TypedMultipleChoiceField(
        label=_("Present"), coerce=int, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(u.pk, u.display_name) for u in people]
