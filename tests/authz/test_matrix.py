import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

from intervisor.accounts import roles
from intervisor.providers.models import ProviderMembership
from intervisor.providers.services import provider_member_add
from practice.models import Method, MethodStep
from tests.conftest import totp_activate
from tests.factories import ProviderFactory, make_user

from .matrix import MATRIX, ROLES

OUR_MODULES = ("intervisor", "courses", "practice", "certification")
OUR_LABELS = (
    "providers",
    "accounts",
    "home",
    "courses",
    "h5p",
    "workshops",
    "practice",
    "groups",
    "language",
    "certification",
)


def _walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = pattern.namespace or ""
            full = f"{namespace}:{ns}" if namespace and ns else (ns or namespace)
            yield from _walk(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, pattern.callback


def project_url_names() -> set[str]:
    names = set()
    for name, callback in _walk(get_resolver().url_patterns):
        module = getattr(callback, "__module__", "") or ""
        view_class = getattr(callback, "view_class", None)
        if view_class is not None:
            module = view_class.__module__
        ours = module.startswith(OUR_MODULES)
        admin_of_ours = any(
            name.startswith((f"wagtailsnippets_{label}_", f"{label}_", f"{label}:"))
            for label in OUR_LABELS
        )
        if ours or admin_of_ours or name in {"healthz", "set_language"}:
            names.add(name)
    return names


def test_every_project_url_has_an_entry():
    missing = sorted(project_url_names() - set(MATRIX))
    assert not missing, f"Add these URLs to tests/authz/matrix.py: {missing}"


class World:
    """One user per role, and whatever objects the URLs need, owned by `learner`."""

    def __init__(self):
        self.provider = ProviderFactory.create("Aanbieder Matrix")
        self.other_provider = ProviderFactory.create("Aanbieder Elders")
        self.users = {
            "learner": make_user(roles.LEARNER, email="m-learner@example.test"),
            "other_learner": make_user(roles.LEARNER, email="m-other@example.test"),
            "other_trainer": make_user(roles.TRAINER, email="m-trainer-b@example.test"),
            "editor": make_user(email="m-editor@example.test", role_names=()),
            "team_lead": make_user(roles.TEAM_LEAD, email="m-lead@example.test"),
            "admin": make_user(
                email="m-admin@example.test", role_names=(), is_staff=True, is_superuser=True
            ),
        }
        provider_member_add(
            provider=self.other_provider,
            user=self.users["other_trainer"],
            role=ProviderMembership.Role.TRAINER,
        )
        provider_member_add(
            provider=self.provider, user=self.users["editor"], role=ProviderMembership.Role.EDITOR
        )
        for key in ("editor", "admin"):
            totp_activate(self.users[key])
        self.shared_method = Method.objects.create(
            name="Gedeelde methode", slug="gedeeld", summary="Voor iedereen"
        )
        MethodStep.objects.create(
            method=self.shared_method,
            name="Stap",
            purpose="Doel",
            minutes=5,
            speaker=MethodStep.Speaker.GROUP,
        )


@pytest.fixture
def world(home):
    return World()


def test_every_role_gets_the_expected_status(world, client):
    """One world for all URLs; each request runs in a savepoint that is rolled back, so a
    POST (an enrolment, say) cannot change what the next role sees."""
    failures = []
    for name in sorted(MATRIX):
        case = MATRIX[name]
        url = case.resolve_url(world)
        for role in ROLES:
            with transaction.atomic():
                client.logout()
                if role != "anonymous":
                    client.force_login(world.users[role])
                response = getattr(client, case.method)(url, case.data)
                transaction.set_rollback(True)
            expected = case.expect[role]
            allowed = expected if isinstance(expected, tuple) else (expected,)
            if response.status_code not in allowed:
                failures.append(
                    f"{name} ({case.method.upper()} {url}) as {role}: "
                    f"got {response.status_code}, expected {expected}"
                )
    assert not failures, "\n".join(failures)
