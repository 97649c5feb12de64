"""A compact way to write scenario graphs in Python, turned into StreamField data."""

import uuid

EFFECT_NAMES = {
    "gp": "guarding_process",
    "neu": "neutrality",
    "inc": "inclusion",
    "emo": "emotional_safety",
    "tim": "time_management",
    "que": "question_quality",
    "saf": "safety",
    "ene": "energy",
    "tl": "time_left",
}
NAMESPACE = uuid.UUID("6f1d8f0e-6a53-4c1e-9b7e-3c3b9b8f4a10")


def sit(key, title, step, lines, choices=(), prompt="", ending=False):
    """Choices are ch(...) dicts, or the short form for the expert's choice:
    (label, to, feedback, True, minutes, {effects})."""
    choices = [_normalise(c) for c in choices]
    return {
        "key": key,
        "title": title,
        "step": step,
        "lines": lines,
        "choices": list(choices),
        "prompt": prompt,
        "ending": ending,
    }


def end(key, title, lines):
    return sit(key, title, None, lines, ending=True)


def ch(label, to, feedback, *, expert=False, minutes=2, when=None, **effects):
    """`when=("safety", 40, "other-key")`: go to other-key if safety drops below 40."""
    return {
        "label": label,
        "to": to,
        "feedback": feedback,
        "expert": expert,
        "minutes": minutes,
        "when": when,
        "effects": {EFFECT_NAMES[k]: v for k, v in effects.items()},
    }


def _normalise(choice):
    if isinstance(choice, dict):
        return choice
    label, to, feedback, expert, minutes, effects = choice
    return ch(label, to, feedback, expert=expert, minutes=minutes, **effects)


def _id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def stream_data(slug: str, situations: list[dict]) -> list[dict]:
    """Raw StreamField data with ids derived from the slug and keys, so seeding is stable."""
    data = []
    for s in situations:
        interventions = []
        for index, c in enumerate(s["choices"]):
            effects = {name: 0 for name in EFFECT_NAMES.values()}
            effects.update(c["effects"])
            metric, below, alternative = c["when"] or ("", None, "")
            interventions.append(
                {
                    "type": "item",
                    "id": _id(slug, s["key"], str(index)),
                    "value": {
                        "label": c["label"],
                        "next_situation": c["to"],
                        "feedback": c["feedback"],
                        "expert": c["expert"],
                        "minutes": c["minutes"],
                        "effects": effects,
                        "condition_metric": metric,
                        "condition_below": below,
                        "alternative_next": alternative,
                    },
                }
            )
        data.append(
            {
                "type": "situation",
                "id": _id(slug, s["key"]),
                "value": {
                    "key": s["key"],
                    "title": s["title"],
                    "method_step": s["step"],
                    "lines": [
                        {
                            "type": "item",
                            "id": _id(slug, s["key"], "line", str(i)),
                            "value": {"speaker": speaker or "", "text": text},
                        }
                        for i, (speaker, text) in enumerate(s["lines"])
                    ],
                    "prompt": s["prompt"],
                    "ending": s["ending"],
                    "type_first": s.get("type_first", False),
                    "interventions": interventions,
                },
            }
        )
    return data
