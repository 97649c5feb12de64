from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage

__all__ = [
    "BlockAttempt",
    "BlockResult",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "ReflectionAnswer",
]


class Enrollment(models.Model):
    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        TRAINER = "trainer", _("Enrolled by a trainer")
        WORKSHOP = "workshop", _("Through a workshop booking")

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrollments")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="unique_enrollment")]
        ordering = ["-created_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.user} - {self.course_id}"

    @property
    def is_completed(self) -> bool:
        return self.status == self.Status.COMPLETED


class LessonProgress(models.Model):
    class How(models.TextChoices):
        MANUAL = "manual", _("Marked as done")
        SCORED = "scored", _("All exercises passed")

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_how = models.CharField(max_length=10, choices=How.choices, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson"], name="unique_lesson_progress")
        ]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")

    def __str__(self):
        return f"{self.enrollment_id}: lesson {self.lesson_id}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class BlockResult(models.Model):
    """The kept result of one scored block (quiz, H5P) for one enrolment.

    `score`/`max_score`/`passed` follow the policy of the latest recording (best or last);
    every recording is also kept as a BlockAttempt.
    """

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="block_results"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    score = models.FloatField(default=0)
    max_score = models.FloatField(default=0)
    passed = models.BooleanField(default=False)
    completed = models.BooleanField(default=False)
    attempts = models.PositiveIntegerField(default=0)
    last_response = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson", "block_id"], name="unique_block_result"
            )
        ]
        verbose_name = _("exercise result")
        verbose_name_plural = _("exercise results")

    def __str__(self):
        return f"{self.enrollment_id}: {self.block_id} {self.score:g}/{self.max_score:g}"

    @property
    def percentage(self) -> int:
        return round(100 * self.score / self.max_score) if self.max_score else 0


class BlockAttempt(models.Model):
    result = models.ForeignKey(BlockResult, on_delete=models.CASCADE, related_name="attempt_log")
    score = models.FloatField()
    max_score = models.FloatField()
    passed = models.BooleanField()
    response = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.result_id}: {self.score:g}/{self.max_score:g}"


class ReflectionAnswer(models.Model):
    """A learner's written answer to a reflection prompt: private, only its author sees it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    block_id = models.CharField(max_length=64)
    text = models.TextField(_("answer"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="unique_reflection_answer"
            )
        ]
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")

    def __str__(self):
        return f"{self.user_id}: {self.block_id}"
