from . import navigation


def site_navigation(request):
    return {"nav_items": navigation.items_for(request)}
