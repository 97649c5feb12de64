"""Everything Intervisor keeps in the cache, in one list: each entry's key, what clears it and
its lifetime (the README's table, "What is cached", says the same for readers).

Entries are plain `django.core.cache` entries; build their keys only with the functions below,
each of which says what clears its entry. Two template fragments use Wagtail's
`{% wagtailpagecache %}`, keyed by the page's `cache_key`, which changes on every publish:
"home-content" (home/home_page.html) and "lesson-block" (courses/lesson_page.html), a day each.
Sessions are Django's `cached_db` sessions, which Django keeps.
"""

from django.core.cache import cache
from django.db import transaction

USER_TIMEOUT = 300
ADMIN_ACCESS_TIMEOUT = 300
OUTLINE_TIMEOUT = 24 * 3600
COURSE_TIMEOUT = 300
LEARNER_TIMEOUT = 3600
TRAINS_FOR_TIMEOUT = 300
UNREAD_TIMEOUT = 300
H5P_TIMEOUT = 60
SCENARIO_TIMEOUT = 24 * 3600


def forget(*keys: str) -> None:
    """Delete these entries now and again after the commit: a request that read the old rows
    in between cannot keep them in the cache."""
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


# The user row (accounts.backends); cleared by saving or deleting the user.
def user_key(user_id) -> str:
    return f"accounts:user:{user_id}"


# Whether the user may open the admin (accounts.roles); cleared by group and permission changes.
def admin_access_key(user_id) -> str:
    return f"accounts:admin-access:{user_id}"


# A course's outline; the key changes with every outline change (CoursePage.outline_version).
def outline_key(course_id: int, version: int, published_at, language: str) -> str:
    published = published_at.timestamp() if published_at else 0
    return f"courses:outline:{course_id}:{version}:{published}:{language}"


# A lesson's course (courses.access); cleared by every outline change of the course.
def course_of_lesson_key(course_path: str) -> str:
    return f"courses:course-key:{course_path}"


# A learner's enrolment and completed lessons; cleared by saving or deleting either.
def progress_key(user_id: int, course_id: int) -> str:
    return f"courses:progress:{user_id}:{course_id}"


# A learner's results and reflection answers in a lesson; cleared by saving or deleting one.
def lesson_state_key(user_id: int, lesson_id: int) -> str:
    return f"courses:lesson-state:{user_id}:{lesson_id}"


# The providers a user trains for (course pages); cleared by membership changes.
def trains_for_key(user_id: int) -> str:
    return f"courses:trains-for:{user_id}"


# Whether a user trains for any provider (the menu); cleared by membership changes.
def trainer_key(user_id: int) -> str:
    return f"trainer:trains:{user_id}"


# The unread notifications count (the header); cleared by a new or read notification.
def unread_key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


# A learner's language scores with their day and language; cleared by a new typed line.
def language_scores_key(user_id: int) -> str:
    return f"language:scores:{user_id}"


# An H5P block's placement (H5P_TIMEOUT); not cleared, it expires.
def placement_key(lesson_id: int, block_id: str) -> str:
    return f"h5p:placement:{lesson_id}:{block_id[:64]}"


# An H5P access check that passed (H5P_TIMEOUT); not cleared: a score checks access again.
def h5p_access_key(user_id: int, lesson_id: int) -> str:
    return f"h5p:access:{user_id}:{lesson_id}"


# A simulation scenario with cast and steps; cleared by publishing, moving or deleting it and by
# editing its method (practice.selectors).
def scenario_key(scenario_id: int, language: str) -> str:
    return f"practice:scenario-play:{scenario_id}:{language}"
