"""Signals certification sends (for notifications); nothing in certification listens to them.

All are sent after the transaction commits (transaction.on_commit), with keyword arguments:
- intake_submitted: intake (Intake); intake.trainer is who confirms it
- intake_confirmed: intake (Intake), trainer (User)
- assessment_requested: assessment (Assessment)
- assessment_decided: assessment (Assessment), assessor (User)
- certificate_issued: certificate (Certificate)
- certificate_expiring: certificate (Certificate), days_left (int)
"""

from django.dispatch import Signal

intake_submitted = Signal()
intake_confirmed = Signal()
assessment_requested = Signal()
assessment_decided = Signal()
certificate_issued = Signal()
certificate_expiring = Signal()
