"""The maximum score of H5P content, derived from its content.json.

Each rule follows the content type's own scoring (its ``getMaxScore`` and the editor's
``presave.js`` in the public h5p/* repositories); containers add up their children, found by
their ``{"library": "H5P.X 1.2", "params": {...}}`` objects. The result is None when a
maximum cannot be known from the parameters: an unknown type inside, a random pool of
questions of different weights, a branching scenario scored by the path taken. The
score of such content is then checked by the rule in xapi.py (the player's maximum, never a
raw score above it).

content.json is depth-limited by the package check (archive.MAX_JSON_DEPTH), so recursion is
bounded here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

NOT_SCORED = frozenset(
    {
        "H5P.AdvancedText",
        "H5P.Text",
        "H5P.Image",
        "H5P.Video",
        "H5P.Audio",
        "H5P.Link",
        "H5P.Table",
        "H5P.ContinuousText",
        "H5P.Shape",
        "H5P.ExportableTextArea",
        "H5P.GoToQuestion",
        "H5P.Nil",
        "H5P.IFrameEmbed",
        "H5P.Accordion",
        "H5P.Dialogcards",
        "H5P.Timeline",
        "H5P.ImageHotspots",
        "H5P.Agamotto",
        "H5P.Collage",
        "H5P.TwitterUserFeed",
        "H5P.Chart",
        "H5P.BranchingQuestion",
    }
)

DRAG_TEXT_DROP = re.compile(r"\*.*?\*", re.DOTALL)
MARKED_WORD = re.compile(r"\*[^*\s]+\*")
HTML_TAG = re.compile(r"<[^>]*>")


def content_max_score(machine_name: str, params) -> int | None:
    """The maximum score of content of this main library with these parameters."""
    if machine_name in NOT_SCORED:
        return None  # nothing to score: the player sends no scored answer
    value = _max(machine_name, params)
    return value if value and value > 0 else None


def _max(machine_name: str, params) -> int | None:
    """0 for unscored content, None when unknown."""
    if machine_name in NOT_SCORED:
        return 0
    rule = RULES.get(machine_name)
    if rule is None or not isinstance(params, Mapping):
        return None
    try:
        return rule(params)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _sub_content(value) -> int | None:
    """The maximum of a {"library": "H5P.X 1.0", "params": {...}} object; 0 without one."""
    if not isinstance(value, Mapping) or not isinstance(value.get("library"), str):
        return 0
    return _max(value["library"].split(" ")[0], value.get("params"))


def _sum(values) -> int | None:
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


def _list(params: Mapping, *path: str) -> list:
    value = params
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value if isinstance(value, list) else []


def _behaviour(params: Mapping) -> Mapping:
    value = params.get("behaviour")
    return value if isinstance(value, Mapping) else {}


# --- single questions ------------------------------------------------------------------------


def _multi_choice(params: Mapping) -> int:
    """h5p-multi-choice getMaxScore: one point (the weight) for a single-answer question or
    with singlePoint; otherwise the weights of the correct answers."""
    answers = [a for a in _list(params, "answers") if isinstance(a, Mapping)]
    correct = [a for a in answers if a.get("correct")]
    behaviour = _behaviour(params)
    kind = behaviour.get("type", "auto")
    single_answer = len(correct) == 1 if kind == "auto" else kind == "single"
    single_point = behaviour.get("singlePoint", True)
    weight = int(params.get("weight", 1))
    if single_answer or single_point or not correct:
        return weight
    return sum(int(a.get("weight", 1)) for a in correct)


def _blanks(params: Mapping) -> int:
    """h5p-blanks: one point per blank (*answer*) in the questions' text."""
    count = 0
    for question in _list(params, "questions"):
        if not isinstance(question, str):
            continue
        start = question.find("*")
        while start != -1:
            end = question.find("*", start + 1)
            if end == -1:
                break
            if HTML_TAG.sub("", question[start + 1 : end]):
                count += 1
                start = question.find("*", end + 1)
            else:
                start = end
    return count


def _drag_text(params: Mapping) -> int:
    """h5p-drag-text: one point per draggable word (*word*)."""
    return len(DRAG_TEXT_DROP.findall(str(params.get("textField", ""))))


def _mark_the_words(params: Mapping) -> int:
    """h5p-mark-the-words: one point per correct word (*word*)."""
    return len(MARKED_WORD.findall(HTML_TAG.sub(" ", str(params.get("textField", "")))))


def _single_choice_set(params: Mapping) -> int:
    """h5p-single-choice-set: one point per question."""
    return sum(
        1
        for choice in _list(params, "choices")
        if isinstance(choice, Mapping) and choice.get("question")
    )


def _summary(params: Mapping) -> int:
    """h5p-summary: one point per set of statements."""
    return sum(
        1
        for summary in _list(params, "summaries")
        if isinstance(summary, Mapping) and _list(summary, "summary")
    )


def _drag_question(params: Mapping) -> int:
    """h5p-drag-question calculateMaxScore: the weight (1) with singlePoint or when no drop
    zone takes a correct element; else one point per element that belongs in a drop zone, or
    one per such drop zone for an element that may be placed several times."""
    task = params["question"]["task"]
    correct_zones: dict[int, int] = {}
    for zone in _list(task, "dropZones"):
        elements = zone.get("correctElements") if isinstance(zone, Mapping) else None
        for element in elements or []:
            correct_zones[int(element)] = correct_zones.get(int(element), 0) + 1
    if not correct_zones or _behaviour(params).get("singlePoint") is True:
        return 1
    total = 0
    for index, element in enumerate(_list(task, "elements")):
        if index in correct_zones:
            multiple = isinstance(element, Mapping) and element.get("multiple") is True
            total += correct_zones[index] if multiple else 1
    return total


# --- containers ------------------------------------------------------------------------------


def _question_set(params: Mapping) -> int | None:
    """h5p-question-set: the sum of its questions; with a pool, pool size times the questions'
    maximum when all are equal (else unknown: the player picks at random)."""
    maxima = [_sub_content(question) for question in _list(params, "questions")]
    pool = params.get("poolSize")
    if isinstance(pool, int) and 0 < pool < len(maxima):
        if None in maxima or len(set(maxima)) != 1:
            return None
        return pool * maxima[0]
    return _sum(maxima)


def _course_presentation(params: Mapping) -> int | None:
    """h5p-course-presentation: the sum over every slide's elements."""
    return _sum(
        _sub_content(element.get("action"))
        for slide in _list(params, "presentation", "slides")
        if isinstance(slide, Mapping)
        for element in _list(slide, "elements")
        if isinstance(element, Mapping)
    )


def _interactive_video(params: Mapping) -> int | None:
    """h5p-interactive-video presave.js: the sum over the interactions and the summary task."""
    video = params["interactiveVideo"]
    actions = [
        interaction.get("action")
        for interaction in _list(video, "assets", "interactions")
        if isinstance(interaction, Mapping)
    ]
    summary = video.get("summary")
    if isinstance(summary, Mapping) and isinstance(summary.get("task"), Mapping):
        task = summary["task"]
        if _list(task.get("params") or {}, "summaries"):
            actions.append(task)
    return _sum(_sub_content(action) for action in actions)


def _column(params: Mapping) -> int | None:
    """H5P.Column: the sum of its content."""
    return _sum(
        _sub_content(item.get("content"))
        for item in _list(params, "content")
        if isinstance(item, Mapping)
    )


def _branching_scenario(params: Mapping) -> int | None:
    """h5p-branching-scenario: only a static end score with one value everywhere is known in
    advance (the learner's path decides otherwise); "no-score" content sends no score."""
    scenario = params["branchingScenario"]
    option = (scenario.get("scoringOptionGroup") or {}).get("scoringOption", "no-score")
    if option != "static-end-score":
        return None
    scores = {
        int(screen.get("endScreenScore", 0))
        for screen in _list(scenario, "endScreens")
        if isinstance(screen, Mapping)
    }
    for node in _list(scenario, "content"):
        feedback = node.get("feedback") if isinstance(node, Mapping) else None
        if isinstance(feedback, Mapping) and "endScreenScore" in feedback:
            scores.add(int(feedback["endScreenScore"]))
    return scores.pop() if len(scores) == 1 else None


RULES: dict[str, Callable[[Mapping], int | None]] = {
    "H5P.IntervisorCheck": lambda params: len(_list(params, "options")),
    "H5P.TrueFalse": lambda params: 1,
    "H5P.MultiChoice": _multi_choice,
    "H5P.SingleChoiceSet": _single_choice_set,
    "H5P.Blanks": _blanks,
    "H5P.DragText": _drag_text,
    "H5P.MarkTheWords": _mark_the_words,
    "H5P.DragQuestion": _drag_question,
    "H5P.Summary": _summary,
    "H5P.QuestionSet": _question_set,
    "H5P.CoursePresentation": _course_presentation,
    "H5P.InteractiveVideo": _interactive_video,
    "H5P.Column": _column,
    "H5P.BranchingScenario": _branching_scenario,
}
