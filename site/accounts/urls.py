from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("", views.profile, name="profile"),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/export.json", views.data_export, name="data_export"),
    path("privacy/verwijderen/", views.account_delete, name="delete"),
]
