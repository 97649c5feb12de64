"""Course trees for tests: index > course > modules > lessons, each lesson with a quiz and a
reflection prompt (raw StreamField data with stable ids, like the seed)."""

import json

from courses.models import CourseIndexPage, CoursePage, Enrollment, LessonPage, ModulePage
from courses.seed.blocks import quiz, reflection, stream_data, text


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def lesson_body(slug: str, *, with_quiz: bool = True) -> str:
    blocks = [text("<p>Lestekst.</p>"), reflection("Wat neem je mee?")]
    if with_quiz:
        blocks.append(
            quiz(
                "Check",
                [
                    (
                        "Welke is juist?",
                        False,
                        [("Goed", True, "Ja."), ("Fout", False, "Nee.")],
                        "Uitleg.",
                    ),
                    (
                        "Welke twee zijn juist?",
                        True,
                        [("A", True, ""), ("B", True, ""), ("C", False, "Niet C.")],
                        "",
                    ),
                ],
            )
        )
    return json.dumps(stream_data(slug, blocks, {}))


def course_index(provider) -> CourseIndexPage:
    root = provider.root_page
    existing = CourseIndexPage.objects.child_of(root).first()
    return existing or _publish(root, CourseIndexPage(title="Cursussen", slug="cursussen"))


def make_course(
    provider,
    *,
    modules: int = 1,
    lessons_per_module: int = 3,
    slug: str = "cursus",
    mode: str = CoursePage.EnrolmentMode.OPEN,
    with_quiz: bool = True,
) -> CoursePage:
    index = course_index(provider)
    course = _publish(
        index,
        CoursePage(title=f"Cursus {slug}", slug=slug, summary="Samenvatting", enrolment_mode=mode),
    )
    for m in range(modules):
        module = _publish(course, ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}"))
        for n in range(lessons_per_module):
            lesson_slug = f"{slug}-les-{m + 1}-{n + 1}"
            _publish(
                module,
                LessonPage(
                    title=f"Les {m + 1}.{n + 1}",
                    slug=lesson_slug,
                    body=lesson_body(lesson_slug, with_quiz=with_quiz),
                ),
            )
    course.refresh_from_db()
    return course


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def enrol(user, course, source=Enrollment.Source.SELF) -> Enrollment:
    from courses.services import enrollment_create

    return enrollment_create(user=user, course=course, source=source)


def quiz_answers(lesson: LessonPage, *, right: bool = True) -> tuple[str, dict[str, list[str]]]:
    """(block id, answers) for the lesson's quiz: all right, or the first option everywhere."""
    block = next(b for b in lesson.body if b.block_type == "quiz")
    answers = {}
    for question in block.value["questions"].bound_blocks:
        options = question.value["options"].bound_blocks
        if right:
            answers[question.id] = [o.id for o in options if o.value["correct"]]
        else:
            answers[question.id] = [next(o.id for o in options if not o.value["correct"])]
    return block.id, answers
