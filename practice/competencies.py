"""The six facilitator competencies, in one place: certification refers to these keys.

Scores on a simulation run are 0-100 per competency; a scenario that never touches a
competency gives no score for it (no evidence is not the same as a bad score). Trainers
score observations on a five-point rubric (1-5), the scale certification's thresholds use.
"""

from django.utils.translation import gettext_lazy as _

GUARDING_PROCESS = "guarding_process"
NEUTRALITY = "neutrality"
INCLUSION = "inclusion"
EMOTIONAL_SAFETY = "emotional_safety"
TIME_MANAGEMENT = "time_management"
QUESTION_QUALITY = "question_quality"

COMPETENCIES: dict[str, object] = {
    GUARDING_PROCESS: _("Guarding the process"),
    NEUTRALITY: _("Neutrality, no advice"),
    INCLUSION: _("Inclusion"),
    EMOTIONAL_SAFETY: _("Emotional safety"),
    TIME_MANAGEMENT: _("Time management"),
    QUESTION_QUALITY: _("Question quality"),
}
COMPETENCY_KEYS = tuple(COMPETENCIES)

# The group's state during a simulation; time_left is in minutes, the others 0-100.
SAFETY = "safety"
ENERGY = "energy"
TIME_LEFT = "time_left"
GROUP_STATE: dict[str, object] = {
    SAFETY: _("Safety in the group"),
    ENERGY: _("Energy"),
    TIME_LEFT: _("Time left (minutes)"),
}

# Observation rubric: a trainer scores each competency on this four-point scale.
RUBRIC_LEVELS = (
    (1, _("Not yet visible")),
    (2, _("Developing")),
    (3, _("Sufficient")),
    (4, _("Good")),
    (5, _("Exemplary")),
)


def competency_choices():
    return list(COMPETENCIES.items())
