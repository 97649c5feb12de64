"""Who may open which URL: one entry per named URL the project defines.

`test_every_project_url_has_an_entry` fails when a URL is added without an entry here, so
nobody ships a view without deciding who may see it. Each entry gives the expected status per
role; a URL that needs an object gets a function building it from the `World` fixture.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.courses import authz as courses_authz

ROLES = ("anonymous", "learner", "other_learner", "other_trainer", "editor", "team_lead", "admin")

OK = 200
LOGIN = 302  # redirect to the login page
DENIED = (403, 404)
# Wagtail's admin answers a user without the permission with a redirect (and a message).
ADMIN_DENIED = (302, 403, 404)


def everyone(status):
    return dict.fromkeys(ROLES, status)


def logged_in(status, anonymous=LOGIN):
    return {**everyone(status), "anonymous": anonymous}


@dataclass
class Case:
    url: str | Callable
    expect: dict
    method: str = "get"
    data: dict = field(default_factory=dict)

    def resolve_url(self, world) -> str:
        return self.url(world) if callable(self.url) else self.url


def admin_viewset(
    namespace: str,
    obj,
    *,
    lists: dict,
    objects: dict,
    add: dict | None = None,
    extra_object_views=(),
    with_copy=True,
) -> dict[str, Case]:
    """Entries for every view of a Wagtail snippet/model viewset.

    `obj(world)` returns an object the views act on; `lists` is the expectation for the listing,
    `objects` for the views of that object, `add` for creating.
    """
    from django.urls import reverse

    def by_name(view, with_pk):
        def build(world):
            name = f"{namespace}:{view}"
            return reverse(name, args=[obj(world).pk]) if with_pk else reverse(name)

        return build

    cases = {
        f"{namespace}:list": Case(by_name("list", False), lists),
        f"{namespace}:list_results": Case(by_name("list_results", False), lists),
        f"{namespace}:add": Case(by_name("add", False), add or lists),
    }
    object_views = [
        "edit",
        "delete",
        "history",
        "history_results",
        "usage",
        *(["copy"] if with_copy else []),
        *extra_object_views,
    ]
    for view in object_views:
        cases[f"{namespace}:{view}"] = Case(by_name(view, True), objects)
    return cases


def staff_only(admin=OK, editor=ADMIN_DENIED):
    return {
        **dict.fromkeys(ROLES, ADMIN_DENIED),
        "anonymous": LOGIN,
        "editor": editor,
        "admin": admin,
    }


def _certification_cases() -> dict[str, Case]:
    from django.urls import reverse

    from tests.factories.certification import matrix_objects as cert

    def url(name, attr=None, key="pk"):
        def build(world):
            if attr is None:
                return reverse(f"certification:{name}")
            return reverse(f"certification:{name}", args=[getattr(getattr(cert(world), attr), key)])

        return build

    def path_url(name):
        return lambda w: reverse(f"certification:{name}", args=[cert(w).path.pk])

    only_learner = {**everyone(DENIED), "anonymous": LOGIN}
    trainers = {**everyone(DENIED), "anonymous": LOGIN, "admin": OK}
    redirects = everyone(302)  # a message and a redirect, or the login page
    own_admin = staff_only(editor=OK)
    return {
        "certification:overview": Case("/certificering/", everyone(OK)),
        "certification:lookup": Case(
            "/certificering/zoeken/", everyone(302), data={"number": "IV-2026-000001"}
        ),
        "certification:verify": Case(url("verify", "certificate", "number"), everyone(OK)),
        "certification:badge": Case(url("badge", "certificate", "number"), everyone(OK)),
        "certification:achievement": Case(url("achievement", "level"), everyone(OK)),
        "certification:issuer": Case(
            lambda w: reverse("certification:issuer", args=[w.provider.slug]), everyone(OK)
        ),
        "certification:did": Case(
            lambda w: reverse("certification:did", args=[w.provider.slug]), everyone(OK)
        ),
        "certification:status_list": Case(
            lambda w: reverse("certification:status_list", args=[w.provider.slug]), everyone(OK)
        ),
        "certification:check": Case(
            "/certificering/controleren/", everyone(OK), method="post", data={"credential": "{}"}
        ),
        "certification:path": Case(path_url("path"), logged_in(OK)),
        "certification:intake": Case(path_url("intake"), logged_in(OK)),
        "certification:path_start": Case(path_url("path_start"), redirects, method="post"),
        "certification:intake_submit": Case(path_url("intake_submit"), redirects, method="post"),
        "certification:goal_delete": Case(
            lambda w: reverse("certification:goal_delete", args=[cert(w).path.pk, cert(w).goal.pk]),
            redirects,
            method="post",
        ),
        "certification:assessment_request": Case(
            url("assessment_request", "level"), redirects, method="post"
        ),
        # The PDF is still being rendered in the world: its owner is sent back to the path.
        "certification:certificate_pdf": Case(
            url("certificate_pdf", "certificate"), {**only_learner, "learner": 302}
        ),
        "certification:certificate_renew": Case(
            url("certificate_renew", "certificate"), {**only_learner, "learner": 302}, method="post"
        ),
        "certification:trainer": Case(url("trainer"), {**trainers, "other_trainer": OK}),
        "certification:trainer_intake": Case(url("trainer_intake", "intake"), trainers),
        "certification:trainer_assessment": Case(url("trainer_assessment", "assessment"), trainers),
        "certification:trainer_revoke": Case(url("trainer_revoke", "certificate"), trainers),
        # The learner and her provider's trainers reply under the intake (then a redirect).
        "certification:intake_reply": Case(
            url("intake_reply", "intake"),
            {**trainers, "learner": 302, "admin": 302},
            method="post",
            data={"reply": "Hoe gaat het met doel 1?"},
        ),
        # Site admins and the provider's own editors rotate its signing key.
        "certification_issuer_key_rotate": Case(
            lambda w: reverse("certification_issuer_key_rotate", args=[w.provider.pk]), own_admin
        ),
        **admin_viewset(
            "wagtailsnippets_certification_path",
            lambda w: cert(w).path,
            lists=own_admin,
            objects=own_admin,
            with_copy=False,
        ),
        **admin_viewset(
            "wagtailsnippets_certification_level",
            lambda w: cert(w).level,
            lists=own_admin,
            objects=own_admin,
            with_copy=False,
        ),
    }


MATRIX: dict[str, Case] = {
    "healthz": Case("/healthz", everyone(OK)),
    "home": Case("/", everyone(OK)),
    "set_language": Case(
        "/i18n/setlang/", everyone(302), method="post", data={"language": "nl", "next": "/"}
    ),
    "accounts:profile": Case("/account/", logged_in(OK)),
    "accounts:privacy": Case("/account/privacy/", logged_in(OK)),
    # Only your own photo; nobody in the matrix has one, so it is not there.
    "accounts:photo": Case("/account/foto/", logged_in(404)),
    # An empty upload: the profile comes back with the photo form's error.
    "accounts:photo_upload": Case("/account/foto/nieuw/", logged_in(400), method="post"),
    "accounts:photo_remove": Case("/account/foto/verwijderen/", logged_in(302), method="post"),
    # Anyone: a logged-in user for their own address, a visitor for an address they type.
    "accounts:verification_resend": Case(
        "/account/bevestiging-opnieuw/", everyone(302), method="post"
    ),
    "accounts:data_export": Case("/account/privacy/export.json", logged_in(OK)),
    # An empty form: every role gets the form back with errors, nothing is deleted.
    "accounts:delete": Case("/account/privacy/verwijderen/", logged_in(400), method="post"),
    # Everyone has an own inbox; opening someone else's notification just shows your inbox.
    "notifications:inbox": Case("/account/meldingen/", logged_in(OK)),
    "notifications:preferences": Case("/account/meldingen/instellingen/", logged_in(OK)),
    "notifications:read_all": Case("/account/meldingen/alles-gelezen/", logged_in(302), "post"),
    "notifications:open": Case("/account/meldingen/1/open/", logged_in(302), "post"),
    # Everyone's own calendar address; the feed itself answers only to a known secret token.
    "calendarfeed:settings": Case("/account/agenda/", logged_in(OK)),
    "calendarfeed:reset": Case("/account/agenda/nieuw-adres/", logged_in(302), "post"),
    "calendar_feed": Case("/agenda/geheim.ics", everyone(404)),
    # Trainers of a provider (and site admins) have a home; everyone else is told it is not theirs.
    "trainer:home": Case("/trainer/", {**logged_in(DENIED), "other_trainer": OK, "admin": OK}),
    # Only site admins manage providers.
    **admin_viewset(
        "wagtailsnippets_providers_provider",
        lambda w: w.provider,
        lists=staff_only(),
        objects=staff_only(),
    ),
    # Courses: the course is open; the learner is enrolled; only the provider's trainers
    # (and site admins) see the group report. Other users' enrolment ids answer 404.
    "courses:catalogue": Case("/cursussen/", everyone(OK)),
    "courses:dashboard": Case("/mijn-leren/", logged_in(OK)),
    "courses:course": Case(courses_authz.course_url, everyone(OK)),
    "courses:lesson": Case(
        courses_authz.lesson_url,
        {**logged_in(DENIED), "learner": OK, "admin": OK},
    ),
    "courses:enrol": Case(courses_authz.enrol_url, logged_in(302), method="post"),
    **{
        f"courses:{name}": Case(
            courses_authz.lesson_action_url(name),
            {**logged_in(DENIED), "learner": 302},  # learner: redirected back with a message
            method="post",
        )
        for name in ("lesson_done", "quiz_answer", "reflection_answer")
    },
    "courses:cohort": Case(courses_authz.cohort_url("cohort"), {**logged_in(DENIED), "admin": OK}),
    "courses:cohort_csv": Case(
        courses_authz.cohort_url("cohort_csv"), {**logged_in(DENIED), "admin": OK}
    ),
    "courses:cohort_enrol": Case(
        courses_authz.cohort_url("cohort_enrol"),
        {**logged_in(DENIED), "admin": 302},
        method="post",
    ),
    # Certification: public pages, the learner's own pages, trainer pages, provider admin.
    **_certification_cases(),
    # Snippet choosers offer no creation form: their create URL offers nothing (404).
    **{
        f"wagtailsnippetchoosers_{label}:create": Case(
            f"/admin/snippets/choose/{label.replace('_', '/')}/create/",
            staff_only(admin=404, editor=404),
        )
        for label in (
            "providers_provider",
            "h5p_h5pcontent",
            "h5p_h5plibrary",
            "practice_method",
            "certification_path",
            "certification_level",
            "groups_attendancestandard",
            "language_drill",
            "language_labelcorrection",
        )
    },
}

# Feature apps keep their entries beside their tests; imported last, as they use the helpers above.
from tests.practice.authz_cases import METHOD_ADMIN_CASES, PRACTICE_CASES  # noqa: E402
from tests.workshops.authz import CASES as WORKSHOP_CASES  # noqa: E402

MATRIX.update(WORKSHOP_CASES)
MATRIX.update(PRACTICE_CASES)
MATRIX.update(METHOD_ADMIN_CASES)

from tests.h5p.authz import CASES as H5P_CASES  # noqa: E402

MATRIX.update(H5P_CASES)
from tests.groups.authz import CASES as GROUP_CASES  # noqa: E402

MATRIX.update(GROUP_CASES)

from tests.language.authz import CASES as LANGUAGE_CASES  # noqa: E402

MATRIX.update(LANGUAGE_CASES)

from tests.authz.admin_scope import registry_cases  # noqa: E402

MATRIX.update(registry_cases())
