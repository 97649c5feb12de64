"""A provider's course, written in the admin by its editor and approved by the site admin."""

import pytest
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.h5p.models import H5PContent
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from practice.seed import seed_methods
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, staff_login
from tests.factories.h5p import make_content
from tests.factories.practice import make_method

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def moderated(provider, admin_user):
    """The provider's pages go through one approval step by the site's moderators."""
    from django.contrib.auth.models import Group

    moderators = Group.objects.get_or_create(name="Moderators")[0]
    admin_user.groups.add(moderators)
    task = GroupApprovalTask.objects.create(name="Goedkeuring")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Redactie", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=provider.root_page)
    return workflow


def _publish_new_page(page, parent_id, type_label, title, fill=None):
    steps.add_child_page(page, parent_id, type_label)
    steps.fill_title(page, title)
    if fill:
        fill(page)
    steps.footer_action(page, "action-publish")
    shot(page, f"published-{type_label}")


def test_editor_writes_a_course_with_every_block_and_the_admin_approves_it(
    admin_page,
    second_page,
    home,
    provider,
    other_provider,
    editor,
    other_editor,
    admin_user,
    moderated,
):
    shared = next(iter(seed_methods().values()))
    own_h5p = make_content(provider=provider, user=admin_user, title="Oefening van A")
    other_h5p = make_content(provider=other_provider, user=admin_user, title="Oefening van B")
    assert own_h5p.status == H5PContent.Status.READY

    page = admin_page
    staff_login(page, editor)
    shot(page, "editor-dashboard")

    # Course overview, course and module, each published by the editor.
    root = provider.root_page
    _publish_new_page(page, root.pk, "cursusoverzicht", "Cursussen")
    index = CourseIndexPage.objects.child_of(root).get()
    _publish_new_page(
        page,
        index.pk,
        "cursus",
        "Intervisie voor beginners",
        lambda p: p.fill("#id_summary", "Zo begeleid je je eerste intervisie."),
    )
    course = CoursePage.objects.get(title="Intervisie voor beginners")
    assert course.live
    shot(page, "course-published")
    _publish_new_page(page, course.pk, "module", "Eerste stappen")
    module = ModulePage.objects.get(title="Eerste stappen")

    # A lesson with every block type; the method and the H5P exercise through their choosers.
    steps.add_child_page(page, module.pk, "les")
    steps.fill_title(page, "Alle bouwstenen")
    page.fill("#id_summary", "Elk soort blok één keer.")
    for label in [
        "Tekst",
        "Afbeelding",
        "Kader",
        "Kernpunten",
        "Methode",
        "Reflectie",
        "Quiz",
        "H5P-oefening",
    ]:
        steps.add_block(page, label)
    steps.type_rich_text(page, "body-0-value", "Een alinea lestekst.")
    steps.upload_image_in_chooser(page, "Kies een afbeelding", "Groep in een kring")
    page.fill("#body-1-value-alt_text", "Zes mensen in een kring")
    page.select_option("#body-2-value-tone", index=1)
    page.fill("#body-2-value-title", "Let op")
    steps.type_rich_text(page, "body-2-value-text", "Vraag eerst door.")
    page.fill("#body-3-value-title", "Kern")
    page.fill("#body-3-value-points-0-value", "Samenvatten voor je doorgaat")

    page.locator("button:has-text('Kies methode')").first.click()
    modal = page.locator(".modal-content")
    modal.wait_for()
    shot(page, "method-chooser")
    listed = modal.locator("a[data-chooser-modal-choice]").all_inner_texts()
    assert shared.name in " ".join(listed)
    modal.locator("a[data-chooser-modal-choice]", has_text=shared.name).first.click()
    modal.wait_for(state="detached")

    page.fill("#body-5-value-prompt", "Wat neem je mee naar je eigen groep?")
    page.fill("#body-6-value-questions-0-value-question", "Wie bewaakt het proces?")
    page.fill("#body-6-value-questions-0-value-options-0-value-text", "De begeleider")
    page.check("#body-6-value-questions-0-value-options-0-value-correct")
    steps.add_list_item(page, "body-6-value-questions-0-value-options-0-value-text")
    page.fill("#body-6-value-questions-0-value-options-1-value-text", "De inbrenger")

    page.locator("button:has-text('Kies H5P-inhoud')").first.click()
    modal.wait_for()
    listed = " ".join(modal.locator("a[data-chooser-modal-choice]").all_inner_texts())
    shot(page, "h5p-chooser")
    assert own_h5p.title in listed and other_h5p.title not in listed
    modal.locator("a[data-chooser-modal-choice]", has_text=own_h5p.title).first.click()
    modal.wait_for(state="detached")
    shot(page, "lesson-filled")

    steps.save_draft(page)
    lesson = LessonPage.objects.get(title="Alle bouwstenen")
    assert not lesson.live
    saved = lesson.get_latest_revision_as_object().body
    assert sorted(b.block_type for b in saved) == sorted(
        ["text", "image", "callout", "key_points", "method", "reflection", "quiz", "h5p"]
    )

    steps.footer_action(page, "action-submit")
    shot(page, "lesson-submitted")
    lesson.refresh_from_db()
    assert lesson.workflow_in_progress and not lesson.live, steps.form_errors(page)

    # The admin approves from the edit page; the lesson is published.
    admin = second_page
    staff_login(admin, admin_user)
    shot(admin, "admin-dashboard-awaiting-review")
    admin.goto(f"/admin/pages/{lesson.pk}/edit/")
    admin.locator("footer [data-w-dropdown-target='toggle']").first.click()
    admin.locator("footer button[data-workflow-action-name='approve']").first.click()
    admin.wait_for_load_state()
    shot(admin, "lesson-approved")
    lesson.refresh_from_db()
    assert lesson.live


def test_the_method_chooser_lists_only_own_and_shared_methods(
    admin_page, home, provider, other_provider, editor
):
    shared = next(iter(seed_methods().values()))
    own = make_method(provider=provider, slug="eigen-methode")
    other = make_method(provider=other_provider, slug="andermans-methode")
    staff_login(admin_page, editor)
    # What the chooser modal loads, fetched with the editor's session.
    listed = admin_page.request.get("/admin/snippets/choose/practice/method/").json()["html"]
    assert shared.name in listed and own.name in listed
    assert other.name not in listed
