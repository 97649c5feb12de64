from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_LENGTH


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Your reply"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
