"""Writes for certification. Every function runs in a transaction; errors carry a message."""

from .assessment import assessment_decide, assessment_request
from .certificates import (
    certificate_deliver,
    certificate_grant,
    certificate_issue,
    certificate_renew,
    certificate_revoke,
    certificates_expire,
    certificates_remind,
)
from .errors import CertificationError
from .evaluation import (
    level_progress_refresh,
    path_start,
    requirement_statuses_evaluate,
    user_progress_refresh,
)
from .evidence import (
    companion_session_evidence_record,
    evidence_record,
    logbook_entry_evidence_record,
    observation_evidence_record,
    practice_evidence_sync,
    simulation_run_evidence_record,
)
from .intake import (
    intake_confirm,
    intake_goal_add,
    intake_goal_delete,
    intake_goal_evaluate,
    intake_save,
    intake_submit,
)

__all__ = [
    "CertificationError",
    "assessment_decide",
    "assessment_request",
    "certificate_deliver",
    "certificate_grant",
    "certificate_issue",
    "certificate_renew",
    "certificate_revoke",
    "certificates_expire",
    "certificates_remind",
    "companion_session_evidence_record",
    "evidence_record",
    "intake_confirm",
    "intake_goal_add",
    "intake_goal_delete",
    "intake_goal_evaluate",
    "intake_save",
    "intake_submit",
    "level_progress_refresh",
    "logbook_entry_evidence_record",
    "observation_evidence_record",
    "path_start",
    "practice_evidence_sync",
    "requirement_statuses_evaluate",
    "simulation_run_evidence_record",
    "user_progress_refresh",
]
