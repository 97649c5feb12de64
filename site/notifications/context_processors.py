from .selectors import unread_count


def notifications(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    # Lazy: pages that never render the header do not ask.
    return {"unread_notifications": lambda: unread_count(user)}
