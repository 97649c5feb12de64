"""Classify JSON Lines from standard input: interventions, intervisie questions or goals.

    python manage.py language_classify --kind interventions < lines.jsonl

Each input line is {"id": ..., "text": ...}; each output line has the id and the kind's
fields. A line that is not valid JSON, or has no text, gets {"id": ..., "error": ...} and
the rest goes on.
"""

import json
import sys

from django.core.management.base import BaseCommand

from practice.language import registry


class Command(BaseCommand):
    help = "Classify JSON Lines ({id, text}) from stdin; one JSON object per line on stdout."

    def add_arguments(self, parser):
        parser.add_argument("--kind", required=True, choices=sorted(registry.kinds()))

    def handle(self, *args, kind, **options):
        checker = registry.get(kind)
        out = self.stdout
        for number, raw in enumerate(sys.stdin, start=1):
            if not raw.strip():
                continue
            out.write(json.dumps(self.classify_line(checker, raw, number), ensure_ascii=False))

    @staticmethod
    def classify_line(checker, raw: str, number: int) -> dict:
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as error:
            return {"id": None, "line": number, "error": f"not valid JSON: {error.msg}"}
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            ident = item.get("id") if isinstance(item, dict) else None
            return {"id": ident, "line": number, "error": "each line needs a string 'text'"}
        result = checker.classify(item["text"])
        return {"id": item.get("id"), **{field: result[field] for field in checker.fields}}
