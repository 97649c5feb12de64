"""A scenario as a graph of situations: parsing from the StreamField, walking, validating.

Pure Python over the page's StreamField value, so playing a step costs no queries however
many situations a scenario has.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .competencies import COMPETENCY_KEYS, ENERGY, GROUP_STATE, SAFETY, TIME_LEFT

MIN_INTERVENTIONS = 2
MAX_INTERVENTIONS = 4


@dataclass(frozen=True)
class Intervention:
    id: str
    label: str
    next_key: str
    feedback: str
    expert: bool
    minutes: int
    effects: dict
    condition_metric: str = ""
    condition_below: int | None = None
    alternative_next: str = ""

    def destinations(self) -> list[str]:
        keys = [self.next_key]
        if self.condition_metric and self.alternative_next:
            keys.append(self.alternative_next)
        return keys

    def next_for(self, state: dict) -> str:
        """The next situation, given the group's state after this choice."""
        if (
            self.condition_metric
            and self.alternative_next
            and self.condition_below is not None
            and state.get(self.condition_metric, 0) < self.condition_below
        ):
            return self.alternative_next
        return self.next_key


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str


@dataclass(frozen=True)
class Situation:
    key: str
    title: str
    method_step: int | None
    lines: list[Line]
    prompt: str
    ending: bool
    interventions: list[Intervention] = field(default_factory=list)
    type_first: bool = False

    def intervention(self, intervention_id: str) -> Intervention | None:
        return next((i for i in self.interventions if i.id == intervention_id), None)


@dataclass
class ScenarioGraph:
    situations: dict[str, Situation]
    start_key: str | None

    @classmethod
    def from_stream(cls, stream) -> "ScenarioGraph":
        """Build from the StreamField's raw JSON: no block conversion, so a step stays cheap."""
        situations: dict[str, Situation] = {}
        keys = []
        for block in stream.raw_data:
            value = block["value"]
            key = value.get("key") or ""
            keys.append(key)
            # A duplicate key is reported by validate(); keep the first for playing.
            if key in situations:
                continue
            situations[key] = Situation(
                key=key,
                title=value.get("title") or "",
                method_step=value.get("method_step"),
                lines=[
                    Line(line.get("speaker") or "", line.get("text") or "")
                    for _id, line in _list_items(value.get("lines"))
                ],
                prompt=value.get("prompt") or "",
                ending=bool(value.get("ending")),
                type_first=bool(value.get("type_first")),
                interventions=[
                    _intervention(item_id or f"{key}-{index}", item)
                    for index, (item_id, item) in enumerate(_list_items(value.get("interventions")))
                ],
            )
        graph = cls(situations=situations, start_key=keys[0] if keys else None)
        graph.duplicate_keys = _duplicates(keys)
        return graph

    def get(self, key: str) -> Situation | None:
        return self.situations.get(key)

    def expert_path(self, initial_state: dict) -> list[tuple[Situation, Intervention]]:
        """The expert's walk from the start, applying effects so conditions branch as in play."""
        path = []
        state = dict(initial_state)
        situation = self.get(self.start_key) if self.start_key else None
        seen = set()
        while situation and not situation.ending and situation.key not in seen:
            seen.add(situation.key)
            choice = next((i for i in situation.interventions if i.expert), None)
            if choice is None:
                break
            path.append((situation, choice))
            state = apply_effects(state, choice)
            situation = self.get(choice.next_for(state))
        return path


def score_bounds(graph: ScenarioGraph) -> dict[str, tuple[int, int]]:
    """Per competency, the lowest and highest total any path from the start can collect.

    Scores are placed between the lowest total and the expert's, so they do not depend on
    the author's scale of effects. Competencies no path changes are left out.
    """
    memo: dict[str, dict[str, tuple[int, int]]] = {}

    def from_here(key: str, trail: frozenset) -> dict[str, tuple[int, int]]:
        situation = graph.get(key)
        if situation is None or situation.ending or key in trail:
            return {k: (0, 0) for k in COMPETENCY_KEYS}
        if key in memo:
            return memo[key]
        result: dict[str, tuple[int, int]] = {}
        for intervention in situation.interventions:
            for target in intervention.destinations():
                rest = from_here(target, trail | {key})
                for k in COMPETENCY_KEYS:
                    delta = intervention.effects.get(k, 0)
                    lo, hi = rest[k][0] + delta, rest[k][1] + delta
                    if k in result:
                        lo, hi = min(lo, result[k][0]), max(hi, result[k][1])
                    result[k] = (lo, hi)
        memo[key] = result or {k: (0, 0) for k in COMPETENCY_KEYS}
        return memo[key]

    if graph.start_key is None:
        return {}
    bounds = from_here(graph.start_key, frozenset())
    return {k: (lo, hi) for k, (lo, hi) in bounds.items() if hi > lo}


def normalised_scores(graph: ScenarioGraph, raw: dict[str, int], initial_state: dict) -> dict:
    """0-100 per competency: 0 is the weakest path the scenario allows, 100 the expert's path
    (or better). Detours that earn points back (repairing a mistake) never beat the expert."""
    expert: dict[str, int] = {}
    for _situation, intervention in graph.expert_path(initial_state):
        for key in COMPETENCY_KEYS:
            expert[key] = expert.get(key, 0) + intervention.effects.get(key, 0)
    scores = {}
    for key, (lo, _hi) in score_bounds(graph).items():
        top = expert.get(key, 0)
        if top <= lo:
            # The expert path gains nothing here (only a detour does): nothing to measure.
            continue
        value = (raw.get(key, 0) - lo) / (top - lo)
        scores[key] = max(0, min(100, round(100 * value)))
    return scores


def _list_items(raw) -> list[tuple[str | None, dict]]:
    """ListBlock raw data: [{"type": "item", "value": ..., "id": ...}] or, in the old format,
    a plain list of values."""
    items = []
    for item in raw or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            items.append((item.get("id"), item["value"]))
        else:
            items.append((None, item))
    return items


def _intervention(block_id: str, value) -> Intervention:
    effects = value.get("effects") or {}
    return Intervention(
        id=str(block_id),
        label=value["label"],
        next_key=value["next_situation"],
        feedback=value["feedback"],
        expert=bool(value.get("expert")),
        minutes=value.get("minutes") or 0,
        effects={key: effects.get(key) or 0 for key in (*COMPETENCY_KEYS, *GROUP_STATE)},
        condition_metric=value.get("condition_metric") or "",
        condition_below=value.get("condition_below"),
        alternative_next=value.get("alternative_next") or "",
    )


def _duplicates(keys: list[str]) -> list[str]:
    seen, dupes = set(), []
    for key in keys:
        if key in seen and key not in dupes:
            dupes.append(key)
        seen.add(key)
    return dupes


def apply_effects(state: dict, intervention: Intervention) -> dict:
    new = dict(state)
    for key in (SAFETY, ENERGY):
        new[key] = max(0, min(100, new.get(key, 0) + intervention.effects.get(key, 0)))
    new[TIME_LEFT] = (
        new.get(TIME_LEFT, 0) - intervention.minutes + intervention.effects.get(TIME_LEFT, 0)
    )
    return new


@dataclass(frozen=True)
class Problem:
    """One reason a scenario cannot be published; `key` names the situation concerned, or is
    empty when the problem is the scenario's as a whole."""

    key: str
    message: str


def problems(graph: ScenarioGraph) -> list[Problem]:
    """Every problem that would strand a learner, each tied to the situation concerned."""
    if not graph.situations:
        return [
            Problem("", _("A scenario needs at least one situation to start from and one ending."))
        ]
    found = [
        Problem(key, _("The key “%(key)s” is used by more than one situation.") % {"key": key})
        for key in graph.duplicate_keys
    ]
    for situation in graph.situations.values():
        found.extend(_situation_problems(graph, situation))
    reachable = _reachable(graph)
    for key, situation in graph.situations.items():
        if key not in reachable:
            found.append(
                Problem(
                    key,
                    _("Situation “%(title)s” (%(key)s) cannot be reached from the start.")
                    % {"title": situation.title, "key": key},
                )
            )
    found.extend(_cycle_problems(graph))
    if not any(s.ending for s in graph.situations.values()):
        found.append(
            Problem("", _("The scenario has no ending: mark at least one situation as an ending."))
        )
    return found


def validate(graph: ScenarioGraph) -> list[str]:
    """The problems' messages: what the editor reads when publishing is refused."""
    return [problem.message for problem in problems(graph)]


def _situation_problems(graph: ScenarioGraph, situation: Situation) -> list[Problem]:
    errors = []
    names = {"title": situation.title, "key": situation.key}
    count = len(situation.interventions)
    if situation.ending:
        if count:
            errors.append(
                _("Situation “%(title)s” (%(key)s) is an ending but offers interventions.") % names
            )
        return [Problem(situation.key, message) for message in errors]
    if not MIN_INTERVENTIONS <= count <= MAX_INTERVENTIONS:
        errors.append(
            _(
                "Situation “%(title)s” (%(key)s) is a dead end: "
                "offer 2 to 4 interventions or mark it as an ending."
            )
            % names
        )
    experts = sum(1 for i in situation.interventions if i.expert)
    if count and experts != 1:
        errors.append(
            _("Situation “%(title)s” (%(key)s) needs exactly one expert choice (it has %(n)s).")
            % {**names, "n": experts}
        )
    for intervention in situation.interventions:
        for target in intervention.destinations():
            if target not in graph.situations:
                errors.append(
                    _(
                        "In situation “%(title)s” (%(key)s), “%(label)s” leads to “%(target)s”, "
                        "which does not exist."
                    )
                    % {**names, "label": intervention.label[:60], "target": target}
                )
        if intervention.condition_metric and (
            intervention.condition_below is None or not intervention.alternative_next
        ):
            errors.append(
                _(
                    "In situation “%(title)s” (%(key)s), “%(label)s” has a condition "
                    "without a threshold or an alternative situation."
                )
                % {**names, "label": intervention.label[:60]}
            )
    return [Problem(situation.key, message) for message in errors]


def _reachable(graph: ScenarioGraph) -> set[str]:
    seen: set[str] = set()
    stack = [graph.start_key]
    while stack:
        key = stack.pop()
        situation = graph.get(key)
        if situation is None or key in seen:
            continue
        seen.add(key)
        for intervention in situation.interventions:
            stack.extend(intervention.destinations())
    return seen


def _cycle_problems(graph: ScenarioGraph) -> list[Problem]:
    """A loop lets a path go on forever, so every path must end: the graph must be acyclic."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph.situations, white)
    errors: list[Problem] = []

    def visit(key: str) -> None:
        colour[key] = grey
        for intervention in graph.situations[key].interventions:
            for target in intervention.destinations():
                if target not in colour:
                    continue
                if colour[target] == grey:
                    situation = graph.situations[key]
                    errors.append(
                        Problem(
                            key,
                            _(
                                "Situation “%(title)s” (%(key)s) leads back to “%(target)s”: "
                                "a path could go round forever."
                            )
                            % {"title": situation.title, "key": key, "target": target},
                        )
                    )
                elif colour[target] == white:
                    visit(target)
        colour[key] = black

    for key in graph.situations:
        if colour[key] == white:
            visit(key)
    return errors
