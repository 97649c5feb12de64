"""Wagtail admin views that would show another provider's titles, narrowed to the editor's own.

Wagtail's page chooser filters its listings with the `construct_page_chooser_queryset` hook
(`wagtail_hooks.hide_other_providers_pages`), but opens any parent page by id and answers
`chosen-multiple` for any ids; its site history lists every snippet's log entries by model
permission; the page types report names the last edited page of each type anywhere. These
subclasses apply the same rules: the page chooser's hook for pages, the registered
`ProviderScopedPolicy` for log entries of provider-owned models. `admin_urls` mounts them in
front of Wagtail's own (see intervisor.urls); locked and aging pages already follow the page
permissions.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.http import Http404
from django.urls import path
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import ModelLogEntry, Page
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .admin import visible_instances
from .permissions import ProviderScopedPolicy, is_site_admin


def chooser_pages(request, pages=None):
    """`pages` (default: all) as the page chooser's hooks narrow them for this request."""
    pages = Page.objects.all() if pages is None else pages
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages


class ScopedBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id and not chooser_pages(request).filter(pk=parent_page_id).exists():
            raise Http404
        return super().get(request, parent_page_id)


class ScopedChosenMultipleView(ChosenMultipleView):
    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        visible = chooser_pages(request, Page.objects.filter(pk__in=ids))
        request.GET = request.GET.copy()
        request.GET.setlist("id", [str(pk) for pk in visible.values_list("pk", flat=True)])
        return super().get(request)


def scoped_models() -> list:
    return [
        model
        for model in apps.get_models()
        if isinstance(policy_registry.get_by_type(model), ProviderScopedPolicy)
    ]


class ScopedLogEntriesView(LogEntriesView):
    """Site history: a provider-owned object's log entries only for those who see it."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or is_site_admin(user):
            return queryset
        for model in scoped_models():
            visible = visible_instances(model, user).annotate(key=Cast("pk", CharField()))
            queryset = queryset.exclude(
                Q(content_type=ContentType.objects.get_for_model(model))
                & ~Q(object_id__in=visible.values("key"))
            )
        return queryset


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    """Page types: the last edited page of a type is the last one this user may explore."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        if is_site_admin(self.request.user):
            return page_types
        visible = self.permission_policy.explorable_instances(self.request.user)
        latest = {}
        for page in (
            Page.objects.filter(pk__in=visible.values("pk"), content_type__in=page_types)
            .order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk")
            .specific()
        ):
            latest.setdefault(page.content_type_id, page)
        for item in page_types:
            item.last_edited_page = latest.get(item.pk)
        return page_types


admin_urls = decorate_urlpatterns(
    [
        path("choose-page/<int:parent_page_id>/", ScopedBrowseView.as_view()),
        path("choose-page/chosen-multiple/", ScopedChosenMultipleView.as_view()),
        path("reports/site-history/", ScopedLogEntriesView.as_view()),
        path("reports/site-history/results/", ScopedLogEntriesView.as_view(results_only=True)),
        path("reports/page-types-usage/", ScopedPageTypesUsageReportView.as_view()),
        path(
            "reports/page-types-usage/results/",
            ScopedPageTypesUsageReportView.as_view(results_only=True),
        ),
    ],
    require_admin_access,
)
