"""The scenario graph as a picture for its editor: situations as boxes, choices as arrows.

Laid out in layers: a situation sits below every situation that leads to it (except along a
loop), so a scenario reads from top to bottom; situations the start cannot reach are laid out
below all the others. The layout is computed here and drawn by a template as inline SVG: no script,
no external service, nothing the admin's Content Security Policy refuses.
"""

import textwrap
from collections import deque
from dataclasses import dataclass, field

from .graph import Problem, ScenarioGraph, apply_effects, problems

NODE_WIDTH = 210
NODE_HEIGHT = 64
COLUMN_GAP = 40
ROW_GAP = 64
MARGIN = 24
# Arrows that go back up (or sideways) leave on the right and need room there.
BACK_EDGE_ROOM = 70
TITLE_WIDTH = 26  # characters per line of a box's title
TITLE_LINES = 2
MAX_COLUMNS = 4  # boxes side by side; more wrap to the next row


@dataclass
class Node:
    key: str
    title: str
    x: int
    y: int
    row: int
    ending: bool = False
    start: bool = False
    reachable: bool = True
    on_expert_path: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return textwrap.wrap(
            self.title or self.key,
            TITLE_WIDTH,
            max_lines=TITLE_LINES,
            placeholder="…",
        ) or [self.key]

    @property
    def text_rows(self) -> list[dict]:
        """Title lines, then the key; y relative to the box's top."""
        rows = [
            {"text": line, "dy": 20 + 16 * n, "kind": "title"} for n, line in enumerate(self.lines)
        ]
        rows.append({"text": self.key, "dy": NODE_HEIGHT - 8, "kind": "key"})
        return rows

    @property
    def classes(self) -> str:
        names = ["node"]
        for flag, name in (
            (self.start, "start"),
            (self.ending, "ending"),
            (not self.reachable, "unreachable"),
            (self.on_expert_path, "on-expert-path"),
            (bool(self.problems), "has-problem"),
        ):
            if flag:
                names.append(name)
        return " ".join(names)

    @property
    def centre_x(self) -> int:
        return self.x + NODE_WIDTH // 2


@dataclass
class Edge:
    source: str
    target: str
    label: str
    path: str
    expert: bool
    on_expert_path: bool
    conditional: bool

    @property
    def classes(self) -> str:
        names = ["edge"]
        if self.expert:
            names.append("expert")
        if self.on_expert_path:
            names.append("expert-path")
        if self.conditional:
            names.append("conditional")
        return " ".join(names)


@dataclass
class Diagram:
    nodes: list[Node]
    edges: list[Edge]
    width: int
    height: int
    general_problems: list[str]
    node_width: int = NODE_WIDTH
    node_height: int = NODE_HEIGHT

    @property
    def node_problems(self) -> list[Node]:
        return [node for node in self.nodes if node.problems]


def reachable_keys(graph: ScenarioGraph) -> set[str]:
    """The situations a learner can reach from the start."""
    if graph.start_key not in graph.situations:
        return set()
    found = {graph.start_key}
    queue = deque([graph.start_key])
    while queue:
        for target in _targets(graph, queue.popleft()):
            if target not in found:
                found.add(target)
                queue.append(target)
    return found


def layers(graph: ScenarioGraph) -> dict[str, int]:
    """Each situation's layer: the longest chain of choices leading to it, ignoring choices
    that lead back (a loop), so every other arrow points down. Situations the start cannot
    reach are laid out the same way, below all the others."""
    order: list[str] = []  # depth-first finishing order
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    roots = [graph.start_key] if graph.start_key in graph.situations else []
    for root in [*roots, *graph.situations]:
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(_targets(graph, root)))]
        while stack:
            key, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                state[key] = 2
                order.append(key)
                stack.pop()
            elif state.get(target) == 1:
                back.add((key, target))
            elif target not in state:
                state[target] = 1
                stack.append((target, iter(_targets(graph, target))))
    layer: dict[str, int] = {}
    for key in reversed(order):  # a topological order of the forward arrows
        layer.setdefault(key, 0)
        for target in _targets(graph, key):
            if (key, target) not in back:
                layer[target] = max(layer.get(target, 0), layer[key] + 1)
    reachable = reachable_keys(graph)
    below = max((layer[key] for key in reachable), default=-1) + 1
    return {key: layer[key] if key in reachable else below + layer[key] for key in graph.situations}


def _targets(graph: ScenarioGraph, key: str) -> list[str]:
    targets = []
    for intervention in graph.situations[key].interventions:
        for target in intervention.destinations():
            if target in graph.situations and target not in targets:
                targets.append(target)
    return targets


def _rows(graph: ScenarioGraph) -> list[list[str]]:
    """Layers in drawing order: within a layer, boxes sit under the boxes that lead to them
    (the mean column of their predecessors); a layer wider than MAX_COLUMNS wraps."""
    layer_of = layers(graph)
    by_layer: dict[int, list[str]] = {}
    for key, layer in layer_of.items():
        by_layer.setdefault(layer, []).append(key)
    predecessors: dict[str, list[str]] = {key: [] for key in graph.situations}
    for key in graph.situations:
        for target in _targets(graph, key):
            predecessors[target].append(key)
    column: dict[str, float] = {}
    rows: list[list[str]] = []
    for layer in sorted(by_layer):
        weighted = []
        for n, key in enumerate(by_layer[layer]):
            placed = [column[p] for p in predecessors[key] if p in column]
            weighted.append((sum(placed) / len(placed) if placed else MAX_COLUMNS, n, key))
        keys = [key for _weight, _n, key in sorted(weighted)]
        for start in range(0, len(keys), MAX_COLUMNS):
            row = keys[start : start + MAX_COLUMNS]
            offset = (MAX_COLUMNS - len(row)) / 2
            for n, key in enumerate(row):
                column[key] = offset + n
            rows.append(row)
    return rows


def build(graph: ScenarioGraph, initial_state: dict, found: list[Problem] | None = None) -> Diagram:
    found = problems(graph) if found is None else found
    by_key: dict[str, list[str]] = {}
    for problem in found:
        by_key.setdefault(problem.key, []).append(problem.message)
    expert_path = graph.expert_path(initial_state)
    expert_keys = {situation.key for situation, _choice in expert_path}
    # Choice ids are unique within a situation only (a new situation's first choice may
    # carry the block default's id), so a choice is known by both.
    expert_choices = {(situation.key, choice.id) for situation, choice in expert_path}
    if expert_path:
        last = expert_path[-1]
        expert_keys.add(last[1].next_for(_state_after(initial_state, expert_path)))

    rows = _rows(graph)
    reached = reachable_keys(graph)
    widest = max((len(keys) for keys in rows), default=1)
    inner = widest * NODE_WIDTH + (widest - 1) * COLUMN_GAP
    nodes: dict[str, Node] = {}
    for row, keys in enumerate(rows):
        used = len(keys) * NODE_WIDTH + (len(keys) - 1) * COLUMN_GAP
        left = MARGIN + (inner - used) // 2
        for column, key in enumerate(keys):
            situation = graph.situations[key]
            nodes[key] = Node(
                key=key,
                title=situation.title,
                x=left + column * (NODE_WIDTH + COLUMN_GAP),
                y=MARGIN + row * (NODE_HEIGHT + ROW_GAP),
                row=row,
                ending=situation.ending,
                start=key == graph.start_key,
                reachable=key in reached,
                on_expert_path=key in expert_keys,
                problems=by_key.get(key, []),
            )

    drawn_rows = [[nodes[key] for key in keys] for keys in rows]
    edges = []
    for key, situation in graph.situations.items():
        source = nodes[key]
        for intervention in situation.interventions:
            for target_key in intervention.destinations():
                target = nodes.get(target_key)
                if target is None:
                    continue  # a missing situation: the problem is marked on the source
                edges.append(
                    Edge(
                        source=key,
                        target=target_key,
                        label=intervention.label,
                        path=_path(source, target, drawn_rows),
                        expert=intervention.expert,
                        on_expert_path=(key, intervention.id) in expert_choices
                        and target_key in expert_keys,
                        conditional=target_key != intervention.next_key,
                    )
                )
    # Expert arrows last, so they are drawn on top of the others.
    edges.sort(key=lambda edge: (edge.on_expert_path, edge.expert))
    row_count = max(len(rows), 1)
    return Diagram(
        nodes=list(nodes.values()),
        edges=edges,
        width=2 * MARGIN + inner + BACK_EDGE_ROOM,
        height=2 * MARGIN + row_count * NODE_HEIGHT + (row_count - 1) * ROW_GAP,
        general_problems=by_key.get("", []),
    )


def _state_after(initial_state: dict, path) -> dict:
    state = dict(initial_state)
    for _situation, choice in path:
        state = apply_effects(state, choice)
    return state


def _path(source: Node, target: Node, rows: list[list[Node]]) -> str:
    """A curve from the bottom of the source to the top of the target, passing the rows in
    between through a gap beside their boxes (never behind one, which would look like a stop
    there); a choice that leads back up, or along its row, goes round the right-hand side."""
    if target.row > source.row:
        x, y = source.centre_x, source.y + NODE_HEIGHT
        parts = [f"M{x},{y}"]
        span = target.row - source.row
        for row in range(source.row + 1, target.row):
            wanted = (
                source.centre_x + (target.centre_x - source.centre_x) * (row - source.row) / span
            )
            lane = _lane(rows[row], round(wanted))
            top = rows[row][0].y
            parts.append(_down(x, y, lane, top))
            parts.append(f"L{lane},{top + NODE_HEIGHT}")
            x, y = lane, top + NODE_HEIGHT
        parts.append(_down(x, y, target.centre_x, target.y - 2))
        return " ".join(parts)
    x1, y1 = source.x + NODE_WIDTH, source.y + NODE_HEIGHT // 2
    x2, y2 = target.x + NODE_WIDTH + 2, target.y + NODE_HEIGHT // 3
    reach = BACK_EDGE_ROOM
    return f"M{x1},{y1} C{x1 + reach},{y1} {x2 + reach},{y2} {x2},{y2}"


def _down(x1: int, y1: int, x2: int, y2: int) -> str:
    bend = (y2 - y1) // 2
    return f"C{x1},{y1 + bend} {x2},{y2 - bend} {x2},{y2}"


def _lane(row: list[Node], wanted: int) -> int:
    """The x nearest to `wanted` where a line can pass this row without crossing a box."""
    boxes = sorted(node.x for node in row)
    if not any(x <= wanted <= x + NODE_WIDTH for x in boxes):
        return wanted
    gaps = [boxes[0] - COLUMN_GAP // 2] + [x + NODE_WIDTH + COLUMN_GAP // 2 for x in boxes]
    return min(gaps, key=lambda gap: abs(gap - wanted))
