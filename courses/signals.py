"""Signals courses sends; certification listens. Courses never imports certification.

Sent after the transaction commits (transaction.on_commit), with keyword arguments:
- course_completed: enrollment (Enrollment), course (CoursePage), user
"""

from django.dispatch import Signal

course_completed = Signal()
