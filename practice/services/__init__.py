"""Every write of the practice app: simulations, and the companion for real sessions."""

from .companion import (
    companion_session_close,
    companion_session_create,
    companion_session_start,
    companion_step_go,
    logbook_baseline_save,
    logbook_entry_submit,
    observation_record,
    participant_invitation_accept,
    session_note_add,
    session_observer_set,
    session_participant_add,
    session_roles_set,
    trainers_queryset,
)
from .simulations import (
    StaleChoice,
    simulation_choose,
    simulation_reflection_save,
    simulation_run_start,
)

__all__ = [
    "StaleChoice",
    "companion_session_close",
    "companion_session_create",
    "companion_session_start",
    "companion_step_go",
    "logbook_baseline_save",
    "logbook_entry_submit",
    "observation_record",
    "participant_invitation_accept",
    "session_note_add",
    "session_observer_set",
    "session_participant_add",
    "session_roles_set",
    "simulation_choose",
    "simulation_reflection_save",
    "simulation_run_start",
    "trainers_queryset",
]
