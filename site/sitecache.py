"""Wagtail's site lookup, remembered per worker.

Wagtail finds the `Site` for every page request with a query (`Site.find_for_request`) and keeps
the answer on the request as `_wagtail_site`. Sites change only when an administrator edits
them, so each worker remembers the answer per host and port: cleared at once in the worker that
saves or deletes a site or a page, and after SITE_MEMO_SECONDS in the others. Wagtail selects
the site's root page with it; of that base page row only ids are used for routing (the specific
page is always read fresh), so a root page edited in another worker is never served stale.
"""

import copy
import threading
import time

from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

SITE_MEMO_SECONDS = 60
MEMO_MAX_ENTRIES = 64

_memo: dict[tuple[str, str], tuple[float, Site | None]] = {}
_lock = threading.Lock()


def site_for_request(request) -> Site | None:
    try:
        key = (request._get_raw_host(), request.get_port())
    except DisallowedHost:
        return Site._find_for_request(request)
    now = time.monotonic()
    hit = _memo.get(key)
    if hit is not None and hit[0] > now:
        return _copy(hit[1])
    site = Site._find_for_request(request)
    with _lock:
        if len(_memo) >= MEMO_MAX_ENTRIES:  # arbitrary Host headers must not grow it forever
            _memo.clear()
        _memo[key] = (now + SITE_MEMO_SECONDS, _copy(site))
    return site


def _copy(site: Site | None) -> Site | None:
    """A copy of the site and of its root page (which Wagtail selects with it), so what one
    request caches on them (the root page's specific page, say) never reaches the next."""
    if site is None:
        return None
    fresh = copy.copy(site)
    root = site._state.fields_cache.get("root_page")
    if root is not None:
        fresh._state.fields_cache["root_page"] = copy.copy(root)
    return fresh


def site_memo_clear(**kwargs) -> None:
    with _lock:
        _memo.clear()


# A site, or a page that may be a site's root, changed in this worker.
for _model in (Site, Page):
    post_save.connect(site_memo_clear, sender=_model, dispatch_uid=f"site-memo-save-{_model}")
    post_delete.connect(site_memo_clear, sender=_model, dispatch_uid=f"site-memo-del-{_model}")


class CachedSiteMiddleware:
    """Sets `request._wagtail_site` from the memo before Wagtail serves a page, so Wagtail does
    not query for it. Other views never pay for the lookup."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_serve and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = site_for_request(request)
