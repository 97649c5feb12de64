"""Objects the authorization matrix needs for the courses URLs, built once per World."""

from django.urls import reverse


def course_world(world):
    """An open course of world.provider with world's learner enrolled (cached on world)."""
    cached = getattr(world, "_courses", None)
    if cached is None:
        from tests.factories.courses import enrol, lessons_of, make_course

        course = make_course(world.provider, slug="matrix")
        lesson = lessons_of(course)[0]
        enrollment = enrol(world.users["learner"], course)
        quiz_id = lesson.scored_block_ids()[0]
        reflection_id = next(b.id for b in lesson.body if b.block_type == "reflection")
        cached = world._courses = (course, lesson, enrollment, quiz_id, reflection_id)
    return cached


def course_url(world):
    return course_world(world)[0].url


def lesson_url(world):
    return course_world(world)[1].url


def enrol_url(world):
    return reverse("courses:enrol", args=[course_world(world)[0].pk])


def lesson_action_url(name):
    def build(world):
        _course, lesson, enrollment, quiz_id, reflection_id = course_world(world)
        args = [enrollment.pk, lesson.pk]
        if name == "quiz_answer":
            args.append(quiz_id)
        elif name == "reflection_answer":
            args.append(reflection_id)
        return reverse(f"courses:{name}", args=args)

    return build


def cohort_url(name):
    def build(world):
        return reverse(f"courses:{name}", args=[course_world(world)[0].pk])

    return build
