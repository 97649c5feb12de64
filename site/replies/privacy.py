from .models import Reply


def export_replies(user) -> list[dict]:
    return [
        {"on": str(reply.target_type), "text": reply.text, "created": reply.created}
        for reply in Reply.objects.filter(author=user).select_related("target_type")
    ]


def erase_replies(user) -> None:
    Reply.objects.filter(author=user).delete()
