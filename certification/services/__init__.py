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
from .evidence import evidence_record
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
    "evidence_record",
    "intake_confirm",
    "intake_goal_add",
    "intake_goal_delete",
    "intake_goal_evaluate",
    "intake_save",
    "intake_submit",
    "level_progress_refresh",
    "path_start",
    "requirement_statuses_evaluate",
    "user_progress_refresh",
]
