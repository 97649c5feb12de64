from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("", views.profile, name="profile"),
    path("foto/", views.photo, name="photo"),
    path("foto/nieuw/", views.photo_upload, name="photo_upload"),
    path("foto/verwijderen/", views.photo_remove, name="photo_remove"),
    path("bevestiging-opnieuw/", views.verification_resend, name="verification_resend"),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/export.json", views.data_export, name="data_export"),
    path("privacy/verwijderen/", views.account_delete, name="delete"),
]
