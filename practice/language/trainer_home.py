"""Typed lines learners shared, waiting on the trainer's home until she labels them."""

from django.urls import reverse

from intervisor.trainer.registry import ITEMS_MAX, Item

from .models import TypedLine


def lines_to_review(user) -> list[Item]:
    """Shared with her and not labelled by her yet (saving the same label confirms it)."""
    lines = (
        TypedLine.objects.filter(shared_with=user)
        .exclude(corrections__trainer=user)
        .select_related("user")
        .order_by("created_at")[:ITEMS_MAX]
    )
    return [
        Item(
            line.user.display_name,
            reverse("language:shared_lines") + f"#line-{line.pk}",
            f"“{line.text[:80]}” · {line.get_label_display()}",
        )
        for line in lines
    ]
