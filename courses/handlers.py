"""Keep cached course outlines honest: any structural change below a course bumps its
outline_version, which is part of the cache key (so every worker notices, not only this one)."""

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .access import course_key_cache_key
from .fragments import generation_bump
from .models import (
    BlockResult,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ReflectionAnswer,
)
from .selectors import lesson_state_forget, outlines_changed, progress_forget, trains_for_forget

STRUCTURE = (CoursePage, ModulePage, LessonPage)


def outline_bump(*, path: str, steplen: int) -> None:
    ancestors = [path[:i] for i in range(steplen, len(path) + 1, steplen)]
    CoursePage.objects.filter(path__in=ancestors).update(outline_version=F("outline_version") + 1)
    keys = [course_key_cache_key(ancestor) for ancestor in ancestors]
    cache.delete_many(keys)
    outlines_changed()

    def after_commit():
        cache.delete_many(keys)
        outlines_changed()

    transaction.on_commit(after_commit)


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

    # Lessons show methods from the practice catalogue inside their cached HTML.
    for model in ("practice.Method", "practice.MethodStep"):
        for signal in (post_save, post_delete):
            signal.connect(generation_bump, sender=model, dispatch_uid=f"courses-fragments-{model}")
    # A learner's cached enrolment, completed lessons and dashboard (selectors).
    for model in (Enrollment, LessonProgress, BlockResult):
        for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(progress_forget, sender=model, dispatch_uid=f"progress-{uid}-{model}")
    # A learner's cached results and reflection answers in one lesson.
    for model in (BlockResult, ReflectionAnswer):
        for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
            signal.connect(lesson_state_forget, sender=model, dispatch_uid=f"state-{uid}-{model}")
    for signal in (post_save, post_delete):
        signal.connect(
            trains_for_forget,
            sender="providers.ProviderMembership",
            dispatch_uid="courses-trains-for",
        )
