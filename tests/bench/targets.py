"""Pages the benchmark drives. Add one `Target` per page: a name, a function returning the URL
from the seeded database (called inside Django), and the required fraction of the minimal
view's requests per second measured in the same run."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    name: str
    url: Callable[[], str]
    min_ratio: float = 1 / 8
    max_queries: int = 12
    max_single_p50_ms: float = 15.0
    # A POST target (an xAPI statement, say): body() returns (content type, body text).
    method: str = "GET"
    body: Callable[[], tuple[str, str]] | None = None
    # Its requests queue scores for the Celery worker: the run waits until they are recorded.
    queues_scores: bool = False

    def request_in_process(self, client):
        """A function sending this target's request with the Django test client."""
        if self.method == "GET":
            return client.get
        content_type, body = self.body()
        return lambda url: client.generic(self.method, url, body, content_type=content_type)


def _basis_course():
    from courses.models import CoursePage
    from courses.seed import BASIS_SLUG

    return CoursePage.objects.live().get(slug=BASIS_SLUG)


def home_url() -> str:
    return "/"


def course_url() -> str:
    return _basis_course().url


def lesson_url() -> str:
    from courses.models import LessonPage

    course = _basis_course()
    # A lesson with a quiz the demo learner already answered: the heaviest lesson state.
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path")[3]
    lesson._course_id = course.pk
    return lesson.url


def dashboard_url() -> str:
    from django.urls import reverse

    return reverse("courses:dashboard")


def simulation_step_url() -> str:
    """A step of a seeded scenario, two decisions into the demo learner's unfinished run."""
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from practice.seed import demo_run

    learner = get_user_model().objects.get(email="leerling@intervisor.test")
    return reverse("practice:run", args=[demo_run(learner).pk])


def _demo_group():
    from practice.groups.models import IntervisieGroup
    from practice.groups.seed import GROUP_NAME

    return IntervisieGroup.objects.get(name=GROUP_NAME)


def group_url() -> str:
    """The seeded intervisie group as a member sees it: rules, meetings, maturity, evaluation."""
    return _demo_group().get_absolute_url()


def group_meeting_url() -> str:
    """The next meeting as a member opens it on the phone: rules on top, cases, the turn."""
    return _demo_group().meetings.order_by("-number").first().get_absolute_url()


def _h5p_block():
    from courses.models import LessonPage

    lesson = LessonPage.objects.live().get(slug="oplossingsdrang-en-klaaguurtje")
    block = next(child for child in lesson.body if child.block_type == "h5p")
    return lesson, block


def h5p_state_url() -> str:
    """The learner's saved H5P state in the seeded lesson: placement, access check, one read."""
    from django.urls import reverse

    lesson, block = _h5p_block()
    return reverse("h5p:state", kwargs={"lesson_id": lesson.pk, "block_id": block.id})


def xapi_url() -> str:
    from django.urls import reverse

    lesson, block = _h5p_block()
    return reverse("h5p:xapi", kwargs={"lesson_id": lesson.pk, "block_id": block.id})


def _xapi_body(verb: str, result: dict | None) -> tuple[str, str]:
    import json

    from courses.h5p.models import activity_iri
    from courses.h5p.xapi import ADL

    _lesson, block = _h5p_block()
    content = block.value["content"]
    if result is not None:  # a full score on the seeded exercise
        result = {**result, "score": {"raw": content.max_score, "max": content.max_score}}
    statement = {
        "actor": {"name": "ignored"},
        "verb": {"id": ADL + verb},
        "object": {"id": activity_iri(content.pk)},
    }
    if result is not None:
        statement["result"] = result
    return "application/json", json.dumps({"statement": statement})


def xapi_interacted_body() -> tuple[str, str]:
    """What the player sends most: an interaction inside the exercise (stored, not scored)."""
    return _xapi_body("interacted", None)


def xapi_scored_body() -> tuple[str, str]:
    """The scored answer that ends an attempt: stored at once; the worker records the score and
    the lesson's progress."""
    return _xapi_body("answered", {"success": True})


TARGETS: list[Target] = [
    Target("home page", home_url),
    Target("course page", course_url),
    Target("lesson page", lesson_url),
    Target("my learning", dashboard_url),
    Target("simulation step", simulation_step_url),
    Target("group page", group_url),
    Target("group meeting", group_meeting_url),
    Target("h5p state", h5p_state_url),
    Target("xapi statement", xapi_url, method="POST", body=xapi_interacted_body),
    Target(
        "xapi scored statement",
        xapi_url,
        method="POST",
        body=xapi_scored_body,
        queues_scores=True,
    ),
]
