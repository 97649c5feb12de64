"""The home page at "/" (and "/en/"), served without tree routing."""

from django.http import Http404
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from intervisor.accounts.backends import user_and_entries
from intervisor.pagecache import GENERATION_KEY, live_root_key, live_root_page, serve_page
from intervisor.sitecache import site_for_request


def home(request):
    """What Wagtail's `serve` does for "/", with the site from the worker's memo and the root
    page, its view restrictions and the user from one cache round trip: no query once warm."""
    site = site_for_request(request)
    if site is None:
        return wagtail_serve(request, "")
    request._wagtail_site = site
    known = user_and_entries(
        request, lambda _user_id: [live_root_key(site.root_page_id), GENERATION_KEY]
    )
    page = live_root_page(site, known=known)
    if page is None:
        raise Http404
    request._wagtail_route_for_request = RouteResult(page)
    return serve_page(request, page)
