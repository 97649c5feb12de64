import io

import pytest
from django.core.management import call_command

from certification.models import (
    Certificate,
    Evidence,
    Intake,
    Level,
    LevelProgress,
    Path,
    Requirement,
)
from practice.models import SimulationRun

# The demo certificate rests on completions reported on commit: the seed's commit callbacks
# run (django_capture_on_commit_callbacks), inside the test's own transaction.
pytestmark = pytest.mark.django_db


def test_seed_builds_the_path_progress_and_a_certificate_once(
    tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    path = Path.objects.get(slug="intervisiebegeleider")
    assert list(path.levels.values_list("name", flat=True)) == [
        "Aspirant-begeleider",
        "Co-begeleider",
        "Zelfstandig intervisiebegeleider",
    ]
    course_req = Requirement.objects.get(level__position=1, kind="course_completed")
    assert course_req.target_page.title == "Intervisie begeleiden: de basis"
    intake = Intake.objects.get(user__email="leerling@intervisor.test")
    assert intake.status == Intake.Status.CONFIRMED and intake.goals.count() == 2
    statuses = LevelProgress.objects.get(
        user__email="leerling@intervisor.test", level__position=1
    ).statuses
    assert statuses.get(requirement__kind="intake_goals").state == "met"
    # Practice's unfinished demo run stays; one finished run shows as real progress.
    runs = SimulationRun.objects.filter(user__email="leerling@intervisor.test")
    assert runs.filter(status="in_progress").exists()
    finished = runs.get(status="completed")
    simulations = statuses.get(requirement__kind="simulations_passed")
    assert (simulations.state, simulations.current, simulations.target) == ("in_progress", 1, 4)
    assert simulations.evidence == [
        {"title": finished.scenario.title, "url": finished.get_absolute_url()}
    ]
    certificate = Certificate.objects.get()
    assert certificate.user.email == "leerling2@intervisor.test"

    counts = (
        Level.objects.count(),
        Requirement.objects.count(),
        Certificate.objects.count(),
        SimulationRun.objects.count(),
        Evidence.objects.count(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    assert (
        Level.objects.count(),
        Requirement.objects.count(),
        Certificate.objects.count(),
        SimulationRun.objects.count(),
        Evidence.objects.count(),
    ) == counts
