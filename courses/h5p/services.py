"""Writes of the H5P app: uploads, extraction into the library store, learner state."""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from intervisor.caching import forget, known_get
from intervisor.fastinsert import insert_without_flush_wait
from intervisor.queueing import SWEEP_AFTER, SWEEP_GIVE_UP, enqueue, enqueue_on_commit

from .models import LIBRARY_ROOT, H5PAttempt, H5PContent, H5PLibrary, H5PStatement, H5PUserState
from .package import CheckedPackage, PackagedLibrary, PackageRefused, folder_name, package_check
from .quota import quota_problem
from .selectors import installed_libraries, user_may_install_libraries, user_state_key
from .storage import delete_tree, put
from .xapi import CheckedStatement

logger = logging.getLogger(__name__)

MAX_STATE_BYTES = 64 * 1024


def h5p_package_check(*, data: bytes, user) -> CheckedPackage:
    """Check an upload against the installed libraries and what this user may install."""
    return package_check(
        data,
        installed=installed_libraries(),
        may_install=user_may_install_libraries(user=user),
        installable_names=frozenset(settings.H5P_EDITOR_INSTALLABLE_LIBRARIES),
    )


@transaction.atomic
def h5p_content_create(
    *, provider, title: str, data: bytes, user, max_score: int | None = None
) -> H5PContent:
    """Store a checked upload as pending content; a task extracts it after the commit."""
    checked = h5p_package_check(data=data, user=user)
    _quota_require(provider=provider, checked=checked)
    content = H5PContent(
        unpacked_bytes=checked.unpacked_bytes,
        provider=provider,
        title=title or checked.title[:255],
        uploaded_by=user if user and user.is_authenticated else None,
        may_install_libraries=user_may_install_libraries(user=user),
        max_score=checked.max_score if checked.max_score is not None else max_score,
        main_library=folder_name(checked.main_library),
    )
    content.package.save("upload.h5p", ContentFile(data), save=False)
    content.save()
    _queue_extraction(content.pk)
    return content


def _quota_require(*, provider, checked: CheckedPackage, replacing=None) -> None:
    problem = quota_problem(provider=provider, adding=checked.unpacked_bytes, replacing=replacing)
    if problem:
        raise PackageRefused([problem])


def _queue_extraction(content_id: int) -> None:
    from .tasks import h5p_content_extract_task

    enqueue_on_commit(h5p_content_extract_task, content_id)


def pending_extractions_requeue(*, now=None) -> int:
    """Queue again the packages still waiting for extraction (the enqueue failed, or the task
    was lost); extraction of a package no longer pending does nothing."""
    from .tasks import h5p_content_extract_task

    now = now or timezone.now()
    ids = H5PContent.objects.filter(
        status=H5PContent.Status.PENDING, created_at__lt=now - SWEEP_AFTER
    ).values_list("pk", flat=True)
    return sum(enqueue(h5p_content_extract_task, pk) for pk in ids)


@transaction.atomic
def h5p_content_replace_package(*, content: H5PContent, data: bytes, user) -> H5PContent:
    """A new version of the file: checked like an upload, then extracted again."""
    checked = h5p_package_check(data=data, user=user)
    _quota_require(provider=content.provider, checked=checked, replacing=content)
    content.unpacked_bytes = checked.unpacked_bytes
    old_package = content.package.name
    content.package.save("upload.h5p", ContentFile(data), save=False)
    content.status = H5PContent.Status.PENDING
    content.failure_reason = ""
    content.main_library = folder_name(checked.main_library)
    content.may_install_libraries = user_may_install_libraries(user=user)
    if checked.max_score is not None:
        content.max_score = checked.max_score
    content.save()
    if old_package:
        transaction.on_commit(lambda: content.package.storage.delete(old_package))
    _queue_extraction(content.pk)
    return content


def h5p_content_extract(*, content_id: int) -> None:
    """Install the package's new libraries and write its content; safe to run twice."""
    with transaction.atomic():
        content = H5PContent.objects.select_for_update().filter(pk=content_id).first()
        if content is None or content.status != H5PContent.Status.PENDING:
            return
        try:
            _extract(content)
        except PackageRefused as refused:
            _mark_failed(content, "\n".join(refused.problems))
        except Exception as exc:  # storage or disk trouble: record it, let the task log it
            logger.exception("H5P content %s could not be extracted", content_id)
            # The error's text may name server paths: the editor sees its kind, the log the rest.
            _mark_failed(
                content,
                _(
                    "The package could not be unpacked because of a storage problem on the "
                    "server (%(kind)s). Upload it again; if that fails too, tell the site "
                    "administrator."
                )
                % {"kind": type(exc).__name__},
            )


def _mark_failed(content: H5PContent, reason: str) -> None:
    content.status = H5PContent.Status.FAILED
    content.failure_reason = reason
    content.save(update_fields=["status", "failure_reason", "updated_at"])


def _extract(content: H5PContent) -> None:
    with content.package.open("rb") as handle:
        data = handle.read()
    # Checked again: libraries may have changed since the upload, and the uploader's right to
    # install new ones was fixed at upload time.
    checked = package_check(
        data,
        installed=installed_libraries(),
        may_install=content.may_install_libraries,
        installable_names=frozenset(settings.H5P_EDITOR_INSTALLABLE_LIBRARIES),
    )
    for library in checked.to_install:
        _library_install(library, installed_by=content.uploaded_by)
    delete_tree(content.storage_prefix)
    for name, payload in checked.content_files.items():
        put(f"{content.storage_prefix}/{name}", payload)
    libraries = [
        library for library in H5PLibrary.objects.all() if library.key in set(checked.required)
    ]
    content.libraries.set(libraries)
    content.status = H5PContent.Status.READY
    content.failure_reason = ""
    content.main_library = folder_name(checked.main_library)
    if content.max_score is None:
        content.max_score = checked.max_score
    content.save()


def _library_install(library: PackagedLibrary, *, installed_by) -> H5PLibrary:
    """Files first, then the row: a row in the table means its files are in the store."""
    existing = (
        H5PLibrary.objects.select_for_update()
        .filter(
            machine_name=library.key[0], major_version=library.key[1], minor_version=library.key[2]
        )
        .first()
    )
    if existing and existing.patch_version >= library.patch:
        return existing
    folder = f"{LIBRARY_ROOT}/{library.folder}"
    delete_tree(folder)
    for relative, payload in library.files.items():
        put(f"{folder}/{relative}", payload)
    values = {
        "patch_version": library.patch,
        "title": str(library.metadata.get("title", library.key[0]))[:255],
        "runnable": bool(library.metadata.get("runnable")),
        "metadata": library.metadata,
        "installed_by": installed_by,
    }
    if existing:
        for name, value in values.items():
            setattr(existing, name, value)
        existing.save()
        return existing
    try:
        with transaction.atomic():
            return H5PLibrary.objects.create(
                machine_name=library.key[0],
                major_version=library.key[1],
                minor_version=library.key[2],
                **values,
            )
    except IntegrityError:  # installed at the same moment by another upload
        return H5PLibrary.objects.get(
            machine_name=library.key[0], major_version=library.key[1], minor_version=library.key[2]
        )


def h5p_user_state_save(*, user, content_id: int, state: str) -> H5PUserState:
    if len(state.encode("utf-8")) > MAX_STATE_BYTES:
        raise ValueError(_("The saved state is too large."))
    record, _created = H5PUserState.objects.update_or_create(
        user=user, content_id=content_id, defaults={"state": state}
    )
    forget(user_state_key(user.pk, content_id))
    return record


def user_state_forget(sender, instance, **kwargs) -> None:
    """Signal receiver: a saved state was deleted (privacy erasure, account or content
    deletion), so the cached copy goes too."""
    forget(user_state_key(instance.user_id, instance.content_id))


ACCESS_CACHE_SECONDS = 60


def access_cache_key(user_id: int, lesson_id: int) -> str:
    return f"h5p:access:{user_id}:{lesson_id}"


def h5p_require_enrolled(*, user, placement, known: dict | None = None) -> None:
    """Statements and state are only taken from learners who may work in this lesson
    (enrolled, prerequisites met, lesson published); raises CourseAccessDenied.

    A granted check is remembered for ACCESS_CACHE_SECONDS: the player sends many small
    statements. Scores never rely on it, block_result_record checks access again."""
    key = access_cache_key(user.pk, placement.lesson_id)
    if known_get(known, key):
        return
    _lesson_access(user=user, placement=placement)
    cache.set(key, True, ACCESS_CACHE_SECONDS)


def _lesson_access(*, user, placement):
    """(lesson, LessonAccess) for the placement's lesson; raises CourseAccessDenied."""
    from courses.access import CourseAccessDenied, lesson_access, live_lesson

    lesson, course = live_lesson(placement.lesson_id)
    if lesson is None:
        raise CourseAccessDenied(_("This lesson is not published."))
    return lesson, lesson_access(user=user, lesson=lesson, course=course)


def h5p_statement_record(
    *, user, placement, checked: CheckedStatement, known: dict | None = None
) -> dict:
    """Store a checked statement in its attempt; a scored top-level answer is queued to be
    recorded as the block's result (h5p_pending_scores_record).

    Most statements (interacted, progressed, sub-content answers) are one insert without a
    lock: the player sends many. Starting an attempt locks the attempt row. A scored answer is
    one insert too, marked pending: the result, the course progress and the attempt's score
    are written by a Celery task, and the player asks for the outcome (h5p_score_outcome).
    `known`: cache entries already read (views.learner._cache_read)."""
    h5p_require_enrolled(user=user, placement=placement, known=known)
    if checked.is_top_level and checked.verb == "attempted":
        with transaction.atomic():
            attempt = _attempt_current(user=user, placement=placement, start_new=True, lock=True)
            _statement_store(user=user, placement=placement, checked=checked, attempt=attempt)
        return {"stored": True, "attempt": attempt.number}
    attempt = _attempt_current(
        user=user, placement=placement, start_new=False, lock=False, known=known
    )
    statement = _statement_store(
        user=user,
        placement=placement,
        checked=checked,
        attempt=attempt,
        scored=checked.counts_for_progress,
    )
    if not checked.counts_for_progress:
        return {"stored": True, "attempt": attempt.number}
    scoring_runs.queue()  # the insert has committed: it runs outside a transaction
    return {"stored": True, "attempt": attempt.number, "scoring": "queued", "id": statement.pk}


def _statement_store(*, user, placement, checked, attempt, scored: bool = False):
    """Statements outside a transaction, scored answers included, do not wait for the disk
    flush: a crash of the database server may lose the last fraction of a second of them
    (intervisor.fastinsert). A lost scored answer is sent again by the player, which keeps it
    until its score is recorded (the check URL answers 404 for an answer the server does not
    have). A statement inside a transaction (starting an attempt) is an ordinary insert."""
    statement = H5PStatement(
        id=checked.statement["id"],
        user=user,
        content_id=placement.content_id,
        lesson_id=placement.lesson_id,
        block_id=placement.block_id,
        attempt=attempt,
        verb=checked.verb,
        is_top_level=checked.is_top_level,
        score_raw=checked.score_raw,
        score_max=checked.score_max,
        statement=checked.statement,
        score_status=H5PStatement.ScoreStatus.PENDING if scored else "",
    )
    insert_without_flush_wait(statement)
    return statement


# Scores are recorded by runs of one task, each recording every score waiting, oldest first. A
# web process that stores a score queues a run to start SCORING_DELAY_SECONDS later, unless a
# run it queued before starts late enough to read that score: the scores of a busy moment are
# recorded together, one task and one transaction per SCORING_BATCH, instead of one task each,
# and the request asks no one whether a run is queued. The answer has committed before the
# check, and a run reads the waiting scores when it starts, so a run that starts after the
# check reads it; SCORING_MARGIN_SECONDS allows for the worker's clock running ahead of the web
# process's. Each busy web process queues at most one run per DELAY - MARGIN. Runs may overlap
# (several processes, a sweeper run): each score is recorded once. The sweeper
# (pending_scores_requeue) catches scores whose run could not be queued or was lost.
SCORING_DELAY_SECONDS = 1.0
SCORING_MARGIN_SECONDS = 0.25
SCORING_BATCH = 100


class ScoringRuns:
    """When the scoring run this process queued last starts (time.time(); 0: none yet). Two
    threads of one process may both queue a run; that costs one empty run, nothing else."""

    def __init__(self, clock=time.time):
        self.clock = clock
        self.starts_at = 0.0

    def covers_now(self) -> bool:
        return self.clock() < self.starts_at - SCORING_MARGIN_SECONDS

    def queue(self) -> None:
        """Make sure a run reads the score this process has just committed."""
        from .tasks import h5p_pending_scores_record_task

        if self.covers_now():
            return
        starts_at = self.clock() + SCORING_DELAY_SECONDS
        queued = enqueue(h5p_pending_scores_record_task, countdown=SCORING_DELAY_SECONDS)
        # An eager run (the embedded default) has already happened: the next score needs its
        # own. A failed enqueue leaves the next score to try again.
        if queued and not h5p_pending_scores_record_task.app.conf.task_always_eager:
            self.starts_at = starts_at

    def forget(self) -> None:
        self.starts_at = 0.0


scoring_runs = ScoringRuns()


def pending_scores_requeue(*, now=None) -> int:
    """Queue a scoring run if scores have waited longer than SWEEP_AFTER (their run was never
    queued, or was lost); returns how many are waiting."""
    from .tasks import h5p_pending_scores_record_task

    now = now or timezone.now()
    waiting = H5PStatement.objects.filter(
        score_status=H5PStatement.ScoreStatus.PENDING,
        stored_at__lt=now - SWEEP_AFTER,
        stored_at__gt=now - SWEEP_GIVE_UP,
    ).count()
    if waiting:
        enqueue(h5p_pending_scores_record_task)
    return waiting


def h5p_pending_scores_record(*, batch: int = SCORING_BATCH) -> int:
    """Record every waiting score as its block's result, oldest first, `batch` per transaction;
    returns how many were recorded or refused. A learner's answers waiting in one block are
    recorded together, in the order given. Safe to run twice at once: a second run waits for
    the first one's rows and finds them done."""
    done = 0
    failed: set = set()
    while True:
        with transaction.atomic():
            waiting = list(
                H5PStatement.objects.select_for_update(of=("self",))
                .select_related("user", "attempt")
                .filter(score_status=H5PStatement.ScoreStatus.PENDING)
                .exclude(pk__in=failed)
                .order_by("stored_at", "id")[:batch]
            )
            groups: dict[tuple, list[H5PStatement]] = {}
            for statement in waiting:
                key = (statement.user_id, statement.lesson_id, statement.block_id)
                groups.setdefault(key, []).append(statement)
            for statements in groups.values():
                try:
                    with transaction.atomic():
                        _scores_record(statements)
                except Exception:  # a fault of ours: left waiting for the sweeper, logged
                    ids = [statement.pk for statement in statements]
                    logger.exception("H5P scores of statements %s could not be recorded", ids)
                    failed.update(ids)
        done += len(waiting)
        if len(waiting) < batch:
            return done - len(failed)


def _scores_record(statements: list[H5PStatement]) -> None:
    """One learner's waiting scores in one block: the attempts' scores, the block's result and
    the course progress, checked again against the lesson as it is now (each answer was
    checked against a cached placement and access). A refusal is kept with each statement,
    for the player to show."""
    from courses.access import CourseAccessDenied
    from courses.services import ScoredAttempt, block_attempts_record_in_transaction

    from .selectors import placement_for, score_passes

    first = statements[0]
    placement = placement_for(lesson_id=first.lesson_id, block_id=first.block_id)
    if placement is None or any(s.content_id != placement.content_id for s in statements):
        _statements_refuse(statements, "gone")
        return
    scores = [
        (s.score_raw, s.score_max, score_passes(s.score_raw, s.score_max, placement.pass_threshold))
        for s in statements
    ]
    try:
        lesson, access = _lesson_access(user=first.user, placement=placement)
        _result, after = block_attempts_record_in_transaction(
            user=first.user,
            lesson=lesson,
            access=access,
            block_id=first.block_id,
            attempts=[
                ScoredAttempt(
                    score,
                    maximum,
                    passed,
                    {
                        "h5p_attempt": s.attempt.number if s.attempt else None,
                        "statement": str(s.pk),
                    },
                )
                for s, (score, maximum, passed) in zip(statements, scores, strict=True)
            ],
            completed=True,
            policy=placement.policy,
        )
    except CourseAccessDenied:
        _statements_refuse(statements, "access")
        return
    except ValidationError:
        _statements_refuse(statements, "invalid")
        return
    latest = {}  # an attempt's score is its last scored answer's
    for statement, score in zip(statements, scores, strict=True):
        if statement.attempt_id:
            latest[statement.attempt_id] = (statement, score)
    for attempt_id, (statement, (score, maximum, passed)) in latest.items():
        H5PAttempt.objects.filter(pk=attempt_id).update(
            score_raw=score, score_max=maximum, passed=passed, finished_at=statement.stored_at
        )
    final_score, final_max, final_passed = after[-1]
    outcome = {  # each answer's own score and pass are worked out from its row
        "pass_threshold": placement.pass_threshold,
        "result": {"score": final_score, "max_score": final_max, "passed": final_passed},
        "progress": _course_progress(access),
        # block_result_record added the lesson to access.completed if this result completed it.
        "lesson_completed": placement.lesson_id in access.completed,
    }
    _statements_mark(statements, H5PStatement.ScoreStatus.RECORDED, outcome)


def _statements_refuse(statements: list[H5PStatement], code: str) -> None:
    """Keep why these scores do not count (selectors.SCORE_REFUSALS) for the player."""
    _statements_mark(statements, H5PStatement.ScoreStatus.REFUSED, {"refused": code})


def _statements_mark(statements: list[H5PStatement], status: str, outcome: dict) -> None:
    H5PStatement.objects.filter(pk__in=[s.pk for s in statements]).update(
        score_status=status, score_outcome=outcome
    )


def _course_progress(access) -> dict:
    from courses.selectors import progress_summary

    # block_result_record added the lesson to access.completed if this result completed it.
    summary = progress_summary(outline=access.outline, completed=access.completed)
    return {"done": summary["done"], "total": summary["total"], "percent": summary["percent"]}


ATTEMPT_CACHE_SECONDS = 3600


def attempt_cache_key(user_id: int, lesson_id: int, block_id: str) -> str:
    return f"h5p:attempt:{user_id}:{lesson_id}:{block_id}"


def attempt_forget(sender, instance, **kwargs) -> None:
    """Signal receiver: an attempt was deleted, so statements must not be filed under it."""
    cache.delete(attempt_cache_key(instance.user_id, instance.lesson_id, instance.block_id))


def _attempt_current(
    *, user, placement, start_new: bool, lock: bool, known: dict | None = None
) -> H5PAttempt:
    """The learner's latest attempt at this block, or a new one.

    Unlocked reads (the many unscored statements) take the latest attempt from the cache; it
    is set whenever an attempt is started, once that commits, and dropped when one is deleted.
    """
    key = attempt_cache_key(user.pk, placement.lesson_id, placement.block_id)
    if not lock and not start_new:
        current = known_get(known, key)
        if current is not None:
            return H5PAttempt(pk=current[0], number=current[1])
    attempts = H5PAttempt.objects.select_for_update() if lock else H5PAttempt.objects.all()
    latest = (
        attempts.only("id", "number")
        .filter(user=user, lesson_id=placement.lesson_id, block_id=placement.block_id)
        .order_by("-number")
        .first()
    )
    if latest is not None and not start_new:
        if not lock:
            cache.set(key, (latest.pk, latest.number), ATTEMPT_CACHE_SECONDS)
        return latest
    if not lock:  # the very first statement was not "attempted": start one under the lock
        with transaction.atomic():
            return _attempt_current(user=user, placement=placement, start_new=False, lock=True)
    attempt = H5PAttempt.objects.create(
        user=user,
        content_id=placement.content_id,
        lesson_id=placement.lesson_id,
        block_id=placement.block_id,
        number=(latest.number + 1) if latest else 1,
    )
    cache.delete(key)
    transaction.on_commit(
        lambda: cache.set(key, (attempt.pk, attempt.number), ATTEMPT_CACHE_SECONDS)
    )
    return attempt


@transaction.atomic
def h5p_content_delete(*, content: H5PContent, user) -> None:
    """Remove the content and its files; shared libraries stay for other content."""
    prefix = content.storage_prefix
    package = content.package.name
    storage = content.package.storage
    content.delete()

    def remove_files():
        delete_tree(prefix)
        if package:
            storage.delete(package)

    transaction.on_commit(remove_files)
