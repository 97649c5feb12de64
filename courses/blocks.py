"""StreamField blocks for lessons.

A block class with `scored = True` counts toward automatic lesson completion: a lesson whose
scored blocks are all passed is completed by `services.block_result_record`. Other apps add
their own blocks by appending one entry to `LESSON_BODY_BLOCKS` (the H5P block does).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from courses.h5p.blocks import H5PBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)
    alt_text = blocks.CharBlock(
        label=_("alternative text"), required=False, help_text=_("Empty: the image's title.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        help_text = _("An image with a caption; describe it for readers who cannot see it.")
        template = "blocks/lesson_image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo link."))
    transcript = blocks.TextBlock(label=_("transcript or summary"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        help_text = _("A YouTube or Vimeo video, with a transcript or summary.")
        template = "blocks/lesson_video.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[("tip", _("Tip")), ("warning", _("Watch out")), ("example", _("Example"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        help_text = _("A tip, a warning or an example that stands out from the text.")
        template = "blocks/lesson_callout.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    points = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        help_text = _("The points to remember, as a short list.")
        template = "blocks/lesson_key_points.html"


class MethodBlock(blocks.StructBlock):
    """Shows a method from the practice catalogue with its steps, timing and advice rule."""

    method = SnippetChooserBlock("practice.Method", label=_("method"))
    introduction = blocks.TextBlock(label=_("introduction"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Method")
        help_text = _("A method from the catalogue with its steps, timing and advice rule.")
        template = "blocks/lesson_method.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the learner answers in writing; the answer is private to the learner."""

    prompt = blocks.TextBlock(label=_("prompt"))
    hint = blocks.CharBlock(label=_("hint"), required=False)

    class Meta:
        icon = "edit"
        label = _("Reflection")
        help_text = _(
            "A question the learner answers in writing; only the learner sees the answer."
        )
        template = "blocks/lesson_reflection.html"


class QuizOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.CharBlock(label=_("feedback on this answer"), required=False)


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("question"))
    multiple = blocks.BooleanBlock(
        label=_("more than one answer may be correct"), required=False, default=False
    )
    options = blocks.ListBlock(QuizOptionBlock(), label=_("answers"), min_num=2)
    explanation = blocks.TextBlock(label=_("explanation after answering"), required=False)


class QuizBlock(blocks.StructBlock):
    """Single or multiple choice questions, scored on the server from the stored value.

    A question counts as right only when exactly the correct options were chosen.
    """

    scored = True

    title = blocks.CharBlock(label=_("title"), required=False)
    questions = blocks.ListBlock(QuizQuestionBlock(), label=_("questions"), min_num=1)
    pass_percentage = blocks.IntegerBlock(
        label=_("pass mark (%)"), min_value=1, max_value=100, default=100
    )

    class Meta:
        icon = "help"
        label = _("Quiz")
        help_text = _("Questions with answers to choose from; the learner passes at the pass mark.")
        template = "blocks/lesson_quiz.html"

    def get_context(self, value, parent_context=None):
        from .quiz import quiz_review, quiz_seed

        context = super().get_context(value, parent_context)
        result = context.get("result")
        enrollment = context.get("enrollment")
        seed = quiz_seed(
            enrollment_id=enrollment.pk if enrollment else None,
            block_id=str(context.get("block_id") or ""),
            attempt=result.attempts if result else 0,
        )
        context["questions"] = quiz_review(
            value=value, response=result.last_response if result else None, seed=seed
        )
        return context


# The block types of LessonPage.body. Apps that add a lesson block append one entry here.
LESSON_BODY_BLOCKS = [
    (
        "text",
        blocks.RichTextBlock(
            label=_("Text"),
            help_text=_("Running text with headings, lists and links."),
            features=RICH_TEXT_FEATURES,
        ),
    ),
    ("image", ImageBlock()),
    ("video", VideoBlock()),
    ("callout", CalloutBlock()),
    ("key_points", KeyPointsBlock()),
    ("method", MethodBlock()),
    ("reflection", ReflectionBlock()),
    ("quiz", QuizBlock()),
    ("h5p", H5PBlock()),
]


# Blocks whose HTML is the same for every learner and depends on nothing but the lesson: the
# lesson template caches it per publish ({% wagtailpagecache %}). Anything else, including a
# method (edited outside the lesson) and blocks other apps add, is rendered per request.
STATIC_BLOCK_TYPES = frozenset({"text", "image", "video", "callout", "key_points"})


def is_scored(block) -> bool:
    return bool(getattr(block, "scored", False))
