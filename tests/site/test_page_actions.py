"""Wagtail's own page actions keep working on our page types: the privacy dialog, "create
alias" and copying a page elsewhere. Each one asks `page.get_view_restrictions()` for a
queryset (`.order_by`, `.exists`), so a page model that answers with anything else breaks them."""

import pytest
from wagtail.models import Page, PageViewRestriction

from courses.models import CoursePage, ModulePage
from tests.conftest import totp_activate
from tests.factories.courses import course_index, make_course


@pytest.fixture
def editor_client(client, editor):
    totp_activate(editor)
    client.force_login(editor)
    return client


@pytest.fixture
def course(provider):
    return make_course(provider, modules=1, lessons_per_module=1)


def test_editor_opens_and_saves_the_privacy_dialog(editor_client, course):
    url = f"/admin/pages/{course.pk}/privacy/"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "restriction_type" in response.content.decode()

    response = editor_client.post(url, {"restriction_type": PageViewRestriction.LOGIN})
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=course, restriction_type="login").exists()

    module = ModulePage.objects.child_of(course).get()
    response = editor_client.get(f"/admin/pages/{module.pk}/privacy/")
    assert response.status_code == 200
    # The dialog names the course as the ancestor whose restriction the module inherits.
    assert f"/admin/pages/{course.pk}/edit/" in response.json()["html"]


def test_editor_creates_an_alias_of_a_course(editor_client, provider, course):
    index = course_index(provider)
    response = editor_client.post(
        f"/admin/pages/{course.pk}/copy/",
        {
            "new_title": "Cursus alias",
            "new_slug": "cursus-alias",
            "new_parent_page": index.pk,
            "alias": "on",
        },
    )
    assert response.status_code == 302
    alias = Page.objects.get(slug="cursus-alias")
    assert alias.alias_of_id == course.pk
    assert alias.get_parent().pk == index.pk


def test_copy_to_a_restricted_parent_keeps_the_parents_restriction(provider, course):
    index = course_index(provider)
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    copy = course.copy(to=index, update_attrs={"title": "Kopie", "slug": "kopie"})
    assert isinstance(copy, CoursePage)
    assert copy.get_parent().pk == index.pk
    # The parent is restricted already: the course's own restriction is not copied.
    assert not PageViewRestriction.objects.filter(page=copy).exists()


def test_copy_to_an_open_parent_copies_the_restriction(provider, course):
    index = course_index(provider)
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    copy = course.copy(to=index, update_attrs={"title": "Kopie", "slug": "kopie"})
    assert PageViewRestriction.objects.filter(page=copy, restriction_type="login").exists()


def test_create_alias_under_a_specific_parent(provider, course):
    index = course_index(provider)
    alias = course.create_alias(parent=index, update_slug="cursus-alias")
    assert alias.alias_of_id == course.pk
    assert alias.get_parent().pk == index.pk
