"""Writes of the H5P app: uploads, extraction into the library store, learner state."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.access import lesson_access_check
from courses.services import scored_answer_record
from intervisor.caching import H5P_TIMEOUT, h5p_access_key
from intervisor.fastinsert import insert_without_flush_wait
from intervisor.queueing import SWEEP_AFTER, enqueue, enqueue_on_commit

from .models import LIBRARY_ROOT, H5PAttempt, H5PContent, H5PLibrary, H5PStatement, H5PUserState
from .package import CheckedPackage, PackagedLibrary, PackageRefused, folder_name, package_check
from .quota import quota_problem
from .selectors import SCORE_REFUSALS, installed_libraries, score_passes, user_may_install_libraries
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


EXTRACT_TASK = "h5p.content_extract"  # queued by name: the tasks module imports these services


def _queue_extraction(content_id: int) -> None:
    enqueue_on_commit(EXTRACT_TASK, content_id)


def pending_extractions_requeue(*, now=None) -> int:
    """Queue again the packages still waiting for extraction (the enqueue failed, or the task
    was lost); extraction of a package no longer pending does nothing."""

    now = now or timezone.now()
    ids = H5PContent.objects.filter(
        status=H5PContent.Status.PENDING, created_at__lt=now - SWEEP_AFTER
    ).values_list("pk", flat=True)
    return sum(enqueue(EXTRACT_TASK, pk) for pk in ids)


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
    return record


def h5p_require_enrolled(*, user, placement) -> None:
    """Statements and state are only taken from learners who may work in this lesson
    (enrolled, prerequisites met, lesson published); raises PermissionDenied with a message.

    A granted check is remembered for caching.H5P_TIMEOUT: the player sends many small
    statements. A scored answer does not rely on it: recording it checks access again."""
    key = h5p_access_key(user.pk, placement.lesson_id)
    if cache.get(key):
        return
    lesson_access_check(user=user, lesson_id=placement.lesson_id)
    cache.set(key, True, H5P_TIMEOUT)


def h5p_statement_record(*, user, placement, checked: CheckedStatement) -> dict:
    """Store a checked statement in the learner's current attempt. A scored top-level answer
    is recorded as the block's result in the same transaction (courses.services), and the
    outcome is returned for the player: {"status": "recorded", score, result, progress...} or
    {"status": "refused", "error": ...}; the statement keeps it.

    Most statements (interacted, progressed, sub-content answers) are one insert without a
    lock and without waiting for the disk flush (intervisor.fastinsert): the player sends many,
    and losing the last of them in a database crash costs no score. Starting an attempt and
    recording a score are ordinary transactions."""
    h5p_require_enrolled(user=user, placement=placement)
    if checked.is_top_level and checked.verb == "attempted":
        with transaction.atomic():
            attempt = _attempt_current(user=user, placement=placement, start_new=True)
            _statement(user=user, placement=placement, checked=checked, attempt=attempt).save()
        return {"stored": True, "attempt": attempt.number}
    if not checked.counts_for_progress:
        attempt = _attempt_latest(user=user, placement=placement)
        statement = _statement(user=user, placement=placement, checked=checked, attempt=attempt)
        insert_without_flush_wait(statement)
        return {"stored": True, "attempt": attempt.number}
    with transaction.atomic():
        attempt = _attempt_current(user=user, placement=placement, start_new=False)
        statement = _statement(user=user, placement=placement, checked=checked, attempt=attempt)
        outcome = _score_record(statement=statement, placement=placement)
        statement.save(force_insert=True)
    return {"stored": True, "attempt": attempt.number, **outcome}


def _statement(*, user, placement, checked, attempt) -> H5PStatement:
    return H5PStatement(
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
    )


def _score_record(*, statement: H5PStatement, placement) -> dict:
    """Record the answer's score as the block's result (checked against the lesson as it is
    now) and as its attempt's score; the outcome, also kept on the statement."""
    score, maximum = statement.score_raw, statement.score_max
    passed = score_passes(score, maximum, placement.pass_threshold)
    try:
        recorded = scored_answer_record(
            user=statement.user,
            lesson_id=placement.lesson_id,
            block_id=placement.block_id,
            score=score,
            max_score=maximum,
            passed=passed,
            policy=placement.policy,
            response={"h5p_attempt": statement.attempt.number, "statement": str(statement.pk)},
        )
    except (PermissionDenied, ValidationError) as refusal:
        code = "access" if isinstance(refusal, PermissionDenied) else "invalid"
        statement.score_status = H5PStatement.ScoreStatus.REFUSED
        statement.score_outcome = {"refused": code}
        return {"status": "refused", "error": str(SCORE_REFUSALS[code])}
    H5PAttempt.objects.filter(pk=statement.attempt.pk).update(
        score_raw=score, score_max=maximum, passed=passed, finished_at=timezone.now()
    )
    outcome = {"score": score, "max_score": maximum, "passed": passed, **recorded}
    statement.score_status = H5PStatement.ScoreStatus.RECORDED
    statement.score_outcome = {"pass_threshold": placement.pass_threshold, **recorded}
    return {"status": "recorded", **outcome}


def _attempt_latest(*, user, placement) -> H5PAttempt:
    """The learner's latest attempt at this block (read without a lock), or a first one."""
    latest = (
        H5PAttempt.objects.only("id", "number")
        .filter(user=user, lesson_id=placement.lesson_id, block_id=placement.block_id)
        .order_by("-number")
        .first()
    )
    if latest is not None:
        return latest
    with transaction.atomic():  # the very first statement was not "attempted"
        return _attempt_current(user=user, placement=placement, start_new=False)


def _attempt_current(*, user, placement, start_new: bool) -> H5PAttempt:
    """Under a lock: the learner's latest attempt at this block, or a new one (always one
    when `start_new`, else only when there is none). Call it inside a transaction."""
    latest = (
        H5PAttempt.objects.select_for_update()
        .only("id", "number")
        .filter(user=user, lesson_id=placement.lesson_id, block_id=placement.block_id)
        .order_by("-number")
        .first()
    )
    if latest is not None and not start_new:
        return latest
    return H5PAttempt.objects.create(
        user=user,
        content_id=placement.content_id,
        lesson_id=placement.lesson_id,
        block_id=placement.block_id,
        number=(latest.number + 1) if latest else 1,
    )


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
