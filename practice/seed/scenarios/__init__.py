"""Seeded simulation scenarios, one module each, in the order the practice page lists them."""

from .advice import ADVICE
from .complaining import COMPLAINING
from .dominant import DOMINANT
from .manager import MANAGER
from .no_case import NO_CASE
from .others_fault import OTHERS_FAULT
from .out_of_time import OUT_OF_TIME
from .silent import SILENT
from .tears import TEARS

SCENARIOS = [
    NO_CASE,
    TEARS,
    ADVICE,
    COMPLAINING,
    DOMINANT,
    SILENT,
    OTHERS_FAULT,
    OUT_OF_TIME,
    MANAGER,
]

__all__ = ["ADVICE", "COMPLAINING", "NO_CASE", "SCENARIOS", "TEARS"]
