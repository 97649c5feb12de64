from .certificates import Assessment, Certificate, CertificateCounter
from .intake import Intake, LearningGoal
from .paths import Level, Path, Requirement
from .progress import Evidence, LevelProgress, RequirementStatus

__all__ = [
    "Assessment",
    "Certificate",
    "CertificateCounter",
    "Evidence",
    "Intake",
    "LearningGoal",
    "Level",
    "LevelProgress",
    "Path",
    "Requirement",
    "RequirementStatus",
]
