"""Alias, copy and move, as an editor does them from the page listing: within her provider
they work; another provider's tree is not offered, and a form sent there anyway is refused
with a message or a 403, never a 500."""

import pytest
from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.factories.courses import course_index, make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def row_action(page, parent_id: int, title: str, href_end: str) -> None:
    """The "..." menu of a row in the parent's listing, then one of its actions."""
    page.goto(f"/admin/pages/{parent_id}/")
    row = page.locator("tr", has_text=title).first
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    row.locator(f"a[href*='{href_end}']").first.click()
    page.wait_for_load_state()


def copy_form(page, title: str, slug: str, *, alias=False, subpages=False) -> None:
    page.fill("#id_new_title", title)
    page.fill("#id_new_slug", slug)
    if alias:
        page.check("#id_alias")
    if subpages and page.locator("#id_copy_subpages").count():
        page.check("#id_copy_subpages")


def chooser_listing(page, expected: str) -> str:
    """The text of the page chooser's listing, once `expected` is in it."""
    modal = page.locator(".modal-content")
    modal.locator("a.choose-page", has_text=expected).first.wait_for()
    return " ".join(modal.inner_text().split())


def test_editor_aliases_copies_and_moves_within_her_provider_only(
    admin_page, home, provider, other_provider, editor
):
    course = make_course(provider, slug="bron", modules=1, lessons_per_module=1)
    target = make_course(provider, slug="doel", modules=0)
    index = course_index(provider)
    other = make_course(other_provider, slug="van-b", modules=0)
    other_index = course_index(other_provider)
    page = slow_machine(admin_page)
    staff_login(page, editor)

    # An alias of the course, beside it.
    row_action(page, index.pk, course.title, f"/pages/{course.pk}/copy/")
    copy_form(page, "Bron als alias", "bron-alias", alias=True)
    shot(page, "tree-alias-form")
    page.locator("form input[type=submit], form button[type=submit]").last.click()
    page.wait_for_load_state()
    alias = Page.objects.get(slug="bron-alias")
    assert alias.alias_of_id == course.pk, steps.form_errors(page)

    # A copy with its module and lesson.
    row_action(page, index.pk, course.title, f"/pages/{course.pk}/copy/")
    copy_form(page, "Bron, kopie", "bron-kopie", subpages=True)
    page.locator("form input[type=submit], form button[type=submit]").last.click()
    page.wait_for_load_state()
    copy = CoursePage.objects.get(slug="bron-kopie")
    assert copy.get_descendants().count() == course.get_descendants().count()
    shot(page, "tree-copied")

    # The copy's module moves to the other course, chosen in the page chooser.
    module = ModulePage.objects.child_of(copy).get()
    row_action(page, copy.pk, module.title, f"/pages/{module.pk}/move/")
    chooser = page.locator(".chooser").first  # it starts at the current parent
    chooser.locator("[data-w-dropdown-target='toggle']").first.click()
    chooser.locator(".chosen [data-chooser-action-choose]").click()
    offered = chooser_listing(page, target.title)
    shot(page, "tree-move-chooser")
    assert target.title in offered and other.title not in offered, offered
    page.locator(".modal-content a.choose-page", has_text=target.title).first.click()
    page.locator(".modal-content").wait_for(state="detached")
    page.locator("form input[type=submit]").last.click()
    page.wait_for_url("**/confirm/")
    page.locator("form input[type=submit]").last.click()
    page.wait_for_load_state()
    shot(page, "tree-moved")
    assert ModulePage.objects.get(pk=module.pk).get_parent().pk == target.pk

    # Into provider B's tree: not offered above, and refused when sent anyway.
    row_action(page, index.pk, course.title, f"/pages/{course.pk}/copy/")
    copy_form(page, "Naar B", "naar-b")
    page.locator("input[name=new_parent_page]").evaluate(
        "(el, pk) => { el.value = pk; }", str(other_index.pk)
    )
    page.locator("form input[type=submit], form button[type=submit]").last.click()
    page.wait_for_load_state()
    shot(page, "tree-copy-refused")
    assert "geen rechten" in " ".join(steps.form_errors(page)), steps.form_errors(page)
    assert not Page.objects.filter(slug="naar-b").exists()

    # A move into B's tree typed as a URL: Wagtail's refusal, back on the dashboard.
    moved = ModulePage.objects.child_of(course).get()
    page.goto(f"/admin/pages/{moved.pk}/move/{other.pk}/confirm/")
    page.locator("form input[type=submit]").last.click()
    page.wait_for_load_state()
    shot(page, "tree-move-refused")
    steps.expect_message(page, "Sorry")
    assert ModulePage.objects.get(pk=moved.pk).get_parent().pk == course.pk
