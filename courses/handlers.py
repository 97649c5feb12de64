"""Keep cached course outlines honest: any structural change below a course bumps its
outline_version, which is part of the cache key (so every worker notices, not only this one)."""

from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from intervisor.caching import course_of_lesson_key, forget

from .models import (
    BlockResult,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ReflectionAnswer,
)
from .selectors import learner_rows_forget, trains_for_forget

STRUCTURE = (CoursePage, ModulePage, LessonPage)


def outline_bump(*, path: str, steplen: int) -> None:
    ancestors = [path[:i] for i in range(steplen, len(path) + 1, steplen)]
    CoursePage.objects.filter(path__in=ancestors).update(outline_version=F("outline_version") + 1)
    forget(*(course_of_lesson_key(ancestor) for ancestor in ancestors))


def _on_publish_change(sender, instance, **kwargs):
    if isinstance(instance, STRUCTURE):
        outline_bump(path=instance.path, steplen=instance.steplen)


def _on_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if isinstance(instance.specific_deferred, STRUCTURE):
        for parent in (parent_page_before, parent_page_after):
            outline_bump(path=parent.path, steplen=parent.steplen)


def _on_delete(sender, instance, **kwargs):
    outline_bump(path=instance.path, steplen=instance.steplen)


def connect() -> None:
    page_published.connect(_on_publish_change, dispatch_uid="courses-outline-publish")
    page_unpublished.connect(_on_publish_change, dispatch_uid="courses-outline-unpublish")
    post_page_move.connect(_on_move, dispatch_uid="courses-outline-move")
    for model in (ModulePage, LessonPage):
        post_delete.connect(_on_delete, sender=model, dispatch_uid=f"courses-outline-del-{model}")

    # A learner's cached enrolment, completed lessons and lesson state (selectors).
    for model in (Enrollment, LessonProgress, BlockResult, ReflectionAnswer):
        for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(learner_rows_forget, sender=model, dispatch_uid=f"learner-{uid}-{model}")
    for signal in (post_save, post_delete):
        signal.connect(
            trains_for_forget,
            sender="providers.ProviderMembership",
            dispatch_uid="courses-trains-for",
        )
