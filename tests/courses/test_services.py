import pytest
from django.core.exceptions import ValidationError
from django.db.transaction import TransactionManagementError

from courses import services, signals
from courses.access import CourseAccessDenied
from courses.models import BlockAttempt, BlockResult, CoursePage, Enrollment, LessonProgress
from tests.factories.courses import enrol, lessons_of, make_course, quiz_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(provider):
    return make_course(provider, modules=1, lessons_per_module=2)


def test_enrollment_create_is_idempotent(course, learner):
    first = enrol(learner, course)
    second = services.enrollment_create(
        user=learner, course=course, source=Enrollment.Source.TRAINER
    )
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert second.source == Enrollment.Source.SELF


def test_self_enrolment_refused_for_cohort_course(provider, learner, trainer):
    cohort = make_course(provider, slug="groep", mode=CoursePage.EnrolmentMode.COHORT)
    with pytest.raises(CourseAccessDenied):
        services.enrollment_create(user=learner, course=cohort, source=Enrollment.Source.SELF)
    enrollment = services.enrollment_create(
        user=learner, course=cohort, source=Enrollment.Source.WORKSHOP, enrolled_by=trainer
    )
    assert enrollment.enrolled_by == trainer


def test_quiz_is_scored_on_the_server_and_completes_lesson(
    course, learner, django_capture_on_commit_callbacks, receive
):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id, wrong = quiz_answers(lesson, right=False)
    outcome = services.quiz_answer_submit(
        user=learner, lesson=lesson, block_id=block_id, answers=wrong
    )
    assert (outcome.score, outcome.max_score, outcome.passed) == (0, 2, False)
    assert not LessonProgress.objects.filter(lesson=lesson, completed_at__isnull=False).exists()

    received = receive(signals.lesson_completed)
    _, right = quiz_answers(lesson)
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_answer_submit(user=learner, lesson=lesson, block_id=block_id, answers=right)
    result = BlockResult.objects.get(lesson=lesson)
    assert result.passed and result.attempts == 2 and result.score == 2
    assert BlockAttempt.objects.filter(result=result).count() == 2
    assert LessonProgress.objects.get(lesson=lesson).completed_how == "scored"
    assert received and received[-1]["lesson"].pk == lesson.pk


def test_best_policy_keeps_best_and_last_policy_keeps_last(course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id = lesson.scored_block_ids()[0]
    record = services.block_result_record
    record(user=learner, lesson=lesson, block_id=block_id, score=8, max_score=10, passed=True)
    record(user=learner, lesson=lesson, block_id=block_id, score=3, max_score=10, passed=False)
    assert BlockResult.objects.get().score == 8
    record(
        user=learner,
        lesson=lesson,
        block_id=block_id,
        score=3,
        max_score=10,
        passed=False,
        policy="last",
    )
    result = BlockResult.objects.get()
    assert (result.score, result.passed, result.attempts) == (3, False, 3)


def _full_marks_on_first_block(record, learner, course):
    lesson = lessons_of(course)[0]
    block_id = lesson.scored_block_ids()[0]
    record(user=learner, lesson=lesson, block_id=block_id, score=1, max_score=1, passed=True)


def test_block_result_refused_without_enrolment(course, learner):
    with pytest.raises(CourseAccessDenied, match="Cursus cursus"):
        _full_marks_on_first_block(services.block_result_record, learner, course)
    assert not BlockResult.objects.exists()


def test_forged_option_ids_change_nothing(course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id, answers = quiz_answers(lesson)
    first_question = next(iter(answers))
    answers[first_question] = ["not-an-option"]
    with pytest.raises(ValidationError):
        services.quiz_answer_submit(user=learner, lesson=lesson, block_id=block_id, answers=answers)
    assert not BlockResult.objects.exists()


def test_manual_done_refused_while_exercises_are_open(course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    with pytest.raises(ValidationError):
        services.lesson_mark_done(user=learner, lesson=lesson)
    assert not LessonProgress.objects.exists()


def test_course_completes_after_last_lesson_and_signals_once(
    provider, learner, django_capture_on_commit_callbacks, receive
):
    course = make_course(provider, slug="kort", lessons_per_module=2, with_quiz=False)
    enrollment = enrol(learner, course)
    received = receive(signals.course_completed)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons_of(course):
            assert services.lesson_mark_done(user=learner, lesson=lesson)
            assert not services.lesson_mark_done(user=learner, lesson=lesson)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED and enrollment.completed_at
    assert [kw["course"].pk for kw in received] == [course.pk]
    assert received[0]["user"] == learner


def test_prerequisite_blocks_lessons_until_completed(provider, learner):
    basis = make_course(provider, slug="basis", lessons_per_module=1, with_quiz=False)
    vervolg = make_course(provider, slug="vervolg", lessons_per_module=1, with_quiz=False)
    vervolg.prerequisites.add(basis)
    vervolg.save_revision().publish()
    vervolg.refresh_from_db()
    enrol(learner, vervolg)
    lesson = lessons_of(vervolg)[0]
    with pytest.raises(CourseAccessDenied, match="Cursus basis"):
        services.lesson_mark_done(user=learner, lesson=lesson)
    enrol(learner, basis)
    services.lesson_mark_done(user=learner, lesson=lessons_of(basis)[0])
    assert services.lesson_mark_done(user=learner, lesson=lesson)


def test_reflection_is_saved_per_user(course, learner):
    enrol(learner, course)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    services.reflection_save(user=learner, lesson=lesson, block_id=block_id, text=" Eerste ")
    answer = services.reflection_save(user=learner, lesson=lesson, block_id=block_id, text="Tweede")
    assert answer.text == "Tweede"
    with pytest.raises(ValidationError):
        services.reflection_save(user=learner, lesson=lesson, block_id=block_id, text="  ")


def test_outline_cache_follows_unpublish(course, learner):
    from courses.selectors import course_outline

    assert len(course_outline(course=course).lessons) == 2
    lessons_of(course)[1].unpublish()
    course.refresh_from_db()
    assert len(course_outline(course=course).lessons) == 1


def test_privacy_export_and_erase_cover_learning_data(course, learner, other_learner):
    from courses.models import ReflectionAnswer
    from courses.privacy import erase_learning, export_learning

    enrol(learner, course)
    enrol(other_learner, course)
    lesson = lessons_of(course)[0]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    services.reflection_save(user=learner, lesson=lesson, block_id=block_id, text="Privé")
    exported = export_learning(learner)
    assert exported["reflections"][0]["text"] == "Privé"
    assert exported["enrolments"][0]["course"] == course.title
    erase_learning(learner)
    assert not Enrollment.objects.filter(user=learner).exists()
    assert not ReflectionAnswer.objects.filter(user=learner).exists()
    assert Enrollment.objects.filter(user=other_learner).exists()


@pytest.mark.django_db(transaction=True)
def test_recording_inside_the_callers_transaction_needs_one(course, learner):
    enrol(learner, course)
    with pytest.raises(TransactionManagementError):
        _full_marks_on_first_block(services.block_result_record_in_transaction, learner, course)
    assert not BlockResult.objects.exists()


def test_a_result_keeps_the_cached_progress_and_a_completion_drops_it(course, learner):
    """The enrolment-with-progress entry holds no result: saving one (every scored answer)
    leaves it, while the learner's lesson state goes; completing the lesson drops it."""
    from django.core.cache import cache

    from courses.selectors import enrollment_with_progress
    from intervisor.caching import lesson_state_key, progress_key

    enrollment = enrol(learner, course)
    lesson = lessons_of(course)[0]
    enrollment_with_progress(user=learner, course_id=course.pk)  # cached
    cache.set(lesson_state_key(learner.pk, lesson.pk), {"results": {}, "reflections": {}})
    block_id, answers = quiz_answers(lesson, right=False)
    services.quiz_answer_submit(user=learner, lesson=lesson, block_id=block_id, answers=answers)
    assert cache.get(progress_key(learner.pk, course.pk)) is not None
    assert cache.get(lesson_state_key(learner.pk, lesson.pk)) is None
    block_id, answers = quiz_answers(lesson)
    services.quiz_answer_submit(user=learner, lesson=lesson, block_id=block_id, answers=answers)
    assert LessonProgress.objects.filter(enrollment=enrollment, lesson=lesson).exists()
    assert cache.get(progress_key(learner.pk, course.pk)) is None
    _enrollment, completed = enrollment_with_progress(user=learner, course_id=course.pk)
    assert lesson.pk in completed
