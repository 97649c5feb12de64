"""Demo inboxes: what the demo's own events would have told each person.

The certification seed confirms the demo learner's intake through its services; when the seed
runs inside a test transaction (or its on-commit work is lost) the signal never arrives, so the
same receivers are called here. Their keys make this the very notification the signal gives:
running the seed again, or the signal arriving after all, adds nothing.
"""

from certification.models import Intake

from . import receivers


def run(ctx) -> None:
    learner = ctx.users["learner"]
    intakes = Intake.objects.filter(user=learner).select_related("user", "trainer", "confirmed_by")
    for intake in intakes:
        if intake.submitted_at is not None:
            receivers.on_intake_submitted(sender=Intake, intake=intake)
        if intake.confirmed_by is not None:
            receivers.on_intake_confirmed(sender=Intake, intake=intake, trainer=intake.confirmed_by)
    ctx.log(f"Notifications: {learner.notifications.count()} for the demo learner")
