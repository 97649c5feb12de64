from .certificates import Assessment, Certificate, CertificateCounter
from .credentials import IssuedCredential, IssuerKey, StatusList
from .intake import Intake, LearningGoal
from .paths import Level, Path, Requirement
from .progress import Evidence, LevelProgress, RequirementStatus

__all__ = [
    "Assessment",
    "Certificate",
    "CertificateCounter",
    "Evidence",
    "Intake",
    "IssuedCredential",
    "IssuerKey",
    "LearningGoal",
    "Level",
    "LevelProgress",
    "Path",
    "Requirement",
    "RequirementStatus",
    "StatusList",
]
