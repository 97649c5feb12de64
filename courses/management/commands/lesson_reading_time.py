"""Print the words, stated and needed minutes of every lesson of a course."""

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage, LessonPage
from courses.reading import WORDS_PER_MINUTE, lesson_reading_time


class Command(BaseCommand):
    help = "Words and reading time per lesson of a course, against its stated durations."

    def add_arguments(self, parser):
        parser.add_argument("course_slug")

    def handle(self, *args, course_slug, **options):
        course = CoursePage.objects.filter(slug=course_slug).first()
        if course is None:
            raise CommandError(f"No course with slug {course_slug!r}.")
        words = stated = needed = 0
        for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
            reading = lesson_reading_time(lesson.body)
            words += reading.words
            stated += lesson.duration_minutes
            needed += reading.minutes
            self.stdout.write(
                f"{reading.words:6} words {lesson.duration_minutes:4} min stated "
                f"{reading.minutes:6.1f} min needed  {lesson.title}"
            )
        self.stdout.write(
            f"{words:6} words {stated:4} min stated {needed:6.1f} min needed  in total "
            f"(at {WORDS_PER_MINUTE} words a minute); the course states "
            f"{course.estimated_hours} h = {course.estimated_hours * 60} min"
        )
