"""Dutch as the learner reads it: informal "je", Dutch dates and numbers, the site's name."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import allauth
import django
import polib
import pytest
from django.core import mail
from django.template import Context, Template
from django.utils import translation

from certification.models import RequirementStatus
from certification.services.evaluation import _number
from intervisor.accounts.models import User

FORMAL = re.compile(r"\b(u|uw|uzelf)\b|a\.u\.b\.", re.IGNORECASE)
CATALOGUES = [
    Path(allauth.__file__).parent / "locale/nl/LC_MESSAGES/django.po",
    Path(django.__file__).parent / "contrib/auth/locale/nl/LC_MESSAGES/django.po",
    Path(django.__file__).parent / "conf/locale/nl/LC_MESSAGES/django.po",
    Path(__file__).resolve().parents[2] / "locale/nl/LC_MESSAGES/django.po",
]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=["allauth", "auth", "django", "ours"])
def test_no_formal_u_in_the_dutch_strings_of_allauth_and_django(catalogue):
    formal = []
    with translation.override("nl"):
        for entry in polib.pofile(str(catalogue)):
            if entry.obsolete or not entry.msgstr:
                continue
            shown = (
                translation.pgettext(entry.msgctxt, entry.msgid)
                if entry.msgctxt
                else translation.gettext(entry.msgid)
            )
            if FORMAL.search(shown):
                formal.append(shown)
    assert formal == []


def test_logging_in_is_inloggen_and_the_mail_word_is_one_word():
    with translation.override("nl"):
        assert translation.gettext("Sign In") == "Inloggen"
        assert translation.gettext("Log in") == "Inloggen"
        sent = translation.gettext("Confirmation email sent to %(email)s.")
        assert "Bevestigingsmail" in sent
        assert "Bijeenkomstbegeleider" not in translation.gettext("Session companion")
        assert " pad" not in translation.gettext("Start this path")


def test_short_dates_and_decimals_read_dutch():
    template = Template(
        '{{ d|date:"SHORT_DATE_FORMAT" }} · {{ d2|date:"SHORT_DATE_FORMAT" }} · {{ x }}'
    )
    context = Context({"d": datetime.date(2026, 12, 2), "d2": datetime.date(2026, 5, 14), "x": 3.5})
    with translation.override("nl"):
        assert template.render(context) == "2 dec. 2026 · 14 mei 2026 · 3,5"
    with translation.override("en"):
        assert template.render(context) == "Dec. 2, 2026 · May 14, 2026 · 3.5"


def test_a_requirement_detail_shows_its_number_in_the_languages_format():
    status = RequirementStatus(
        detail=[["with a rubric score of %(score)s or more", {"score": _number(Decimal("3.5"))}]]
    )
    with translation.override("nl"):
        assert "3,5" in status.detail_text
    with translation.override("en"):
        assert "3.5" in status.detail_text


@pytest.mark.django_db
def test_allauth_mails_greet_from_the_sites_name_not_its_host(client, home):
    User.objects.create_user(email="ria@example.test", password="een-lang-wachtwoord-123")
    client.post("/accounts/password/reset/", {"email": "ria@example.test"}, HTTP_HOST="127.0.0.1")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Intervisor" in message.body and "Hallo van 127.0.0.1" not in message.body
    assert message.subject.startswith("[Intervisor]")
