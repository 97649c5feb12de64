"""The demo tells one story: a certificate holder met every requirement, and a course shows
the same progress on "Mijn leren" as on the certification path."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from certification.charts import progress_chart
from certification.models import Certificate, Evidence, Path, Requirement, RequirementStatus
from courses.models import Enrollment
from courses.selectors import dashboard_for_user
from intervisor.accounts.models import User
from practice.models import SimulationRun

# As in `make run`, courses and practice report completions to certification on commit, and
# the demo certificate rests on exactly those reports: the seed's commit callbacks run
# (django_capture_on_commit_callbacks), inside the test's own transaction.
pytestmark = pytest.mark.django_db


def _seed(tmp_path, monkeypatch, capture) -> Path:
    monkeypatch.setenv("INTERVISOR_DEMO_LOGINS_FILE", str(tmp_path / "logins.json"))
    with capture(execute=True):
        call_command("seed_demo", stdout=io.StringIO())
    return Path.objects.get(slug="intervisiebegeleider")


def _path_view(client, user, path):
    """What the path page renders for this learner: its own context, not a re-computation."""
    client.force_login(user)
    response = client.get(reverse("certification:path", args=[path.pk]))
    assert response.status_code == 200
    return response.context["view"], response


def test_the_demo_tells_one_story(
    client, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    """Seeded once (it takes a while); two stories checked on it."""
    demo = _seed(tmp_path, monkeypatch, django_capture_on_commit_callbacks)
    _every_certificate_rests_on_requirements_met(client, demo)
    _course_progress_is_one_number(client, demo)


def _every_certificate_rests_on_requirements_met(client, demo):
    certificates = list(Certificate.objects.select_related("user", "level"))
    assert certificates, "the demo shows at least one certificate"
    for certificate in certificates:
        view, _response = _path_view(client, certificate.user, demo)
        item = next(i for i in view.levels if i.level == certificate.level)
        assert item.statuses, "a level without requirements proves nothing"
        assert [s.state for s in item.statuses] == [RequirementStatus.State.MET] * len(
            item.statuses
        ), [(s.requirement.kind, s.state) for s in item.statuses]
        assert item.percent == 100
        # The rows behind the statuses exist: a completed enrolment, finished runs, an intake.
        holder = certificate.user
        course_req = certificate.level.requirements.get(kind=Requirement.Kind.COURSE_COMPLETED)
        enrollment = Enrollment.objects.get(user=holder, course_id=course_req.target_page_id)
        assert enrollment.is_completed
        assert Evidence.objects.filter(
            user=holder, kind=Evidence.Kind.COURSE_COMPLETED, target_id=course_req.target_page_id
        ).exists()
        sims = certificate.level.requirements.get(kind=Requirement.Kind.SIMULATIONS_PASSED)
        finished = SimulationRun.objects.filter(user=holder, status=SimulationRun.Status.COMPLETED)
        assert finished.values("scenario").distinct().count() >= sims.count
        assert holder.certification_intakes.get(path=demo).status == "confirmed"


def _course_progress_is_one_number(client, demo):
    """The path page's course requirement and "Mijn leren" show the same progress."""
    learner = User.objects.get(email="leerling@intervisor.test")
    view, response = _path_view(client, learner, demo)
    status = next(
        s
        for item in view.levels
        for s in item.statuses
        if s.requirement.kind == Requirement.Kind.COURSE_COMPLETED
    )
    course = dashboard_for_user(user=learner)["courses"]
    mine = next(c for c in course if c.enrollment.course_id == status.requirement.target_page_id)
    assert 0 < mine.progress["percent"] < 100, "the demo learner is part-way through"
    assert status.state == RequirementStatus.State.IN_PROGRESS
    assert (status.current, status.target) == (mine.progress["done"], mine.progress["total"])
    assert status.percent == mine.progress["percent"]
    my_learning = client.get(reverse("courses:dashboard")).content.decode()
    assert f'<span class="badge">{mine.progress["percent"]}%</span>' in my_learning

    # The level's percentage is the chart's fill, not "requirements fully met".
    level = view.levels[0]
    chart = progress_chart(view)
    assert level.percent == chart["rows"][0]["percent"]
    assert level.percent == round(sum(s.percent for s in level.statuses) / len(level.statuses))
    assert level.percent > 0
    assert f"{level.percent}%" in response.content.decode()


def test_old_certification_urls_redirect_permanently_to_traject(client):
    response = client.get("/certificering/pad/7/intake/?x=1")
    assert response.status_code == 301
    assert response["Location"] == "/certificering/traject/7/intake/?x=1"
    assert reverse("certification:path", args=[7]) == "/certificering/traject/7/"
