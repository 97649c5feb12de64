"""Writes for enrolment and progress. Every function runs in a transaction; signals go out
only after it commits, so listeners (certification) never see a rolled-back completion."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.transaction import TransactionManagementError
from django.utils import timezone
from django.utils.translation import gettext as _

from . import signals
from .access import CourseAccessDenied, LessonAccess, lesson_access, live_lesson
from .models import (
    BlockAttempt,
    BlockResult,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ReflectionAnswer,
)
from .quiz import QuizScore, quiz_order, quiz_score, quiz_seed
from .selectors import progress_summary

POLICIES = ("best", "last")
REFLECTION_MAX_LENGTH = 10_000


@transaction.atomic
def enrollment_create(*, user, course: CoursePage, source: str, enrolled_by=None) -> Enrollment:
    """Enrol a user; returns the existing enrolment when there is one (safe to call twice).

    Learners may enrol themselves only in open courses; trainers and workshop bookings
    enrol into any course.
    """
    existing = Enrollment.objects.filter(user=user, course=course).first()
    if existing:
        return existing
    if source not in Enrollment.Source.values:
        raise ValueError(f"Unknown enrolment source: {source}")
    if source == Enrollment.Source.SELF and not course.is_open:
        raise CourseAccessDenied(
            _("This course is for a group; your trainer enrols you."), course=course
        )
    try:
        with transaction.atomic():
            return Enrollment.objects.create(
                user=user, course=course, source=source, enrolled_by=enrolled_by
            )
    except IntegrityError:  # a concurrent double submit created it first
        return Enrollment.objects.get(user=user, course=course)


def _touch(enrollment: Enrollment) -> None:
    enrollment.last_activity_at = timezone.now()
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=enrollment.last_activity_at)


def _lesson_complete(*, access: LessonAccess, lesson: LessonPage, how: str) -> bool:
    """Mark a lesson done once; completes the course when it was the last one."""
    enrollment = access.enrollment
    progress, _created = LessonProgress.objects.get_or_create(enrollment=enrollment, lesson=lesson)
    if progress.is_completed:
        return False
    progress.completed_at = timezone.now()
    progress.completed_how = how
    progress.save(update_fields=["completed_at", "completed_how"])
    access.completed[lesson.pk] = progress.completed_at
    user = enrollment.user
    transaction.on_commit(
        lambda: signals.lesson_completed.send(
            sender=Enrollment, enrollment=enrollment, lesson=lesson, user=user
        )
    )
    _course_complete_if_done(access=access)
    return True


def _course_complete_if_done(*, access: LessonAccess) -> None:
    enrollment = Enrollment.objects.select_for_update().get(pk=access.enrollment.pk)
    if enrollment.is_completed:
        return
    lesson_ids = {lesson.id for lesson in access.outline.lessons}
    done = set(
        LessonProgress.objects.filter(
            enrollment=enrollment, lesson_id__in=lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    if not lesson_ids or done != lesson_ids:
        return
    enrollment.status = Enrollment.Status.COMPLETED
    enrollment.completed_at = timezone.now()
    enrollment.save(update_fields=["status", "completed_at"])
    access.enrollment.status, access.enrollment.completed_at = (
        enrollment.status,
        enrollment.completed_at,
    )
    course, user = enrollment.course, enrollment.user  # the page: access may hold only its key
    transaction.on_commit(
        lambda: signals.course_completed.send(
            sender=Enrollment, enrollment=enrollment, course=course, user=user
        )
    )


@transaction.atomic
def lesson_mark_done(*, user, lesson: LessonPage) -> bool:
    """The learner's explicit "done". Lessons with exercises complete by passing them."""
    access = lesson_access(user=user, lesson=lesson)
    scored = set(lesson.scored_block_ids())
    if scored:
        passed = set(
            BlockResult.objects.filter(
                enrollment=access.enrollment, lesson=lesson, block_id__in=scored, passed=True
            ).values_list("block_id", flat=True)
        )
        if passed != scored:
            raise ValidationError(
                _("Pass the exercises in this lesson first; it then completes by itself.")
            )
    _touch(access.enrollment)
    return _lesson_complete(access=access, lesson=lesson, how=LessonProgress.How.MANUAL)


def _keep_new(result: BlockResult, *, score: float, max_score: float, passed: bool) -> bool:
    if result.attempts == 0:
        return True
    if passed != result.passed:
        return passed
    old = result.score / result.max_score if result.max_score else 0
    new = score / max_score if max_score else 0
    return new >= old


def block_result_record(**fields) -> BlockResult:
    """Record one attempt at a scored block in a transaction of its own (a savepoint inside
    the caller's); the fields as for block_result_record_in_transaction."""
    with transaction.atomic():
        return block_result_record_in_transaction(**fields)


def block_result_record_in_transaction(
    *,
    user,
    lesson: LessonPage,
    block_id: str,
    score: float,
    max_score: float,
    passed: bool,
    completed: bool = True,
    policy: str = "best",
    response: dict | None = None,
    access: LessonAccess | None = None,
) -> BlockResult:
    """Record one attempt at a scored block and complete the lesson when all are passed.

    policy "best" keeps the best attempt as the result, "last" the latest; every attempt is
    logged. Raises CourseAccessDenied when the user may not work in this lesson. `access`:
    the caller's lesson_access for this user and lesson, if it made one; a completion is
    added to its `completed`, so it can show the progress after this result.

    For a caller that holds its own transaction (H5P scores recorded by a task): no
    savepoint, so an error here rolls back the caller's writes too. Other callers use
    block_result_record. Raises TransactionManagementError outside a transaction.
    """
    result, _after = block_attempts_record_in_transaction(
        user=user,
        lesson=lesson,
        block_id=block_id,
        attempts=[ScoredAttempt(score, max_score, passed, response or {})],
        completed=completed,
        policy=policy,
        access=access,
    )
    return result


@dataclass(frozen=True)
class ScoredAttempt:
    score: float
    max_score: float
    passed: bool
    response: dict


def block_attempts_record_in_transaction(
    *,
    user,
    lesson: LessonPage,
    block_id: str,
    attempts: list[ScoredAttempt],
    completed: bool = True,
    policy: str = "best",
    access: LessonAccess | None = None,
) -> tuple[BlockResult, list[tuple[float, float, bool]]]:
    """Several attempts at one block, in the order made, as if recorded one after another
    (block_result_record_in_transaction), with one write of the result: the result, and
    (score, max_score, passed) of the result after each attempt."""
    if not transaction.get_connection().in_atomic_block:
        raise TransactionManagementError("block_result_record_in_transaction needs a transaction")
    if policy not in POLICIES:
        raise ValueError(f"Unknown policy: {policy}")
    for attempt in attempts:
        if attempt.max_score < 0 or attempt.score < 0 or attempt.score > attempt.max_score:
            raise ValidationError(_("The score must lie between 0 and the maximum score."))
    if access is None:
        access = lesson_access(user=user, lesson=lesson)
    scored = lesson.scored_block_ids()
    if block_id not in scored:
        raise ValidationError(_("This lesson has no exercise with that id."))
    result, _created = BlockResult.objects.select_for_update().get_or_create(
        enrollment=access.enrollment, lesson=lesson, block_id=block_id
    )
    result.enrollment = access.enrollment  # the save's receivers read it: no second query
    BlockAttempt.objects.bulk_create(
        BlockAttempt(
            result=result,
            score=a.score,
            max_score=a.max_score,
            passed=a.passed,
            response=a.response,
        )
        for a in attempts
    )
    after = []
    for a in attempts:
        if policy == "last" or _keep_new(
            result, score=a.score, max_score=a.max_score, passed=a.passed
        ):
            result.score, result.max_score, result.passed = a.score, a.max_score, a.passed
        result.attempts += 1
        result.last_response = a.response
        after.append((result.score, result.max_score, result.passed))
    result.completed = result.completed or completed
    result.save()
    _touch(access.enrollment)
    # The lesson completes if this block was passed after any of the attempts (a later failed
    # one under policy "last" does not undo a completion) and every other block is passed.
    if any(passed for *_score, passed in after) and lesson.pk not in access.completed:
        others = set(scored) - {block_id}
        passed_ids = set(
            BlockResult.objects.filter(
                enrollment=access.enrollment, lesson=lesson, block_id__in=others, passed=True
            ).values_list("block_id", flat=True)
        )
        if passed_ids == others:
            _lesson_complete(access=access, lesson=lesson, how=LessonProgress.How.SCORED)
    return result, after


def scored_answer_record(
    *,
    user,
    lesson_id: int,
    block_id: str,
    score: float,
    max_score: float,
    passed: bool,
    policy: str,
    response: dict,
) -> dict:
    """A scored answer from another app's exercise (the H5P player) as the block's result,
    inside the caller's transaction. Returns what the learner is shown: the block's result,
    the course progress and whether the lesson is completed now. Raises CourseAccessDenied when
    the learner may not work in the lesson (any more), and ValidationError for a block or score
    that does not fit; both before writing anything, so the caller's transaction goes on (no
    savepoint is needed)."""
    lesson, course = live_lesson(lesson_id)
    if lesson is None:
        raise CourseAccessDenied(_("This lesson is not published."))
    access = lesson_access(user=user, lesson=lesson, course=course)
    if block_id not in lesson.scored_block_ids():
        raise ValidationError(_("This lesson has no exercise with that id."))
    if max_score < 0 or score < 0 or score > max_score:
        raise ValidationError(_("The score must lie between 0 and the maximum score."))
    with transaction.atomic(savepoint=False):
        result = block_result_record_in_transaction(
            user=user,
            lesson=lesson,
            block_id=block_id,
            score=score,
            max_score=max_score,
            passed=passed,
            policy=policy,
            response=response,
            access=access,
        )
    summary = progress_summary(outline=access.outline, completed=access.completed)
    return {
        "result": {"score": result.score, "max_score": result.max_score, "passed": result.passed},
        "progress": {k: summary[k] for k in ("done", "total", "percent")},
        # block_result_record added the lesson to access.completed if this completed it.
        "lesson_completed": lesson.pk in access.completed,
    }


def quiz_answer_submit(
    *, user, lesson: LessonPage, block_id: str, answers: dict[str, list[str]]
) -> QuizScore:
    """Score the chosen option ids against the stored quiz and record the attempt."""
    block = lesson.find_block(block_id)
    if block is None or block.block_type != "quiz":
        raise ValidationError(_("This lesson has no quiz with that id."))
    outcome = quiz_score(value=block.value, answers=answers)
    access = lesson_access(user=user, lesson=lesson)
    attempt = (
        BlockResult.objects.filter(enrollment=access.enrollment, lesson=lesson, block_id=block_id)
        .values_list("attempts", flat=True)
        .first()
    )
    seed = quiz_seed(enrollment_id=access.enrollment.pk, block_id=block_id, attempt=attempt or 0)
    block_result_record(
        user=user,
        lesson=lesson,
        block_id=block_id,
        score=outcome.score,
        max_score=outcome.max_score,
        passed=outcome.passed,
        response={"answers": outcome.answers, "order": quiz_order(value=block.value, seed=seed)},
        access=access,
    )
    return outcome


@transaction.atomic
def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> ReflectionAnswer:
    access = lesson_access(user=user, lesson=lesson)
    block = lesson.find_block(block_id)
    if block is None or block.block_type != "reflection":
        raise ValidationError(_("This lesson has no reflection question with that id."))
    text = text.strip()
    if not text:
        raise ValidationError(_("Write an answer before you save it."))
    if len(text) > REFLECTION_MAX_LENGTH:
        raise ValidationError(
            _("Keep your answer under %(max)s characters.") % {"max": REFLECTION_MAX_LENGTH}
        )
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    _touch(access.enrollment)
    return answer
