from django.urls import path

from . import views

app_name = "language"
urlpatterns = [
    path("oefenen/simulatie/<int:run_id>/typen/", views.run_type, name="run_type"),
    path("oefenen/woorden/", views.drill_index, name="drill_index"),
    path("oefenen/woorden/intervisievraag/", views.question_checker, name="question_check"),
    path("oefenen/woorden/gedeeld/", views.shared_lines, name="shared_lines"),
    path("oefenen/woorden/regel/<int:line_id>/label/", views.line_correct, name="line_correct"),
    path("oefenen/woorden/<slug:slug>/", views.drill, name="drill"),
]
