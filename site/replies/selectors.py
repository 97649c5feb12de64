from django.contrib.contenttypes.models import ContentType

from .models import Reply


def replies_for(target) -> list[Reply]:
    return list(
        Reply.objects.filter(
            target_type=ContentType.objects.get_for_model(target), target_id=target.pk
        ).select_related("author")
    )


def answered_by(*, model, user, target_ids) -> set[int]:
    """Which of these targets already have a reply from `user` (one query)."""
    return set(
        Reply.objects.filter(
            target_type=ContentType.objects.get_for_model(model),
            target_id__in=list(target_ids),
            author=user,
        ).values_list("target_id", flat=True)
    )
