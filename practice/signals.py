"""Signals practice sends; certification listens. Practice never imports certification.

All are sent after the transaction commits (transaction.on_commit), with keyword arguments:
- simulation_run_completed: run (SimulationRun), user
- companion_session_closed: session (CompanionSession), facilitator (User)
- observation_recorded: observation (Observation), learner (User), trainer (User)
- logbook_entry_submitted: entry (LogbookEntry), user
"""

from django.dispatch import Signal

simulation_run_completed = Signal()
companion_session_closed = Signal()
observation_recorded = Signal()
logbook_entry_submitted = Signal()
