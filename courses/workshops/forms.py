import uuid

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _


def date_label(wdate) -> str:
    return _("%(date)s from %(time)s, trainer %(trainer)s") % {
        "date": formats.date_format(wdate.date, "l j F Y"),
        "time": formats.time_format(wdate.start_time, "H:i"),
        "trainer": wdate.trainer.display_name,
    }


class BookingForm(forms.Form):
    # An integer, not a choice among the free dates: a date that passed or was taken meanwhile
    # then reaches the booking service, which says exactly what is wrong with it.
    workshop_date = forms.IntegerField(
        label=_("Date"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a date.")},
    )
    organisation = forms.TypedChoiceField(
        label=_("Organisation"),
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={
            "invalid_choice": _("You can only book for an organisation you belong to.")
        },
    )
    organisation_name = forms.CharField(
        label=_("Name of a new organisation"),
        max_length=200,
        required=False,
        help_text=_("Only needed when you book for an organisation not listed above."),
    )
    invoice_address = forms.CharField(
        label=_("Invoice address"), widget=forms.Textarea(attrs={"rows": 3})
    )
    location = forms.CharField(
        label=_("Location of the workshop"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Street, postcode and town where your team will meet."),
    )
    distance_km = forms.IntegerField(
        label=_("Distance in km (one way)"), min_value=0, max_value=1000, initial=0
    )
    participant_count = forms.IntegerField(label=_("Number of participants"))
    participant_emails = forms.CharField(
        label=_("Participants' e-mail addresses (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line. You can also add them later."),
    )
    notes = forms.CharField(
        label=_("Anything we should know?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, page, available_dates, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.offered_ids = set(page.dates.values_list("pk", flat=True))
        self.fields["workshop_date"].widget.choices = [
            (d.pk, date_label(d)) for d in available_dates
        ]
        self.fields["organisation"].choices = [("", _("A new organisation"))] + [
            (o.pk, o.name) for o in organisations
        ]
        if organisations:
            self.fields["organisation"].initial = organisations[0].pk
        else:
            self.fields["organisation"].widget = forms.HiddenInput()
            self.fields["organisation_name"].label = _("Name of your organisation")
            self.fields["organisation_name"].help_text = ""
        count = self.fields["participant_count"]
        count.min_value, count.max_value = page.min_participants, page.max_participants
        count.widget.attrs.update(min=page.min_participants, max=page.max_participants)
        count.initial = page.min_participants
        count.help_text = _("Between %(min)s and %(max)s.") % {
            "min": page.min_participants,
            "max": page.max_participants,
        }
        if page.travel_rule == "per_km":
            self.fields["distance_km"].help_text = _(
                "From %(base)s to your location; the first %(free)s km are free."
            ) % {"base": page.travel_base or "-", "free": page.travel_free_km}
        else:
            del self.fields["distance_km"]
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4())

    def clean_workshop_date(self):
        value = self.cleaned_data["workshop_date"]
        if value not in self.offered_ids:
            raise forms.ValidationError(
                _(
                    "This date is not offered for this workshop. "
                    "Please choose one of the dates shown."
                )
            )
        return value

    def clean_participant_count(self):
        value = self.cleaned_data["participant_count"]
        page = self.page
        if not page.min_participants <= value <= page.max_participants:
            raise forms.ValidationError(
                _("This workshop is for %(min)s to %(max)s participants.")
                % {"min": page.min_participants, "max": page.max_participants}
            )
        return value

    def clean(self):
        data = super().clean()
        if data.get("organisation") is None and not data.get("organisation_name", "").strip():
            self.add_error("organisation_name", _("Please give the name of your organisation."))
        return data

    def emails(self) -> tuple[str, ...]:
        return tuple(self.cleaned_data.get("participant_emails", "").split())


class ParticipantsForm(forms.Form):
    emails = forms.CharField(
        label=_("Add participants by e-mail"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One address per line."),
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class AdminCancelForm(CancelForm):
    waive_fee = forms.BooleanField(
        label=_("Waive the cancellation fee (for example when we cancel ourselves)"),
        required=False,
    )


class AttendanceForm(forms.Form):
    def __init__(self, *args, participants, **kwargs):
        super().__init__(*args, **kwargs)
        self.participants = participants
        for p in participants:
            self.fields[f"p{p.pk}"] = forms.TypedChoiceField(
                label=p.email,
                choices=[("yes", _("Attended")), ("no", _("Absent"))],
                coerce=lambda v: v == "yes",
                widget=forms.RadioSelect,
                initial=None if p.attended is None else ("yes" if p.attended else "no"),
            )

    def attendance(self) -> dict[int, bool]:
        return {p.pk: self.cleaned_data[f"p{p.pk}"] for p in self.participants}
