"""What pages show from other pages, cached under one generation for the whole page tree.

The generation changes whenever any page is published, unpublished, moved or deleted, or a view
restriction is saved or deleted; it is bumped at once and again after the commit, so a request
that read the old state in between cannot keep it under the new generation. Used for:

- the home page's content (`{% cache %}` in home/home_page.html: its list of training providers
  comes from other pages), keyed by the home page's revision, language, login and generation;
- live pages loaded by id (`live_page`: course and lesson pages are found by the id in their
  URL) and the site's home page (`live_root_page`): loading one with its StreamField took
  about 1 ms of ORM work per request, against 20 µs to unpickle it. Any save of a page bumps
  the generation too, so a page saved without publishing is never served from an older copy.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils.translation import get_language

from .caching import generation, generation_bump

GENERATION_KEY = "pages:generation"
RESTRICTIONS_TIMEOUT = 24 * 3600
LIVE_PAGE_TIMEOUT = 24 * 3600


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
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(pages_changed, dispatch_uid="pages-published")
    page_unpublished.connect(pages_changed, dispatch_uid="pages-unpublished")
    post_page_move.connect(pages_changed, dispatch_uid="pages-moved")
    post_delete.connect(pages_changed, dispatch_uid="pages-deleted")  # pages and restrictions
    post_save.connect(pages_changed, dispatch_uid="pages-saved")  # pages (drafts, seeding)


def live_page_key(pk: int) -> str:
    return f"pages:live:{pk}"


@dataclass(frozen=True)
class LivePageEntry:
    generation: str
    page: Any  # a specific Page
    restrictions: list
    extra: Any  # what the caller derived from the page, valid as long as the page is


def live_page(
    pages: QuerySet, pk: int, *, known: dict, extra: Callable[[Any], Any] | None = None
) -> tuple[Any, Any]:
    """The live page `pk` from `pages` (a queryset of a page model) and `extra(page)`, from the
    cache while no page changed.

    `known` must hold what the caller read for `live_page_key(pk)` and `GENERATION_KEY` (in
    the same round trip as its other keys). Returns (None, None) when no such live page
    exists. The page's view restrictions travel in the entry: the serve hooks ask for them
    without another cache read. `extra` must depend only on pages (it is kept under the pages
    generation), e.g. the key of the lesson's course.
    """
    return _cached_page(
        live_page_key(pk),
        known,
        lambda: pages.live().filter(pk=pk).first(),
        model=pages.model,
        extra=extra,
    )


def live_root_key(root_page_id: int) -> str:
    return f"pages:live-root:{root_page_id}:{get_language()}"


def live_root_page(site, *, known: dict):
    """The site's root page as Wagtail's routing finds it for "/" (its translation in the
    active language when that one is live), from the cache while no page changed; None when
    it is not live. `known`: what the caller read for `live_root_key` and `GENERATION_KEY`."""

    def load():
        from wagtail.models import Page

        root = Page.objects.filter(pk=site.root_page_id).first()
        page = root.localized.specific if root is not None else None
        return page if page is not None and page.live else None

    page, _none = _cached_page(live_root_key(site.root_page_id), known, load)
    return page


def _cached_page(key: str, known: dict, load, *, model=None, extra=None) -> tuple[Any, Any]:
    current = known.get(GENERATION_KEY)
    entry = known.get(key)
    if (
        current is not None
        and isinstance(entry, LivePageEntry)
        and entry.generation == current
        and (model is None or type(entry.page) is model)
    ):
        page, restrictions, derived = entry.page, entry.restrictions, entry.extra
    else:
        from wagtail.models import Page

        if current is None:
            current = pages_generation()  # read before the page: a change after it wins
        page = load()
        if page is None:
            return None, None
        restrictions = list(Page.get_view_restrictions(page))  # Wagtail's own, uncached
        derived = extra(page) if extra is not None else None
        cache.set(key, LivePageEntry(current, page, restrictions, derived), LIVE_PAGE_TIMEOUT)
    return page, derived


def serve_page(request, page):
    """Serve a page found without tree routing, running Wagtail's hooks exactly as
    wagtail.views.serve does: the before_serve_page hooks, then the on_serve_page chain (which
    checks view restrictions)."""
    from wagtail import hooks
    from wagtail.views import serve_chain

    chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, [], {})
