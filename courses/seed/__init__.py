"""Demo curriculum for `manage.py seed_demo`: looks up before it creates, so it is safe to rerun.

Pages that already exist are left alone (an editor may have changed them); only missing
pages are added. Demo progress is created once, when the demo learner's enrolment is new.
"""

import json
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from courses import services
from courses.handlers import outline_bump
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from courses.selectors import course_outline
from practice.models import Method

from .basis import MODULES as BASIS_MODULES
from .blocks import quiz, reflection, stream_data, text

BASIS_SLUG = "intervisie-begeleiden-de-basis"
# What the lessons take at 100 words a minute plus their exercises (courses.reading): about
# 230 minutes. It said 6 hours while the lessons held a fifth of today's text. The lessons
# state their own minutes; tests/courses/test_basis_duration.py checks both against the text.
BASIS_HOURS = 4
METHOD_SLUGS = (
    "incidentmethode",
    "vijf-stappen",
    "tien-stappen",
    "balint",
    "roddelmethode",
    "vragenmethode",
)

CO_FACILITATION = [
    {
        "slug": "samen-begeleiden",
        "title": "Samen een groep begeleiden",
        "summary": "Afspraken tussen twee begeleiders vóór, tijdens en na een bijeenkomst.",
        "lessons": [
            {
                "slug": "taakverdeling",
                "title": "Taakverdeling tussen twee begeleiders",
                "summary": "Wie leidt, wie observeert, en hoe je elkaar een teken geeft.",
                "minutes": 12,
                "blocks": [
                    text(
                        "<p>Met z'n tweeën begeleiden geeft rust: de een leidt het gesprek, "
                        "de ander houdt tijd en sfeer in de gaten. Spreek vooraf af wie welke "
                        "stap leidt en hoe je elkaar iets laat weten zonder de groep te "
                        "storen, bijvoorbeeld met een afgesproken zin.</p>"
                        "<p>Bespreek na afloop kort wat jullie zagen. Juist dat nagesprek "
                        "maakt co-begeleiden tot een leerervaring voor jezelf.</p>"
                    ),
                    reflection("Welke afspraak wil jij vooraf met je co-begeleider maken?"),
                ],
            },
            {
                "slug": "ingrijpen-als-duo",
                "title": "Ingrijpen als duo",
                "summary": "Wanneer de tweede begeleider het woord neemt.",
                "minutes": 10,
                "blocks": [
                    text(
                        "<p>Als de gespreksleider iets mist, zoals een stille deelnemer of "
                        "een advies dat te vroeg komt, mag de tweede begeleider dat benoemen. "
                        "Doe het kort en neem het gesprek niet over: 'Mag ik even inbreken? "
                        "Ik zie dat Ahmed nog niet aan bod kwam.'</p>"
                    ),
                    quiz(
                        "Samen ingrijpen",
                        [
                            (
                                "Je co-begeleider mist een advies in de verkenningsfase. Wat "
                                "doe je?",
                                False,
                                [
                                    (
                                        "Kort benoemen en het woord teruggeven",
                                        True,
                                        "Zo help je zonder over te nemen.",
                                    ),
                                    (
                                        "Het gesprek verder zelf leiden",
                                        False,
                                        "Dan wordt de rolverdeling onduidelijk.",
                                    ),
                                ],
                                "Eén gespreksleider tegelijk houdt het helder voor de groep.",
                            ),
                        ],
                    ),
                ],
            },
        ],
    }
]


def _publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _course_index(ctx) -> CourseIndexPage:
    root = ctx.provider.root_page
    index = _child(root, CourseIndexPage, "cursussen")
    if index is None:
        index = _publish_child(
            root,
            CourseIndexPage(
                title="Cursussen",
                slug="cursussen",
                intro="<p>Online modules voor wie intervisiegroepen wil gaan begeleiden.</p>",
            ),
        )
    return index


def _build_modules(course: CoursePage, modules: list[dict], methods: dict) -> int:
    created = 0
    for module_data in modules:
        module = _child(course, ModulePage, module_data["slug"])
        if module is None:
            module = _publish_child(
                course,
                ModulePage(
                    title=module_data["title"],
                    slug=module_data["slug"],
                    summary=module_data["summary"],
                ),
            )
        for data in module_data["lessons"]:
            if _child(module, LessonPage, data["slug"]):
                continue
            body = stream_data(data["slug"], data["blocks"], methods)
            _publish_child(
                module,
                LessonPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    duration_minutes=data["minutes"],
                    body=json.dumps(body),
                ),
            )
            created += 1
    return created


def _course(index, *, slug, title, summary, intro, mode, hours) -> CoursePage:
    course = _child(index, CoursePage, slug)
    if course is None:
        course = _publish_child(
            index,
            CoursePage(
                title=title,
                slug=slug,
                summary=summary,
                intro=intro,
                enrolment_mode=mode,
                estimated_hours=hours,
            ),
        )
    return course


def _methods() -> dict:
    return {m.slug: m for m in Method.objects.filter(slug__in=METHOD_SLUGS)}


def _demo_progress(ctx, course: CoursePage, user, lessons_done: int | None) -> None:
    """Enrol a demo user and complete the first lessons (all when None), spread over past
    weeks, through the learner's own services so progress and evidence rows exist. Lessons
    already done are skipped, so a rerun only adds what an older demo lacks."""
    outline = course_outline(course=course)
    wanted = outline.lessons if lessons_done is None else outline.lessons[:lessons_done]
    done = set(
        LessonProgress.objects.filter(
            enrollment__user=user, enrollment__course=course, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )
    to_do = [entry for entry in wanted if entry.id not in done]
    if not to_do:
        return
    if not Enrollment.objects.filter(user=user, course=course).exists():
        services.enrollment_create(user=user, course=course, source=Enrollment.Source.SELF)
    for lesson_entry in to_do:
        lesson = LessonPage.objects.get(pk=lesson_entry.id)
        for block in lesson.body:
            if block.block_type == "quiz":
                answers = {
                    q.id: [o.id for o in q.value["options"].bound_blocks if o.value["correct"]]
                    for q in block.value["questions"].bound_blocks
                }
                services.quiz_answer_submit(
                    user=user, lesson=lesson, block_id=block.id, answers=answers
                )
        if not lesson_entry.scored_block_ids:
            services.lesson_mark_done(user=user, lesson=lesson)
    now = timezone.now()
    rows = LessonProgress.objects.filter(enrollment__user=user, enrollment__course=course)
    for days_ago, progress in enumerate(rows.order_by("-pk")):
        at = now - timedelta(days=2 * days_ago + 1)
        LessonProgress.objects.filter(pk=progress.pk).update(completed_at=at, started_at=at)
    count = len(done) + len(to_do)
    ctx.log(f"  courses: {user.display_name} has {count} lessons done in {course.title}")


def basis_course_build(*, index: CourseIndexPage, methods: dict) -> tuple[CoursePage, int]:
    """The basis course and its lessons (only what is missing); returns it and how many
    lessons were created."""
    basis = _course(
        index,
        slug=BASIS_SLUG,
        title="Intervisie begeleiden: de basis",
        summary="Leer een intervisiegroep begeleiden: rollen, spelregels, een goede vraag, "
        "zes methodes en wat je doet als het misloopt.",
        intro="<p>Deze cursus is voor iedereen die een intervisiegroep gaat begeleiden, als "
        "externe begeleider of als collega in het eigen team. Bij elke methode lees je een "
        "fragment uit een bijeenkomst die misloopt en een fragment waarin het goed gaat. Elke "
        "les sluit af met een vraag over een situatie uit de praktijk of een reflectievraag. "
        "Je antwoorden op reflectievragen zijn alleen voor jou.</p>",
        mode=CoursePage.EnrolmentMode.OPEN,
        hours=BASIS_HOURS,
    )
    return basis, _build_modules(basis, BASIS_MODULES, methods)


def run(ctx) -> None:
    index = _course_index(ctx)
    methods = _methods()
    missing = [slug for slug in METHOD_SLUGS if slug not in methods]
    if missing:
        ctx.log(f"  courses: methods not in the catalogue yet, skipped: {', '.join(missing)}")
    basis, created = basis_course_build(index=index, methods=methods)
    advanced = _course(
        index,
        slug="co-begeleiden-in-de-praktijk",
        title="Co-begeleiden in de praktijk",
        summary="Voor deelnemers aan de workshopdag: samen met een ervaren begeleider een "
        "groep leiden.",
        intro="<p>Deze vervolgcursus volg je als groep. Je trainer schrijft je in.</p>",
        mode=CoursePage.EnrolmentMode.COHORT,
        hours=2,
    )
    if not advanced.prerequisites.filter(pk=basis.pk).exists():
        advanced.prerequisites.add(basis)
        advanced.save_revision().publish()
    created += _build_modules(advanced, CO_FACILITATION, methods)
    for course in (basis, advanced):
        outline_bump(path=course.path, steplen=course.steplen)
    basis.refresh_from_db()
    ctx.log(f"  courses: {created} lessons created")
    _demo_progress(ctx, basis, ctx.users["learner"], lessons_done=7)
    _demo_progress(ctx, basis, ctx.users["learner2"], lessons_done=None)
