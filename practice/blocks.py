"""StreamField blocks for a scenario graph: one block per situation, interventions inside.

A situation's `key` is its stable id: interventions point to it and learners' stored
choices refer to it, so editors may reorder or reword situations without breaking runs.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import BlockGroup, StructBlockValidationError

from .competencies import COMPETENCIES, ENERGY, GROUP_STATE, SAFETY, TIME_LEFT

KEY_VALIDATOR = RegexValidator(r"^[a-z0-9][a-z0-9-]*$", _("Use lowercase letters, digits and -."))


class SituationKeyInput(forms.TextInput):
    """The key of another situation, chosen from a list of the scenario's situations.

    The key is kept in this text box; the admin's script (a Stimulus controller) hides it and
    shows a list of the situations in the form beside it, rebuilt as situations are added or
    renamed. Without the script the key can still be typed."""

    def __init__(self, attrs=None):
        super().__init__(
            {
                "data-controller": "situation-key",
                "data-situation-key-empty-value": _("— choose a situation —"),
                "data-situation-key-missing-value": _("does not exist"),
                **(attrs or {}),
            }
        )

    class Media:
        js = ["js/practice/situation-key.js"]


class SituationKeyBlock(blocks.FieldBlock):
    def __init__(self, required=True, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required,
            help_text=help_text,
            max_length=60,
            validators=[KEY_VALIDATOR],
            widget=SituationKeyInput(),
        )
        super().__init__(**kwargs)


class LineBlock(blocks.StructBlock):
    speaker = blocks.CharBlock(
        label=_("speaker"),
        required=False,
        max_length=80,
        help_text=_("Name of a cast member; leave empty for narration."),
    )
    text = blocks.TextBlock(label=_("what happens or is said"))

    class Meta:
        icon = "openquote"
        label = _("line")


class EffectsBlock(blocks.StructBlock):
    """How much a choice moves each competency score and the group's state."""

    def __init__(self, **kwargs):
        children = [
            (key, blocks.IntegerBlock(label=label, default=0, min_value=-40, max_value=40))
            for key, label in COMPETENCIES.items()
        ] + [
            (key, blocks.IntegerBlock(label=label, default=0, min_value=-60, max_value=60))
            for key, label in GROUP_STATE.items()
        ]
        super().__init__(children, **kwargs)

    class Meta:
        icon = "pick"
        label = _("effects")
        form_classname = "struct-block effects-block"
        collapsed = True
        help_text = _("What this choice does: 0 leaves a competency or the group unchanged.")
        form_layout = BlockGroup(
            [
                BlockGroup(
                    list(COMPETENCIES),
                    heading=_("Points per competency"),
                    help_text=_(
                        "From -40 to 40: positive when this choice shows the competency, "
                        "negative when it harms it. A learner's score per competency compares "
                        "their total with the expert's path."
                    ),
                    icon="pick",
                ),
                BlockGroup(
                    list(GROUP_STATE),
                    heading=_("Effect on the group"),
                    help_text=_(
                        "From -60 to 60: how safety and energy in the group change (they stay "
                        "between 0 and 100), and minutes won or lost besides the minutes the "
                        "choice takes."
                    ),
                    icon="group",
                ),
            ]
        )


class InterventionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("what the facilitator does or says"), max_length=400)
    next_situation = SituationKeyBlock(label=_("next situation"))
    feedback = blocks.TextBlock(label=_("feedback"), help_text=_("Why this helps or hurts."))
    expert = blocks.BooleanBlock(
        label=_("expert choice"),
        required=False,
        help_text=_("Exactly one intervention per situation is the expert's choice."),
    )
    minutes = blocks.IntegerBlock(label=_("minutes it takes"), default=2, min_value=0)
    effects = EffectsBlock()
    condition_metric = blocks.ChoiceBlock(
        label=_("branch when"),
        choices=[
            (SAFETY, GROUP_STATE[SAFETY]),
            (ENERGY, GROUP_STATE[ENERGY]),
            (TIME_LEFT, GROUP_STATE[TIME_LEFT]),
        ],
        required=False,
    )
    condition_below = blocks.IntegerBlock(label=_("drops below"), required=False)
    alternative_next = SituationKeyBlock(
        label=_("then go to"),
        required=False,
        help_text=_(
            "Used instead of the next situation when the condition holds after this choice."
        ),
    )

    class Meta:
        icon = "arrow-right"
        label = _("intervention")


class SituationBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("key"),
        max_length=60,
        validators=[KEY_VALIDATOR],
        help_text=_("A stable id such as 'start' or 'tears'; do not change it once learners play."),
    )
    title = blocks.CharBlock(label=_("title"), max_length=160)
    method_step = blocks.IntegerBlock(label=_("method step number"), required=False, min_value=1)
    lines = blocks.ListBlock(LineBlock(), label=_("what happens"))
    prompt = blocks.CharBlock(
        label=_("question to the facilitator"), required=False, max_length=200
    )
    ending = blocks.BooleanBlock(
        label=_("ending"), required=False, help_text=_("An ending has no interventions.")
    )
    type_first = blocks.BooleanBlock(
        label=_("learner types first"),
        required=False,
        help_text=_(
            "The learner first types what they would say and gets feedback on it, then sees "
            "the choices."
        ),
    )
    interventions = blocks.ListBlock(
        InterventionBlock(), label=_("interventions"), min_num=0, max_num=4
    )

    class Meta:
        icon = "pick"
        label = _("situation")


class SituationsBlock(blocks.StreamBlock):
    """The scenario's situations. A choice that leads to a situation the scenario does not
    have is refused, also in a draft, with the error on that choice."""

    situation = SituationBlock()

    def clean(self, value):
        value = super().clean(value)
        keys = {child.value["key"] for child in value}
        errors = {}
        for index, child in enumerate(value):
            choice_errors = {}
            for number, intervention in enumerate(child.value["interventions"]):
                field_errors = {
                    name: ValidationError(
                        _(
                            "There is no situation “%(key)s” in this scenario; "
                            "choose one from the list."
                        )
                        % {"key": intervention[name]}
                    )
                    for name in ("next_situation", "alternative_next")
                    if intervention[name] and intervention[name] not in keys
                }
                if field_errors:
                    choice_errors[number] = StructBlockValidationError(block_errors=field_errors)
            if choice_errors:
                errors[index] = StructBlockValidationError(
                    block_errors={
                        "interventions": ListBlockValidationError(block_errors=choice_errors)
                    }
                )
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
