"""The lesson block that plays an H5P exercise in a sandboxed iframe on the player origin."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .selectors import block_context_data


class H5PBlock(blocks.StructBlock):
    # Courses counts scored blocks: a lesson completes when every scored block has passed.
    scored = True

    content = SnippetChooserBlock(
        "h5p.H5PContent",
        label=_("H5P exercise"),
        help_text=_("Only exercises of this course's provider that are ready can be played."),
    )
    score_policy = blocks.ChoiceBlock(
        choices=[("best", _("Best attempt counts")), ("last", _("Last attempt counts"))],
        default="best",
        label=_("Score policy"),
    )
    pass_threshold = blocks.IntegerBlock(
        min_value=0,
        max_value=100,
        default=80,
        label=_("Pass threshold (%)"),
        help_text=_("The percentage of the maximum score a learner needs to pass this block."),
    )

    class Meta:
        icon = "pick"
        label = _("H5P exercise")
        help_text = _("An interactive exercise; its score counts toward finishing the lesson.")
        template = "h5p/blocks/h5p_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(block_context_data(value=value, parent_context=parent_context or {}))
        return context
