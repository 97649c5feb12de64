"""What pages show from other pages, cached under one generation for the whole page tree.

The generation changes whenever any page is published, unpublished, moved or deleted, or a view
restriction is saved or deleted; it is bumped at once and again after the commit, so a request
that read the old state in between cannot keep it under the new generation. Used for:

- the home page's content (`{% cache %}` in home/home_page.html: its list of training providers
  comes from other pages), keyed by the home page's revision, language, login and generation;
- every page's view restrictions (its own and its ancestors'), which Wagtail otherwise reads
  with two queries on every request (`CachedViewRestrictionsMixin`).
"""

from django.core.cache import cache

from .caching import generation, generation_bump

GENERATION_KEY = "pages:generation"
RESTRICTIONS_TIMEOUT = 24 * 3600


def pages_generation() -> str:
    return generation(GENERATION_KEY)


def pages_changed(sender=None, instance=None, **kwargs) -> None:
    """Signal receiver: a page or a view restriction changed somewhere in the tree."""
    from wagtail.models import Page, PageViewRestriction

    if instance is not None and not isinstance(instance, Page | PageViewRestriction):
        return
    generation_bump(GENERATION_KEY)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(pages_changed, dispatch_uid="pages-published")
    page_unpublished.connect(pages_changed, dispatch_uid="pages-unpublished")
    post_page_move.connect(pages_changed, dispatch_uid="pages-moved")
    post_delete.connect(pages_changed, dispatch_uid="pages-deleted")  # pages and restrictions
    post_save.connect(pages_changed, sender=PageViewRestriction, dispatch_uid="pages-restriction")


class CachedViewRestrictionsMixin:
    """For Page models: `get_view_restrictions()` from the cache, per tree path and generation.

    Wagtail's `check_view_restrictions` (an on_serve_page hook) asks it on every request and
    then checks each restriction against the request, as before."""

    def view_restrictions_keys(self) -> list[str]:
        """Cache keys `get_view_restrictions` reads: a view may read them with its own keys and
        hand the result over as `page.view_restrictions_known` (one round trip less)."""
        return [f"pages:restrictions:{self.path}", GENERATION_KEY]

    def get_view_restrictions(self):
        key = self.view_restrictions_keys()[0]
        found = getattr(self, "view_restrictions_known", None)
        if found is None:
            found = cache.get_many([key, GENERATION_KEY])
        current = found.get(GENERATION_KEY)
        entry = found.get(key)
        if current is not None and entry is not None and entry[0] == current:
            return entry[1]
        restrictions = list(super().get_view_restrictions())
        if current is None:
            current = pages_generation()
        cache.set(key, (current, restrictions), RESTRICTIONS_TIMEOUT)
        return restrictions
