from django.urls import path

from .views import learner, lesson, trainer

app_name = "courses"
urlpatterns = [
    path("cursussen/", learner.catalogue, name="catalogue"),
    path("mijn-leren/", learner.dashboard, name="dashboard"),
    path("cursussen/<int:course_id>/inschrijven/", learner.enrol, name="enrol"),
    path(
        "cursussen/inschrijving/<int:enrollment_id>/les/<int:lesson_id>/klaar/",
        learner.lesson_done,
        name="lesson_done",
    ),
    path(
        "cursussen/inschrijving/<int:enrollment_id>/les/<int:lesson_id>/quiz/<str:block_id>/",
        learner.quiz_answer,
        name="quiz_answer",
    ),
    path(
        "cursussen/inschrijving/<int:enrollment_id>/les/<int:lesson_id>/reflectie/<str:block_id>/",
        learner.reflection_answer,
        name="reflection_answer",
    ),
    path("cursussen/<int:course_id>/groep/", trainer.cohort, name="cohort"),
    path("cursussen/<int:course_id>/groep.csv", trainer.cohort_csv, name="cohort_csv"),
    path("cursussen/<int:course_id>/groep/inschrijven/", trainer.cohort_enrol, name="cohort_enrol"),
    path(
        "cursussen/<int:course_id>/les/<int:lesson_id>/<slug:slug>/",
        lesson.lesson_redirect,
        name="lesson",
    ),
    path("cursussen/<int:course_id>/<slug:slug>/", lesson.course_redirect, name="course"),
]
