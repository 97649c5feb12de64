"""Admin paths found in Wagtail's registries: every snippet chooser and admin API endpoint gets a
matrix entry (objects from `tests.authz.objects`)."""

from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from tests.authz.matrix import ADMIN_DENIED, LOGIN, OK, ROLES, Case, staff_only
from tests.authz.objects import own_document, own_image, own_object

# Editors choose their own provider's objects and the shared catalogue; never libraries or
# providers (site admins manage those).
# An editor chooses her own provider (for a method or an H5P upload) and its objects.
EDITOR_CHOOSES = {
    "h5p.h5pcontent",
    "certification.path",
    "certification.level",
    "practice.method",
    "providers.provider",
}


def _chooser_cases(model) -> dict[str, Case]:
    namespace = f"wagtailsnippetchoosers_{model._meta.app_label}_{model._meta.model_name}"
    label = model._meta.label_lower

    def url(view, with_object=False, query=""):
        def build(world):
            args = [own_object(world, model).pk] if with_object else []
            return reverse(f"{namespace}:{view}", args=args) + query

        return build

    chosen = staff_only(editor=OK if label in EDITOR_CHOOSES else ADMIN_DENIED)
    return {
        f"{namespace}:choose": Case(url("choose"), staff_only(editor=OK)),
        f"{namespace}:choose_results": Case(url("choose_results"), staff_only(editor=OK)),
        f"{namespace}:chosen": Case(url("chosen", with_object=True), chosen),
        f"{namespace}:chosen_multiple": Case(
            lambda w: url("chosen_multiple")(w) + f"?id={own_object(w, model).pk}",
            staff_only(editor=OK),
        ),
        # Our snippets are created on their own add page: the chooser's create view is 404.
        f"{namespace}:create": Case(
            url("create"), staff_only(admin=ADMIN_DENIED), method="post", data={"x": "1"}
        ),
    }


def _api_cases() -> dict[str, Case]:
    found = {**dict.fromkeys(ROLES, ADMIN_DENIED), "anonymous": LOGIN, "editor": 302, "admin": 302}
    cases = {}
    for endpoint, build in (("images", own_image), ("documents", own_document)):
        name = f"wagtailadmin_api:{endpoint}"
        cases[f"{name}:listing"] = Case(reverse(f"{name}:listing"), staff_only(editor=OK))
        cases[f"{name}:detail"] = Case(
            lambda w, n=name, b=build: reverse(f"{n}:detail", args=[b(w).pk]), staff_only(editor=OK)
        )
        cases[f"{name}:find"] = Case(
            lambda w, n=name, b=build: reverse(f"{n}:find") + f"?id={b(w).pk}", found
        )
    return cases


def registry_cases() -> dict[str, Case]:
    cases = _api_cases()
    for model in get_snippet_models():
        cases.update(_chooser_cases(model))
    return cases
