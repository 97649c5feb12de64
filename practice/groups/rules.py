"""The topics a facilitator proposes for a group's ground rules, with a first wording.

The wording is a starting point for the conversation, not a list to hand out: members comment
on each rule and agree to the version that comes out of it.
"""

from django.utils.translation import gettext_lazy as _

TOPICS = {
    "confidentiality": (
        _("Confidentiality"),
        _(
            "What a colleague brings in stays in this group. Outside it we talk about what we "
            "learned ourselves, never about someone else's case."
        ),
    ),
    "voluntariness": (
        _("Voluntariness"),
        _(
            "Bringing a case is an offer, not a duty. Everyone decides how much of their own "
            "story they share."
        ),
    ),
    "ik_vorm": (
        _("The ik-vorm"),
        _(
            "We bring cases about our own actions and speak in the first person: what did I "
            "do, think and feel, and what do I want to learn."
        ),
    ),
    "punctuality": (
        _("Punctuality and preparation"),
        _(
            "We start and stop on time, keep our phones away, and send a case in before the "
            "meeting when it is our turn."
        ),
    ),
    "double_relations": (
        _("Double relations"),
        _(
            "If you know someone in a case from elsewhere, or work with them closely, you say "
            "so at the start; the case-bringer decides whether the case is discussed."
        ),
    ),
    "no_hierarchy": (
        _("No hierarchy in the group"),
        _(
            "Nobody in this group is another member's manager or assessor. If that changes, "
            "we talk about it and one of the two moves to another group."
        ),
    ),
    "reporting": (
        _("Reporting to the organisation"),
        _(
            "The organisation hears who attended, how many hours and which themes came up; "
            "never the content of a case or what someone said."
        ),
    ),
}


def topic_label(key: str) -> str:
    return str(TOPICS[key][0]) if key in TOPICS else str(_("Our own agreement"))


def default_rules() -> list[tuple[str, str]]:
    return [(key, str(text)) for key, (_label, text) in TOPICS.items()]
