from django.urls import path

from . import views

app_name = "workshops"
urlpatterns = [
    path("workshops/", views.workshop_index, name="index"),
    path("workshops/<int:page_id>/boeken/", views.booking_create, name="booking_create"),
    path("workshops/mijn-boekingen/", views.booking_list, name="booking_list"),
    path("workshops/boekingen/<int:pk>/", views.booking_detail, name="booking_detail"),
    path("workshops/boekingen/<int:pk>/annuleren/", views.booking_cancel, name="booking_cancel"),
    path("workshops/boekingen/<int:pk>/aanwezigheid/", views.attendance, name="attendance"),
]
