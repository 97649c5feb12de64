"""`make eval`: the language checkers against the labelled sets in tests/language/data.

Each set has a tuning split (the rules were adjusted while reading its mistakes) and a
held-out split (written at the same time, never used for tuning); interventions also have a
"fresh" split written after the rules were frozen. Each split is reported apart.
The lines go through `manage.py language_classify`, as an outside evaluator would send them,
and the wall time per 100 lines is printed.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ROOT = DATA.parents[2]
INTERVENTION_LABELS = ("open", "closed", "why", "leading", "advice", "summary", "process")
QUESTION_FIELDS = ("ik_vorm", "concrete", "own_share", "learning_question", "third_party_focus")
GOAL_FIELDS = ("positive", "concrete_behaviour", "time_element", "own_control", "where_when")
# "fresh": written after the rules were frozen, in a looser typed style; never tuned on.
SPLITS = ("tune", "heldout", "fresh")
# A separate set by another author (issue 19), with the two qualities goals.py asks about too.
CONTENT_GOALS = "goals.jsonl"
CONTENT_GOAL_FIELDS = (*GOAL_FIELDS, "realistic", "motivating")


def load(kind: str, split: str) -> list[dict]:
    with open(DATA / f"{kind}_{split}.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def classify(kind: str, rows: list[dict]) -> tuple[dict, float]:
    lines = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "manage.py", "language_classify", "--kind", kind],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    elapsed = time.perf_counter() - started
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {r["id"]: r for r in results}, elapsed


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report_interventions(split: str, rows: list[dict], results: dict, show_errors: bool) -> None:
    gold = [r["label"] for r in rows]
    predicted = [results[r["id"]]["label"] for r in rows]
    pairs = list(zip(gold, predicted, strict=True))
    print(f"\n== interventions, {split} split ({len(rows)} lines)")
    print(f"{'label':<10} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>4}")
    f1s = []
    for label in INTERVENTION_LABELS:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        p, r, f = prf(tp, fp, fn)
        f1s.append(f)
        print(f"{label:<10} {p:6.2f} {r:6.2f} {f:6.2f} {gold.count(label):4d}")
    macro = sum(f1s) / len(f1s)
    steering = [(g, p) for g, p in pairs if g in ("leading", "advice")]
    caught = sum(p in ("leading", "advice") for _g, p in steering)
    print(f"macro-F1 {macro:.3f}   accuracy {sum(g == p for g, p in pairs) / len(pairs):.3f}")
    print(
        f"recall of leading+advice together {caught / len(steering):.3f} ({caught}/{len(steering)})"
    )
    print("confusion (rows: gold, columns: predicted)")
    print(" " * 10 + "".join(f"{label[:7]:>8}" for label in INTERVENTION_LABELS))
    for g in INTERVENTION_LABELS:
        counts = [sum(gg == g and pp == p for gg, pp in pairs) for p in INTERVENTION_LABELS]
        print(f"{g:<10}" + "".join(f"{c:8d}" for c in counts))
    if show_errors:
        for row, (g, p) in zip(rows, pairs, strict=True):
            if g != p:
                print(f"  {g:>8} -> {p:<8} {row['text']}")


def report_booleans(kind, split, rows, results, fields, show_errors) -> None:
    print(f"\n== {kind}, {split} split ({len(rows)} lines)")
    for field in (*fields, "good"):
        right = sum(results[r["id"]][field] == r[field] for r in rows)
        tp = sum(results[r["id"]][field] and r[field] for r in rows)
        fp = sum(results[r["id"]][field] and not r[field] for r in rows)
        fn = sum(not results[r["id"]][field] and r[field] for r in rows)
        p, rec, f = prf(tp, fp, fn)
        print(
            f"{field:<20} accuracy {right / len(rows):.3f}  precision {p:.2f} recall {rec:.2f}"
            f" F1 {f:.2f}"
        )
    if show_errors:
        for r in rows:
            wrong = [f for f in (*fields, "good") if results[r["id"]][f] != r[f]]
            if wrong:
                print(f"  wrong {','.join(wrong)}: {r['text']}")


def speed(all_rows: dict[str, list[dict]]) -> str:
    """Classification time per 100 lines, in this process (the command's start-up, mostly
    Django's, varies too much on a shared machine to subtract)."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intervisor.settings.dev")
    django.setup()
    from practice.language import registry

    parts = []
    for kind, rows in all_rows.items():
        checker = registry.get(kind)
        started = time.perf_counter()
        for row in rows:
            checker.classify(row["text"])
        elapsed = time.perf_counter() - started
        parts.append(f"{kind} {100 * elapsed / len(rows):.3f} s")
    return "per 100 lines, classification alone: " + ", ".join(parts)


def main() -> None:
    show_errors = "--errors" in sys.argv
    total_lines, total_seconds, runs = 0, 0.0, 0
    all_rows: dict[str, list[dict]] = {}
    for split in SPLITS:
        for kind, fields in (
            ("interventions", None),
            ("questions", QUESTION_FIELDS),
            ("goals", GOAL_FIELDS),
        ):
            if not (DATA / f"{kind}_{split}.jsonl").exists():
                continue
            rows = load(kind, split)
            results, seconds = classify(kind, rows)
            all_rows.setdefault(kind, []).extend(rows)
            total_lines += len(rows)
            total_seconds += seconds
            runs += 1
            errors = show_errors and split == "tune"
            if fields is None:
                report_interventions(split, rows, results, errors)
            else:
                report_booleans(kind, split, rows, results, fields, errors)
    rows = [json.loads(line) for line in (DATA / CONTENT_GOALS).read_text().splitlines() if line]
    results, _seconds = classify("goals", rows)
    report_booleans("goals", CONTENT_GOALS, rows, results, CONTENT_GOAL_FIELDS, show_errors)
    print(
        f"\n{total_lines} lines in {runs} runs of manage.py language_classify: "
        f"{total_seconds / runs:.1f} s per run on average, Django's start-up included"
    )
    print(speed(all_rows))


if __name__ == "__main__":
    main()
