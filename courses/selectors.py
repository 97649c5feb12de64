"""Reads for course pages, the dashboard and the cohort report.

The course structure (modules, lessons, scored blocks, prerequisites) is cached per course
revision as an `Outline`; per request only the learner's own rows are fetched, so the number of
queries does not grow with modules, lessons or learners. The entries and what clears them:
intervisor.caching.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import F, FilteredRelation, Q
from django.utils import timezone
from django.utils.translation import get_language

from intervisor import caching
from intervisor.progress import percent_of
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.selectors import provider_for_page

from .blocks import STATIC_BLOCK_TYPES
from .models import (
    BlockResult,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ReflectionAnswer,
)


@dataclass
class LessonEntry:
    id: int
    title: str
    url: str
    summary: str
    duration: int
    module_id: int
    scored_block_ids: tuple[str, ...]
    number: str = ""


@dataclass
class ModuleEntry:
    id: int
    title: str
    summary: str
    number: int
    lessons: list[LessonEntry] = field(default_factory=list)


@dataclass
class Outline:
    course_id: int
    title: str
    url: str
    provider_id: int | None
    provider_name: str
    prerequisites: list[tuple[int, str, str]]
    modules: list[ModuleEntry]
    language: str = ""  # the course's content language, for lang= where it is shown elsewhere

    @property
    def lessons(self) -> list[LessonEntry]:
        return [lesson for module in self.modules for lesson in module.lessons]

    def lesson(self, lesson_id: int) -> LessonEntry | None:
        return next((entry for entry in self.lessons if entry.id == lesson_id), None)

    def module_of(self, lesson_id: int) -> ModuleEntry | None:
        return next(
            (m for m in self.modules if any(les.id == lesson_id for les in m.lessons)), None
        )


@dataclass(frozen=True)
class CourseKey:
    """What an outline's cache key needs of a course, read without loading the page."""

    pk: int
    outline_version: int
    last_published_at: datetime | None


def outline_key(course: CoursePage | CourseKey) -> str:
    return caching.outline_key(
        course.pk, course.outline_version, course.last_published_at, get_language()
    )


def course_page(course: CoursePage | CourseKey) -> CoursePage | None:
    """The course page itself, read when only its key is at hand."""
    if isinstance(course, CoursePage):
        return course
    return CoursePage.objects.select_related("locale").filter(pk=course.pk).first()


def course_outline(*, course: CoursePage | CourseKey, request=None) -> Outline:
    key = outline_key(course)
    outline = cache.get(key)
    if outline is None:
        outline = _outline_build(course=course_page(course), request=request)
        cache.set(key, outline, caching.OUTLINE_TIMEOUT)
    return outline


def _outline_build(*, course: CoursePage, request=None) -> Outline:
    below = {"path__startswith": course.path, "live": True}
    modules = list(
        ModulePage.objects.filter(depth=course.depth + 1, **below)
        .select_related("locale")
        .order_by("path")
    )
    lessons = (
        LessonPage.objects.filter(depth=course.depth + 2, **below)
        .select_related("locale")
        .order_by("path")
    )
    entries = {m.path: ModuleEntry(m.pk, m.title, m.summary, n) for n, m in enumerate(modules, 1)}
    for lesson in lessons:
        module = entries.get(lesson.path[: -lesson.steplen])
        if module is None:  # its module is not live
            continue
        lesson._course_id = course.pk
        module.lessons.append(
            LessonEntry(
                id=lesson.pk,
                title=lesson.title,
                url=lesson.get_url(request),
                summary=lesson.summary,
                duration=lesson.duration_minutes,
                module_id=module.id,
                scored_block_ids=tuple(lesson.scored_block_ids()),
                number=f"{module.number}.{len(module.lessons) + 1}",
            )
        )
    provider = provider_for_page(page=course)
    prerequisites = [
        (c.pk, c.title, c.get_url(request))
        for c in course.prerequisites.live().select_related("locale").order_by("title")
    ]
    return Outline(
        course_id=course.pk,
        title=course.title,
        url=course.get_url(request),
        provider_id=provider.pk if provider else None,
        provider_name=provider.name if provider else "",
        prerequisites=prerequisites,
        modules=list(entries.values()),
        # A course's modules share its locale (Wagtail keeps a tree in one locale); theirs is
        # read already, so the course's own is not fetched for it.
        language=modules[0].locale.language_code if modules else "",
    )


# --- per learner -----------------------------------------------------------------------


def enrollment_with_progress(*, user, course_id: int) -> tuple[Enrollment | None, dict]:
    """The learner's enrolment in a course and their completed lessons.

    Read with one query (a left join on the completed progress rows: one row per completed
    lesson, or a single row with no lesson) and cached per learner and course until one of
    those rows is saved or deleted (`learner_rows_forget`).
    """
    if not user.is_authenticated:
        return None, {}
    key = caching.progress_key(user.pk, course_id)
    found = cache.get(key)
    if found is not None:
        return found
    rows = list(
        Enrollment.objects.filter(user=user, course_id=course_id)
        .annotate(
            done=FilteredRelation(
                "lesson_progress", condition=Q(lesson_progress__completed_at__isnull=False)
            )
        )
        .annotate(done_lesson_id=F("done__lesson_id"), done_at=F("done__completed_at"))
    )
    if not rows:
        return None, {}  # not cached: enrolling must show at once, and it is the rare case
    found = rows[0], {r.done_lesson_id: r.done_at for r in rows if r.done_lesson_id is not None}
    cache.set(key, found, caching.LEARNER_TIMEOUT)
    return found


def unmet_prerequisites(*, user, outline: Outline) -> list[tuple[int, str, str]]:
    if not outline.prerequisites:
        return []
    if not user.is_authenticated:
        return list(outline.prerequisites)
    done = set(
        Enrollment.objects.filter(
            user=user,
            course_id__in=[pk for pk, _t, _u in outline.prerequisites],
            status=Enrollment.Status.COMPLETED,
        ).values_list("course_id", flat=True)
    )
    return [p for p in outline.prerequisites if p[0] not in done]


def user_is_course_trainer(*, user, provider_id: int | None) -> bool:
    if not user.is_authenticated or provider_id is None:
        return False
    if user.is_superuser:
        return True
    return ProviderMembership.objects.filter(
        user=user, provider_id=provider_id, role=ProviderMembership.Role.TRAINER
    ).exists()


def trains_for_forget(sender, instance, **kwargs) -> None:
    """Signal receiver: a provider membership changed."""
    caching.forget(caching.trains_for_key(instance.user_id))


def shows_trainer_link(*, user, provider_id: int | None) -> bool:
    """Whether a course page links to its group report: cached per user, as every learner would
    otherwise pay a query for it. The report itself checks `user_is_course_trainer`."""
    if not user.is_authenticated or provider_id is None:
        return False
    if user.is_superuser:
        return True
    key = caching.trains_for_key(user.pk)
    providers = cache.get(key)
    if providers is None:
        providers = frozenset(
            ProviderMembership.objects.filter(
                user=user, role=ProviderMembership.Role.TRAINER
            ).values_list("provider_id", flat=True)
        )
        cache.set(key, providers, caching.TRAINS_FOR_TIMEOUT)
    return provider_id in providers


@dataclass
class ModuleProgress:
    module: ModuleEntry
    done: int
    total: int

    @property
    def percent(self) -> int:
        return percent_of(self.done, self.total)

    @property
    def is_completed(self) -> bool:
        return self.total > 0 and self.done == self.total


def progress_summary(*, outline: Outline, completed: dict[int, datetime]) -> dict:
    modules = [
        ModuleProgress(m, sum(1 for les in m.lessons if les.id in completed), len(m.lessons))
        for m in outline.modules
    ]
    total = sum(m.total for m in modules)
    done = sum(m.done for m in modules)
    next_lesson = next((les for les in outline.lessons if les.id not in completed), None)
    return {
        "modules": modules,
        "done": done,
        "total": total,
        "percent": percent_of(done, total),
        "next_lesson": next_lesson,
    }


def course_progress(*, user, course: CoursePage, request=None) -> dict:
    """One learner's progress in one course: what "Mijn leren", the course page and the
    certification path all show."""
    outline = course_outline(course=course, request=request)
    _enrollment, completed = enrollment_with_progress(user=user, course_id=course.pk)
    return progress_summary(outline=outline, completed=completed)


def course_page_state(*, course: CoursePage, user) -> dict:
    outline = course_outline(course=course)
    enrollment, completed = enrollment_with_progress(user=user, course_id=course.pk)
    return {
        "outline": outline,
        "enrollment": enrollment,
        "completed": completed,
        "progress": progress_summary(outline=outline, completed=completed),
        "unmet_prerequisites": unmet_prerequisites(user=user, outline=outline),
        "is_trainer": shows_trainer_link(user=user, provider_id=outline.provider_id),
    }


def learner_rows_forget(sender, instance, **kwargs) -> None:
    """Signal receiver (Enrollment, LessonProgress, BlockResult, ReflectionAnswer saved or
    deleted): drop the learner's cached enrolment and progress (not for a result: that entry
    holds no result), and for results and answers their state in that lesson."""
    if isinstance(instance, ReflectionAnswer):
        caching.forget(caching.lesson_state_key(instance.user_id, instance.lesson_id))
        return
    enrollment = instance if isinstance(instance, Enrollment) else None
    if enrollment is None and type(instance).enrollment.is_cached(instance):
        enrollment = instance.enrollment  # the ids are all this needs, even of a deleted row
    if enrollment is None:
        enrollment = Enrollment.objects.filter(pk=instance.enrollment_id).first()
    if enrollment is None:
        return
    if isinstance(instance, BlockResult):
        caching.forget(caching.lesson_state_key(enrollment.user_id, instance.lesson_id))
    else:
        caching.forget(caching.progress_key(enrollment.user_id, enrollment.course_id))


def lesson_user_state(*, enrollment: Enrollment, lesson: LessonPage) -> dict:
    """The learner's own results and reflection answers for one lesson, keyed by block id.

    Only asked for when the lesson has blocks that show them; cached per learner and lesson
    until one of those rows is saved or deleted (`learner_rows_forget`)."""
    key = caching.lesson_state_key(enrollment.user_id, lesson.pk)
    found = cache.get(key)
    if found is not None:
        return found
    types = {raw["type"] for raw in lesson.body.raw_data}
    results, reflections = {}, {}
    if types - STATIC_BLOCK_TYPES - {"reflection"}:
        results = {
            r.block_id: r
            for r in BlockResult.objects.filter(enrollment=enrollment, lesson_id=lesson.pk)
        }
    if "reflection" in types:
        reflections = {
            a.block_id: a
            for a in ReflectionAnswer.objects.filter(
                user_id=enrollment.user_id, lesson_id=lesson.pk
            )
        }
    found = {"results": results, "reflections": reflections}
    cache.set(key, found, caching.LEARNER_TIMEOUT)
    return found


# --- catalogue ---------------------------------------------------------------------------


def catalogue_for_user(*, user, under=None) -> list[dict]:
    """Live courses across providers with provider name and the user's enrolment state."""
    courses = CoursePage.objects.live().public().select_related("locale").order_by("title")
    if under is not None:
        courses = courses.descendant_of(under)
    courses = list(courses)
    providers = list(
        Provider.objects.filter(root_page__isnull=False)
        .select_related("root_page")
        .only("name", "root_page__path")
    )
    enrollments = {}
    if user.is_authenticated:
        enrollments = {
            e.course_id: e
            for e in Enrollment.objects.filter(user=user, course__in=[c.pk for c in courses])
        }
    entries = []
    for course in courses:
        provider = next((p for p in providers if course.path.startswith(p.root_page.path)), None)
        entries.append(
            {
                "course": course,
                "provider": provider,
                "enrollment": enrollments.get(course.pk),
            }
        )
    return entries


# --- dashboard ---------------------------------------------------------------------------


@dataclass
class DashboardCourse:
    enrollment: Enrollment
    outline: Outline
    progress: dict


def dashboard_for_user(*, user, request=None, weeks: int = 8) -> dict:
    # Two narrow queries: the enrolments with what their outline's cache key needs of the
    # course, and the completed lessons. The outlines come from the cache.
    enrollments = list(
        Enrollment.objects.filter(user=user, course__live=True)
        .annotate(
            course_version=F("course__outline_version"),
            course_published=F("course__last_published_at"),
        )
        .order_by("-last_activity_at", "-created_at", "pk")
    )
    progress_rows = list(
        LessonProgress.objects.filter(
            enrollment__user=user, enrollment__course__live=True, completed_at__isnull=False
        ).values_list("enrollment_id", "lesson_id", "completed_at")
    )
    by_enrollment: dict[int, dict[int, datetime]] = {}
    for enrollment_id, lesson_id, at in progress_rows:
        by_enrollment.setdefault(enrollment_id, {})[lesson_id] = at
    keys = {e.pk: CourseKey(e.course_id, e.course_version, e.course_published) for e in enrollments}
    courses = []
    titles: dict[int, tuple[str, str]] = {}
    for enrollment in enrollments:
        outline = course_outline(course=keys[enrollment.pk], request=request)
        completed = by_enrollment.get(enrollment.pk, {})
        courses.append(
            DashboardCourse(
                enrollment, outline, progress_summary(outline=outline, completed=completed)
            )
        )
        for lesson in outline.lessons:
            titles[lesson.id] = (lesson.title, lesson.url)
    return {
        "courses": courses,
        "activity": _recent_activity(user=user, progress_rows=progress_rows, titles=titles),
        "chart": progress_chart(completed_dates=[row[2] for row in progress_rows], weeks=weeks),
    }


def _recent_activity(*, user, progress_rows, titles, limit: int = 6) -> list[dict]:
    events = [
        {"kind": "lesson", "at": at, "lesson": titles.get(lesson_id)}
        for _e, lesson_id, at in progress_rows
        if lesson_id in titles
    ]
    results = BlockResult.objects.filter(enrollment__user=user).order_by("-updated_at")[:limit]
    for result in results.values("lesson_id", "updated_at", "passed", "score", "max_score"):
        if result["lesson_id"] in titles:
            events.append(
                {
                    "kind": "passed" if result["passed"] else "tried",
                    "at": result["updated_at"],
                    "lesson": titles[result["lesson_id"]],
                    "score": result["score"],
                    "max_score": result["max_score"],
                }
            )
    events.sort(key=lambda e: e["at"], reverse=True)
    return events[:limit]


def progress_chart(*, completed_dates: list[datetime], weeks: int = 8) -> dict:
    """Cumulative completed lessons at the end of each of the last `weeks` weeks, as SVG points.

    Weeks end at the end of a local day."""
    now = timezone.localtime().replace(hour=23, minute=59, second=59, microsecond=999999)
    width, height, pad = 340, 170, 24
    week_ends = [now - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    values = [sum(1 for d in completed_dates if d <= end) for end in week_ends]
    top = max(values + [4])
    step = (width - 2 * pad) / (weeks - 1)
    points = []
    for i, (end, value) in enumerate(zip(week_ends, values, strict=True)):
        x = pad + i * step
        y = height - pad - (height - 2 * pad) * value / top
        # Coordinates as strings: a template would localise floats ("24,0" in Dutch), which
        # SVG does not read.
        points.append(
            {
                "x": f"{x:.1f}",
                "y": f"{y:.1f}",
                "label_y": f"{y - 10:.1f}",
                "value": value,
                "date": end,
            }
        )
    return {
        "width": width,
        "height": height,
        "pad": pad,
        "baseline": height - pad,
        "right": width - pad,
        "label_row": height - 8,
        "top": top,
        "points": points,
        "polyline": " ".join(f"{p['x']},{p['y']}" for p in points),
        "area": f"{pad},{height - pad} "
        + " ".join(f"{p['x']},{p['y']}" for p in points)
        + f" {points[-1]['x']},{height - pad}",
        "total": values[-1],
    }


# --- cohort report -----------------------------------------------------------------------


def cohort_report(*, course: CoursePage, request=None) -> dict:
    outline = course_outline(course=course, request=request)
    enrollments = list(
        Enrollment.objects.filter(course=course).select_related("user").order_by("user__last_name")
    )
    completed: dict[int, dict[int, datetime]] = {}
    for enrollment_id, lesson_id, at in LessonProgress.objects.filter(
        enrollment__course=course, completed_at__isnull=False
    ).values_list("enrollment_id", "lesson_id", "completed_at"):
        completed.setdefault(enrollment_id, {})[lesson_id] = at
    scores: dict[int, dict[tuple[int, str], BlockResult]] = {}
    for result in BlockResult.objects.filter(enrollment__course=course):
        scores.setdefault(result.enrollment_id, {})[(result.lesson_id, result.block_id)] = result
    scored = [(les, block_id) for les in outline.lessons for block_id in les.scored_block_ids]
    rows = []
    for enrollment in enrollments:
        done = completed.get(enrollment.pk, {})
        summary = progress_summary(outline=outline, completed=done)
        own = scores.get(enrollment.pk, {})
        rows.append(
            {
                "enrollment": enrollment,
                "progress": summary,
                "scores": [own.get((les.id, block_id)) for les, block_id in scored],
            }
        )
    return {"outline": outline, "rows": rows, "scored": scored}
