"""The home page's content is the same for every visitor who is logged in (and for every one who
is not), so it is rendered once and cached (`{% cache %}` in home/home_page.html).

Its key holds the page's live revision, the language, whether the visitor is logged in, and a
generation that changes whenever any page is published, unpublished, moved or deleted, or a view
restriction changes: the list of training providers on it comes from other pages. Previews are
never cached.
"""

import time

from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "home:pages-generation"


def pages_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, None)
    return generation


def _bump() -> None:
    cache.set(GENERATION_KEY, time.time_ns(), None)


def pages_changed(sender=None, instance=None, **kwargs) -> None:
    """Signal receiver: a page or a view restriction changed somewhere in the tree.

    Bumped at once and again after the commit, so a request that rendered the old content
    in between cannot keep it under the new generation."""
    from wagtail.models import Page, PageViewRestriction

    if instance is not None and not isinstance(instance, Page | PageViewRestriction):
        return
    _bump()
    transaction.on_commit(_bump)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(pages_changed, dispatch_uid="home-pages-published")
    page_unpublished.connect(pages_changed, dispatch_uid="home-pages-unpublished")
    post_page_move.connect(pages_changed, dispatch_uid="home-pages-moved")
    post_delete.connect(pages_changed, dispatch_uid="home-pages-deleted")  # pages, restrictions
    post_save.connect(pages_changed, sender=PageViewRestriction, dispatch_uid="home-restriction")
