"""Booking e-mails are written in the booker's language, whatever language the sender uses."""

import pytest

from courses.workshops.services import booking_confirm
from tests.factories.workshops import make_booking

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "subject"), [("en", "Booking confirmed"), ("", "Boeking")])
def test_confirmation_in_the_bookers_language(
    wdate,
    team_lead,
    organisation,
    editor,
    django_capture_on_commit_callbacks,
    mailoutbox,
    language,
    subject,
):
    team_lead.language = language
    team_lead.save()
    booking = make_booking(wdate, team_lead, organisation)
    with django_capture_on_commit_callbacks(execute=True):
        booking_confirm(booking=booking, by=editor)
    mail = next(m for m in mailoutbox if booking.reference in m.subject)
    assert mail.subject.startswith(subject)
