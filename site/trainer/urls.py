from django.urls import path

from . import views

app_name = "trainer"
urlpatterns = [path("trainer/", views.home, name="home")]
