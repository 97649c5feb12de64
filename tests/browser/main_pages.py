"""The main pages of the site per role, on the seeded demo data, for the page-by-page checks
(tests/browser/test_main_pages.py).

The demo seed takes long, so one module seeds it once and serves it from its own live server:
pytest-django's `live_server` fixture flushes the database after every test that uses it.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from certification.models import Path
from courses.pages import CoursePage, LessonPage
from courses.workshops.models import WorkshopBooking
from courses.workshops.pages import WorkshopPage
from intervisor.accounts.models import User
from intervisor.providers.models import ProviderPage
from intervisor.seeding import DEMO_USERS, seed_all
from practice.groups.models import IntervisieGroup
from practice.models import SimulationRun
from practice.pages import ScenarioPage
from practice.services.simulations import simulation_run_start
from tests.factories.site import PASSWORD

ANONYMOUS = "anonymous"
LEARNER = "learner"
TRAINER = "trainer"
TEAM_LEAD = "teamlead"
EDITOR = "editor"
ROLES = (ANONYMOUS, LEARNER, TRAINER, TEAM_LEAD, EDITOR)
LOGGED_IN = (LEARNER, TRAINER, TEAM_LEAD, EDITOR)
EVERYONE = ROLES


@dataclass(frozen=True)
class MainPage:
    key: str
    roles: tuple[str, ...]
    url: Callable[[dict], str]  # (the seeded objects) -> a path in Dutch, the default language


def _reverse(name: str, *args) -> Callable[[dict], str]:
    return lambda seeded: reverse(name, args=args)


PAGES = (
    MainPage("home", EVERYONE, lambda s: "/"),
    MainPage("login", (ANONYMOUS,), _reverse("account_login")),
    MainPage("signup", (ANONYMOUS,), _reverse("account_signup")),
    MainPage("password-reset", (ANONYMOUS,), _reverse("account_reset_password")),
    MainPage("provider", (ANONYMOUS, EDITOR), lambda s: s["provider_page"].url),
    MainPage("catalogue", EVERYONE, _reverse("courses:catalogue")),
    MainPage("course", EVERYONE, lambda s: s["course"].url),
    MainPage("lesson", (LEARNER, TRAINER), lambda s: s["lesson"].url),
    MainPage("my-learning", (LEARNER, TRAINER, TEAM_LEAD), _reverse("courses:dashboard")),
    MainPage("cohort", (TRAINER,), lambda s: reverse("courses:cohort", args=[s["course"].pk])),
    MainPage("practice", EVERYONE, _reverse("practice:index")),
    MainPage("scenario", EVERYONE, lambda s: s["scenario"].url),
    MainPage(
        "simulation-step",
        (LEARNER, TRAINER),
        lambda s: reverse("practice:run", args=[s["runs"][s["role"]].pk]),
    ),
    MainPage("logbook", (LEARNER, TRAINER), _reverse("practice:logbook")),
    MainPage("drills", (LEARNER,), _reverse("language:drill_index")),
    MainPage("groups", (LEARNER, TRAINER, TEAM_LEAD), _reverse("groups:index")),
    MainPage(
        "group",
        (LEARNER, TRAINER, TEAM_LEAD),
        lambda s: reverse("groups:detail", args=[s["group"].pk]),
    ),
    MainPage(
        "group-rules", (LEARNER, TRAINER), lambda s: reverse("groups:rules", args=[s["group"].pk])
    ),
    MainPage("certification", EVERYONE, _reverse("certification:overview")),
    MainPage(
        "certification-path",
        (LEARNER, TRAINER),
        lambda s: reverse("certification:path", args=[s["path"].pk]),
    ),
    MainPage("certification-trainer", (TRAINER,), _reverse("certification:trainer")),
    MainPage("workshops", EVERYONE, _reverse("workshops:index")),
    MainPage("workshop", EVERYONE, lambda s: s["workshop"].url),
    MainPage("bookings", (TRAINER, TEAM_LEAD), _reverse("workshops:booking_list")),
    MainPage(
        "booking",
        (TEAM_LEAD,),
        lambda s: reverse("workshops:booking_detail", args=[s["booking"].pk]),
    ),
    MainPage("inbox", LOGGED_IN, _reverse("notifications:inbox")),
    MainPage("notification-settings", LOGGED_IN, _reverse("notifications:preferences")),
    MainPage("calendar", LOGGED_IN, _reverse("calendarfeed:settings")),
    MainPage("profile", LOGGED_IN, _reverse("accounts:profile")),
    MainPage("privacy", LOGGED_IN, _reverse("accounts:privacy")),
    MainPage("trainer-home", (TRAINER,), _reverse("trainer:home")),
)

CASES = [(page, role) for page in PAGES for role in page.roles]


def case_id(case) -> str:
    page, role = case
    return f"{page.key}-{role}"


def seed_demo() -> dict:
    """Seeds the demo, gives every demo login the tests' password, and returns what the page
    URLs are built from."""
    seed_all(io.StringIO())
    users = {}
    for key, email, *_rest in DEMO_USERS:
        user = User.objects.get(email=email)
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
        users[key] = user
    scenario = ScenarioPage.objects.live().order_by("path").first()
    runs = {
        role: SimulationRun.objects.filter(
            user=users[role], status=SimulationRun.Status.IN_PROGRESS
        ).first()
        or simulation_run_start(user=users[role], scenario=scenario)
        for role in (LEARNER, TRAINER)
    }
    course = (
        CoursePage.objects.live().filter(enrollments__user=users[LEARNER]).order_by("path").first()
    )
    return {
        "users": users,
        "course": course,
        "lesson": LessonPage.objects.live().descendant_of(course).order_by("path").first(),
        "scenario": scenario,
        "runs": runs,
        "group": IntervisieGroup.objects.order_by("pk").first(),
        "path": Path.objects.order_by("pk").first(),
        "workshop": WorkshopPage.objects.live().order_by("path").first(),
        "booking": WorkshopBooking.objects.filter(booked_by=users[TEAM_LEAD]).first(),
        "provider_page": ProviderPage.objects.live().order_by("path").first(),
    }


def page_path(page: MainPage, role: str, seeded: dict) -> str:
    return page.url({**seeded, "role": role})
