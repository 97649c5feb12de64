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
    max_single_p50_ms: float = 10.0
    # A POST target (an xAPI statement, say): body() returns (content type, body text).
    method: str = "GET"
    body: Callable[[], tuple[str, str]] | None = None

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


def h5p_state_url() -> str:
    """The learner's saved H5P state in the seeded lesson: placement, access check, one read.

    The xAPI endpoint itself is a POST with a CSRF token, which this GET-only runner cannot
    send; it runs the same placement and access path plus one insert."""
    from django.urls import reverse

    from courses.models import LessonPage

    lesson = LessonPage.objects.live().get(slug="oplossingsdrang-en-klaaguurtje")
    block = next(child for child in lesson.body if child.block_type == "h5p")
    return reverse("h5p:state", kwargs={"lesson_id": lesson.pk, "block_id": block.id})


TARGETS: list[Target] = [
    Target("home page", home_url),
    Target("course page", course_url),
    Target("lesson page", lesson_url),
    Target("my learning", dashboard_url),
    Target("simulation step", simulation_step_url),
    Target("h5p state", h5p_state_url, min_ratio=1 / 3),
]
