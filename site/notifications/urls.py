from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("meldingen/", views.inbox, name="inbox"),
    path("meldingen/<int:notification_id>/open/", views.open_notification, name="open"),
    path("meldingen/alles-gelezen/", views.read_all, name="read_all"),
    path("meldingen/instellingen/", views.preferences, name="preferences"),
]
