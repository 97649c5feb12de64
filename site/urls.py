from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from intervisor import views
from intervisor.accounts import urls as account_urls
from intervisor.calendarfeed import views as calendar_views
from intervisor.providers.admin_reports import admin_urls as provider_admin_urls

urlpatterns = [
    # In front of Wagtail's own: the chooser and report views scoped to the editor's provider.
    path("admin/", include(provider_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", views.healthz, name="healthz"),
    # Calendar apps fetch the feed without a language prefix or a login.
    path("agenda/<str:token>.ics", calendar_views.feed, name="calendar_feed"),
]

# Each feature app owns a urls.py; they are mounted here and nowhere else.
app_urls = [
    path("", include("courses.urls")),
    path("", include("courses.h5p.urls")),
    path("", include("courses.workshops.urls")),
    path("", include("practice.urls")),
    path("", include("practice.groups.urls")),
    path("", include("practice.language.urls")),
    path("", include("certification.urls")),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", include(account_urls)),
    path("account/", include("intervisor.notifications.urls")),
    path("", include("intervisor.trainer.urls")),
    path("", include("intervisor.calendarfeed.urls")),
    *app_urls,
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
