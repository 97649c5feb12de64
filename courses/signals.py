"""Signals courses sends; certification listens. Courses never imports certification.

Sent after the transaction commits (transaction.on_commit), with keyword arguments:
- lesson_completed: enrollment (Enrollment), lesson (LessonPage), user
- course_completed: enrollment (Enrollment), course (CoursePage), user
"""

from django.dispatch import Signal

lesson_completed = Signal()
course_completed = Signal()
