"""The learning-goal checker as a kind of `language_classify` (registered in apps.py).

Maps `goals.goal_qualities` onto the command's fields; qualities goals.py adds later count
towards `good` as well, so a stricter checker is measured as it is.
"""

from .goals import goal_qualities

FIELDS = {
    "positive": "positive",
    "behaviour": "concrete_behaviour",
    "time": "time_element",
    "own_control": "own_control",
    "where_when": "where_when",
    "realistic": "realistic",
    "motivating": "motivating",
}


def classify_goal(text: str) -> dict:
    qualities = goal_qualities(text)
    result = {field: False for field in FIELDS.values()}
    explanation = {}
    for quality in qualities:
        field = FIELDS.get(quality.key, quality.key)
        result[field] = quality.ok
        if not quality.ok:
            explanation[field] = str(quality.explanation)
    result["good"] = all(quality.ok for quality in qualities)
    result["explanation"] = explanation
    return result
