"""Small builders for the seeded curriculum: raw StreamField data with stable ids, so running
the seed again (or on another machine) gives the same block and answer ids."""

import uuid

NAMESPACE = uuid.UUID("6f2b8a52-4a0e-4c59-9d1c-5b0f1f6d2e11")


def stable_id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


def text(html: str) -> tuple:
    return ("text", html)


def key_points(title: str, points: list[str]) -> tuple:
    return ("key_points", {"title": title, "points": points})


def callout(tone: str, title: str, html: str) -> tuple:
    return ("callout", {"tone": tone, "title": title, "text": html})


def method(slug: str, introduction: str = "") -> tuple:
    return ("method", {"slug": slug, "introduction": introduction})


def reflection(prompt: str, hint: str = "") -> tuple:
    return ("reflection", {"prompt": prompt, "hint": hint})


def quiz(title: str, questions: list[tuple], pass_percentage: int = 100) -> tuple:
    """questions: (question, multiple, [(option, correct, feedback), ...], explanation)."""
    return ("quiz", {"title": title, "questions": questions, "pass_percentage": pass_percentage})


def _list_items(values, key: str) -> list[dict]:
    return [{"type": "item", "value": v, "id": stable_id(key, i)} for i, v in enumerate(values)]


def stream_data(lesson_slug: str, blocks: list[tuple], methods: dict) -> list[dict]:
    """Raw StreamField JSON; method blocks whose method is not in the catalogue are skipped."""
    data = []
    for index, (kind, value) in enumerate(blocks):
        block_id = stable_id(lesson_slug, index)
        if kind == "method":
            found = methods.get(value["slug"])
            if found is None:
                continue
            value = {"method": found.pk, "introduction": value["introduction"]}
        elif kind == "key_points":
            value = {**value, "points": _list_items(value["points"], f"{block_id}:p")}
        elif kind == "quiz":
            value = {
                "title": value["title"],
                "pass_percentage": value["pass_percentage"],
                "questions": [
                    {
                        "type": "item",
                        "id": stable_id(block_id, "q", qi),
                        "value": {
                            "question": question,
                            "multiple": multiple,
                            "explanation": explanation,
                            "options": [
                                {
                                    "type": "item",
                                    "id": stable_id(block_id, "q", qi, "o", oi),
                                    "value": {"text": t, "correct": c, "feedback": f},
                                }
                                for oi, (t, c, f) in enumerate(options)
                            ],
                        },
                    }
                    for qi, (question, multiple, options, explanation) in enumerate(
                        value["questions"]
                    )
                ],
            }
        data.append({"type": kind, "value": value, "id": block_id})
    return data


def paras(*paragraphs: str) -> tuple:
    """A text block of plain paragraphs, one string each."""
    return text("".join(f"<p>{p}</p>" for p in paragraphs))


def transcript(title: str, setting: str, lines: list[tuple[str, str]], notes: list[str]) -> tuple:
    """A session fragment written as a script, followed by what a trainer would point out."""
    script = "".join(f"<p><strong>{who}:</strong> {said}</p>" for who, said in lines)
    comments = "".join(f"<li>{note}</li>" for note in notes)
    return text(
        f"<h3>{title}</h3><p><em>{setting}</em></p>{script}"
        f"<h3>Wat je hier ziet</h3><ul>{comments}</ul>"
    )
