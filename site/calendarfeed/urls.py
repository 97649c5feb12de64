from django.urls import path

from . import views

app_name = "calendarfeed"
urlpatterns = [
    path("account/agenda/", views.settings_page, name="settings"),
    path("account/agenda/nieuw-adres/", views.reset, name="reset"),
]
