from django import template
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from ..roles import user_can_access_admin

register = template.Library()


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """Wagtail's userbar, asked only for people who may open the admin.

    `{% wagtailuserbar %}` loads every permission of the visitor (two queries) on every page;
    learners and trainers never see it, so the cached check below spares them that work.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user_can_access_admin(user):
        return ""
    return wagtailuserbar(context, position)
