"""What the language app stores about a person: their typed lines (and corrections on them)."""

from django.core.cache import cache

from intervisor.caching import language_scores_key

from .models import TypedLine


def export_language(user) -> dict:
    lines = TypedLine.objects.filter(user=user).prefetch_related("corrections")
    return {
        "typed_lines": [
            {
                "source": line.source,
                "text": line.text,
                "label": line.label,
                "moment": line.moment_text,
                "situation": line.situation_key,
                "created_at": line.created_at.isoformat(),
                "corrected_labels": [c.label for c in line.corrections.all()],
            }
            for line in lines
        ]
    }


def erase_language(user) -> None:
    """Typed lines go (with their corrections); lines others shared with this trainer stay,
    no longer shared."""
    TypedLine.objects.filter(user=user).delete()
    cache.delete(language_scores_key(user.pk))
    TypedLine.objects.filter(shared_with=user).update(shared_with=None)
