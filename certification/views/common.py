from django.shortcuts import render


def not_found(request, message, *, title=None):
    """A 404 that says what was not found, instead of the site's bare 404."""
    return render(
        request,
        "certification/not_found.html",
        {"message": message, "title": title or message},
        status=404,
    )
