# Pages live in practice.pages; imported here so Django registers them with the app.
from ..pages import PracticeIndexPage, ScenarioPage, ScenarioPersona  # noqa: E402,I001
from .companion import (
    CompanionSession,
    LogbookBaseline,
    LogbookEntry,
    Observation,
    SessionEvaluation,
    SessionNote,
    SessionParticipant,
)
from .methods import Method, MethodStep
from .simulations import SimulationChoice, SimulationRun

__all__ = [
    "CompanionSession",
    "LogbookBaseline",
    "LogbookEntry",
    "Method",
    "MethodStep",
    "Observation",
    "PracticeIndexPage",
    "ScenarioPage",
    "ScenarioPersona",
    "SessionEvaluation",
    "SessionNote",
    "SessionParticipant",
    "SimulationChoice",
    "SimulationRun",
]
