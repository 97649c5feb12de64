import io

import pytest

from courses.workshops.models import Organisation, WorkshopBooking, WorkshopDate, WorkshopPage
from intervisor.seeding import seed_all

pytestmark = pytest.mark.django_db


def test_seed_is_idempotent(tmp_path, monkeypatch):
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    seed_all(io.StringIO())
    counts = [
        m.objects.count() for m in (WorkshopPage, WorkshopDate, Organisation, WorkshopBooking)
    ]
    seed_all(io.StringIO())
    assert counts == [
        m.objects.count() for m in (WorkshopPage, WorkshopDate, Organisation, WorkshopBooking)
    ]
    page = WorkshopPage.objects.get()
    assert page.live and (page.min_participants, page.max_participants) == (6, 8)
    assert counts[1] >= 6 and counts[3] == 1
    assert WorkshopBooking.objects.get().status == "requested"
    assert page.preparatory_course.slug == "intervisie-begeleiden-de-basis"
    assert page.followup_course.slug == "co-begeleiden-in-de-praktijk"
