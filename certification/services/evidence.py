from datetime import datetime
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from ..models import Evidence


@transaction.atomic
def evidence_record(
    *,
    user,
    kind: str,
    source,
    title: str,
    occurred_at: datetime,
    url: str = "",
    target_id: int | None = None,
    scores: dict | None = None,
    score: Decimal | float | None = None,
    shared: bool = True,
) -> Evidence:
    """Store (or update) one piece of evidence; a repeated signal changes nothing new."""
    evidence, _created = Evidence.objects.update_or_create(
        user=user,
        kind=kind,
        source_type=ContentType.objects.get_for_model(source),
        source_id=source.pk,
        defaults={
            "title": title[:255],
            "occurred_at": occurred_at,
            "url": url[:500],
            "target_id": target_id,
            "scores": scores or {},
            "score": None if score is None else Decimal(str(round(float(score), 2))),
            "shared": shared,
        },
    )
    return evidence
