"""Demo H5P: the IntervisorCheck exercise, built offline, in one lesson of the demo course.

Safe to run again: the content is looked up by title and provider, and the block is only
appended when the lesson has no H5P block playing it yet.
"""

from .builder import DEMO_CHECK, demo_check_package
from .models import H5PContent
from .services import h5p_content_create

LESSON_SLUGS = ("oplossingsdrang-en-klaaguurtje",)
MODULE_SLUG = "lastige-situaties"


def run(ctx) -> None:
    content = H5PContent.objects.filter(provider=ctx.provider, title=DEMO_CHECK["title"]).first()
    if content is None:
        content = h5p_content_create(
            provider=ctx.provider,
            title=DEMO_CHECK["title"],
            data=demo_check_package(),
            user=ctx.users["admin"],
        )
        ctx.log(f"H5P: uploaded '{content.title}' (extracted after the commit)")
    lesson = _demo_lesson(ctx)
    if lesson is None:
        ctx.log("H5P: no demo lesson found; the exercise is uploaded but not placed")
        return
    if any(
        child.block_type == "h5p"
        and child.value["content"]
        and child.value["content"].pk == content.pk
        for child in lesson.body
    ):
        return
    lesson.body.append(("h5p", {"content": content, "score_policy": "best", "pass_threshold": 75}))
    lesson.save_revision().publish()
    ctx.log(f"H5P: placed the exercise in lesson '{lesson.title}'")


def _demo_lesson(ctx):
    from courses.models import LessonPage

    lessons = LessonPage.objects.descendant_of(ctx.provider.root_page)
    return (
        lessons.filter(slug__in=LESSON_SLUGS).first()
        or lessons.filter(path__startswith=_module_path(ctx)).first()
        or lessons.first()
    )


def _module_path(ctx) -> str:
    from courses.models import ModulePage

    module = (
        ModulePage.objects.descendant_of(ctx.provider.root_page).filter(slug=MODULE_SLUG).first()
    )
    return module.path if module else "-"
