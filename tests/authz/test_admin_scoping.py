"""An editor of another provider reaches none of a provider's objects through any admin path.

The models come from Wagtail's registries (snippets and admin viewsets): every one that belongs
to a provider (a foreign key to Provider, or to such a model, or to a page in a provider's
subtree) must have a ProviderScopedPolicy, and every admin URL of it (object views, bulk
actions, choosers and their `chosen` views, search) is tried with the other editor's login.
"""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import ForeignKey
from django.urls import NoReverseMatch, reverse
from wagtail.admin.viewsets import viewsets as admin_viewsets
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from intervisor.accounts.roles import ALL_ROLES
from intervisor.providers.models import Provider, ProviderMembership
from intervisor.providers.permissions import ProviderScopedPolicy
from intervisor.providers.services import provider_member_add
from tests.authz.objects import own_document, own_image, own_object
from tests.authz.test_matrix import World
from tests.conftest import totp_activate
from tests.factories import make_user

OBJECT_VIEWS = ("edit", "delete", "copy", "inspect", "history", "history_results", "usage")
REFUSED = (302, 403, 404)


def _owned(model, depth=2) -> bool:
    for field in model._meta.get_fields():
        if not isinstance(field, ForeignKey):
            continue
        target = field.related_model
        if not isinstance(target, type):
            continue
        if target is Provider:
            return True
        if issubclass(target, Page) and target is not Page:
            return True
        if depth and target is not model and _owned(target, depth - 1):
            return True
    return False


def admin_models() -> dict:
    """Every model with an admin viewset, to the viewset."""
    found = {model: model.snippet_viewset for model in get_snippet_models()}
    for viewset in admin_viewsets.viewsets:
        for item in [viewset, *getattr(viewset, "registerables", ())]:
            model = getattr(item, "model", None)
            if isinstance(model, str):
                model = apps.get_model(model)
            if model is not None and hasattr(item, "get_url_name"):
                found.setdefault(model, item)
    return found


def _granted_to_a_role(model) -> bool:
    """Whether any role (editor, trainer, ...) holds a permission on `model`; a model none of
    them may touch is the site admins' alone (label corrections: learners' lines, linked to a
    provider's course through the run, reviewed by site admins only)."""
    return Group.objects.filter(
        name__in=ALL_ROLES, permissions__content_type=ContentType.objects.get_for_model(model)
    ).exists()


def scoped_models() -> dict:
    return {
        model: vs
        for model, vs in admin_models().items()
        if _owned(model) and _granted_to_a_role(model)
    }


@pytest.mark.django_db
def test_every_provider_owned_admin_model_has_a_scoped_policy():
    models = scoped_models()
    assert len(models) >= 6, models  # H5P content, methods, paths, levels, bookings, dates
    unscoped = [
        model._meta.label
        for model in models
        if not isinstance(policy_registry.get_by_type(model), ProviderScopedPolicy)
    ]
    assert not unscoped, f"Register a ProviderScopedPolicy for {unscoped}"


@pytest.fixture
def world(home):
    return World()


@pytest.fixture
def intruder(world):
    user = make_user(email="m-intruder@example.test", role_names=())
    provider_member_add(
        provider=world.other_provider, user=user, role=ProviderMembership.Role.EDITOR
    )
    totp_activate(user)
    return user


def _url(viewset, view, *args):
    try:
        return reverse(viewset.get_url_name(view), args=args)
    except NoReverseMatch:
        return None


def _check(client, failures, method, url, secret, data=None):
    response = getattr(client, method)(url, data or {})
    body = response.content.decode(errors="replace")
    if response.status_code >= 500 or (secret and secret in body):
        failures.append(f"{method.upper()} {url}: {response.status_code}, shows {secret!r}")
    return response


def test_another_providers_editor_reaches_nothing(world, intruder, client):
    client.force_login(intruder)
    failures = []
    for model, viewset in scoped_models().items():
        obj = own_object(world, model)
        title = str(obj) if hasattr(obj, "title") or hasattr(obj, "name") else ""
        word = title.split(" ")[0]
        meta = model._meta
        for view in OBJECT_VIEWS:
            if url := _url(viewset, view, obj.pk):
                response = _check(client, failures, "get", url, title)
                if response.status_code not in REFUSED:
                    failures.append(f"GET {url}: {response.status_code}")
        if url := _url(viewset, "delete", obj.pk):
            _check(client, failures, "post", url, title)
        for view in ("list", "index", "list_results", "index_results"):
            if url := _url(viewset, view):
                _check(client, failures, "get", f"{url}?q={word}", title)
        bulk = f"/admin/bulk/{meta.app_label}/{meta.model_name}/delete/?id={obj.pk}"
        _check(client, failures, "get", bulk, title)
        _check(client, failures, "post", bulk, title)
        chooser = f"wagtailsnippetchoosers_{meta.app_label}_{meta.model_name}"
        if model in get_snippet_models():
            for name, args, query in (
                ("choose", [], ""),
                ("choose_results", [], f"?q={word}"),
                ("chosen", [obj.pk], ""),
                ("chosen_multiple", [], f"?id={obj.pk}"),
            ):
                _check(
                    client, failures, "get", reverse(f"{chooser}:{name}", args=args) + query, title
                )
        if not model.objects.filter(pk=obj.pk).exists():
            failures.append(f"{meta.label} {obj.pk} was deleted by another provider's editor")
    assert not failures, "\n".join(failures)


def test_another_providers_editor_sees_no_media_in_the_admin_api(world, intruder, client):
    image, document = own_image(world), own_document(world)
    client.force_login(intruder)
    for endpoint, obj, app in (("images", image, "images"), ("documents", document, "docs")):
        listing = client.get(f"/admin/api/main/{endpoint}/")
        assert listing.status_code == 200
        assert obj.title not in listing.content.decode()
        assert client.get(f"/admin/api/main/{endpoint}/{obj.pk}/").status_code == 404
        chosen = client.get(reverse(f"wagtail{app}_chooser:chosen", args=[obj.pk]))
        assert chosen.status_code in REFUSED


def test_the_page_chooser_hides_another_providers_pages(world, intruder, client):
    client.force_login(intruder)
    response = client.get("/admin/choose-page/search/", {"q": world.provider.name})
    assert world.provider.root_page.title not in response.content.decode()
    response = client.get(f"/admin/choose-page/{world.provider.root_page.get_parent().pk}/")
    assert world.provider.root_page.title not in response.content.decode()


def test_a_level_with_certificates_refuses_bulk_and_single_delete_cleanly(world, client):
    from tests.factories.certification import issued_certificate

    level = issued_certificate(world.users["learner"], world.provider).level
    client.force_login(world.users["editor"])
    bulk = f"/admin/bulk/certification/level/delete/?id={level.pk}&next=/admin/"
    single = reverse("wagtailsnippets_certification_level:delete", args=[level.pk])
    for url in (bulk, single):
        response = client.post(url, follow=True)
        assert response.status_code == 200
        assert "kan niet worden verwijderd" in response.content.decode()
        assert type(level).objects.filter(pk=level.pk).exists()


def test_another_providers_documents_are_not_listed_chosen_or_downloaded(
    world, intruder, client, settings
):
    """The document admin and its chooser list only the editor's own collections, and a
    collection a provider restricts to its own people (groups) or to logins (anonymous)
    refuses the download through Wagtail's serve view."""
    from wagtail.models import CollectionViewRestriction

    document = own_document(world)
    serve = reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    assert document.url == serve  # no direct file URL around the restrictions
    client.force_login(intruder)
    for url in (
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:index_results") + "?q=Document",
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=Document",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert document.title not in response.content.decode(), url
    assert client.get(reverse("wagtaildocs:edit", args=[document.pk])).status_code in REFUSED

    own_people = CollectionViewRestriction.objects.create(
        collection=world.provider.collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    own_people.groups.set([world.provider.editors_group])
    response = client.get(serve)
    assert response.status_code == 302 and "inhoud" not in response.content.decode()
    client.force_login(world.users["editor"])
    response = client.get(serve)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"inhoud"
    # With a bucket-like storage (S3) the file is still handed out by the view, never by a
    # redirect to its public URL, which would pass no restriction.
    location = document.file.storage.location
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "tests.authz.remote_storage.BucketLikeStorage",
            "OPTIONS": {"location": location},
        },
    }
    response = client.get(serve)
    assert response.status_code == 200, response.get("Location")
    assert b"".join(response.streaming_content) == b"inhoud"

    own_people.delete()
    CollectionViewRestriction.objects.create(
        collection=world.provider.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    client.logout()
    response = client.get(serve)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_reports_and_the_page_chooser_show_no_other_providers_titles(world, intruder, client):
    """Site history, locked pages, aging pages, page types usage and every page chooser view
    (browse into the subtree, search, chosen-multiple) hide another provider's titles."""
    from django.utils import timezone
    from wagtail.log_actions import log

    editor = world.users["editor"]
    root = world.provider.root_page.specific
    lesson = root.add_child(instance=type(root)(title="Pagina van Aanbieder Matrix", slug="pm"))
    lesson.save_revision(user=editor).publish(user=editor)
    type(root).objects.filter(pk=lesson.pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    titles = [lesson.title]
    for model in scoped_models():
        obj = own_object(world, model)
        log(instance=obj, action="wagtail.edit", user=editor)
        titles.append(str(obj))
    log(instance=lesson, action="wagtail.edit", user=editor)

    client.force_login(editor)
    history = client.get("/admin/reports/site-history/").content.decode()
    assert all(t in history for t in titles[:2]), "the owner's history shows her own titles"

    client.force_login(intruder)
    failures = []
    for url in (
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
        "/admin/reports/site-history/?action=wagtail.edit",
        "/admin/reports/locked/",
        "/admin/reports/locked/results/",
        "/admin/reports/aging-pages/",
        "/admin/reports/aging-pages/results/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/page-types-usage/results/",
        f"/admin/choose-page/{root.pk}/",
        f"/admin/choose-page/{lesson.pk}/",
        f"/admin/choose-page/{root.get_parent().pk}/",
        f"/admin/choose-page/chosen-multiple/?id={root.pk}&id={lesson.pk}",
        "/admin/choose-page/search/?q=Pagina",
        "/admin/choose-page/?multiple=1",
    ):
        response = client.get(url)
        body = response.content.decode(errors="replace")
        if response.status_code >= 500:
            failures.append(f"{url}: {response.status_code}")
        failures += [f"{url} shows {t!r}" for t in titles + [root.title] if t and t in body]
    assert not failures, "\n".join(failures)
