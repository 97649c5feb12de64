"""Every chooser an editor of provider B opens lists B's own objects and the shared
catalogue, never provider A's: methods, H5P exercises, images, providers, pages, and the
plain selects of the certification and workshop forms."""

import pytest
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from certification.models import Path
from courses.models import ModulePage
from practice.seed import seed_methods
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.factories.courses import make_course
from tests.factories.h5p import make_content
from tests.factories.practice import make_method
from tests.factories.workshops import make_workshop_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def modal_text(page, button) -> str:
    """Open a chooser with its button; the text of the modal's listing (then closed)."""
    button.click()
    modal = page.locator(".modal-content")
    modal.wait_for()
    modal.locator(
        ".listing, .w-empty-state, [data-chooser-modal-choice], .nice-padding"
    ).first.wait_for()
    return " ".join(modal.inner_text().split())


def close_modal(page) -> None:
    page.locator(".modal-content button.close, .modal-content [data-dismiss]").first.click()
    page.locator(".modal-content").wait_for(state="detached")


def test_choosers_of_provider_b_hide_provider_a(
    admin_page, home, provider, other_provider, editor, other_editor, admin_user
):
    a, b = provider, other_provider
    shared = next(iter(seed_methods().values()))
    objects = {
        "method": (make_method(provider=a).name, make_method(provider=b).name),
        "h5p": (
            make_content(provider=a, user=admin_user, title="Oefening van A").title,
            make_content(provider=b, user=admin_user, title="Oefening van B").title,
        ),
        "image": tuple(
            Image.objects.create(
                title=title, file=get_test_image_file(), collection=owner.collection
            ).title
            for title, owner in [("Foto van A", a), ("Foto van B", b)]
        ),
        "page": (
            make_course(a, slug="van-a", lessons_per_module=1).title,
            make_course(b, slug="van-b", lessons_per_module=1).title,
        ),
    }
    Path.objects.create(provider=a, name="Pad van A", slug="pad-a")
    Path.objects.create(provider=b, name="Pad van B", slug="pad-b")
    make_workshop_page(a, title="Workshop van A")
    make_workshop_page(b, title="Workshop van B")
    module_b = ModulePage.objects.descendant_of(b.root_page).first()

    page = slow_machine(admin_page)
    staff_login(page, other_editor)
    seen = {}

    # In a lesson of B: the image, method and H5P choosers of their blocks.
    steps.add_child_page(page, module_b.pk, "les")
    for label in ["Afbeelding", "Methode", "H5P-oefening"]:
        steps.add_block(page, label)
    for kind, button in [
        ("image", "Kies een afbeelding"),
        ("method", "Kies methode"),
        ("h5p", "Kies H5P-inhoud"),
    ]:
        seen[kind] = modal_text(page, page.locator(f"button:has-text('{button}')").first)
        shot(page, f"chooser-b-{kind}")
        close_modal(page)
    assert shared.name in seen["method"]

    # A method of B: the provider chooser.
    page.goto("/admin/snippets/practice/method/add/")
    seen["provider"] = modal_text(page, page.locator("button:has-text('Kies opleider')").first)
    shot(page, "chooser-b-provider")
    close_modal(page)
    objects["provider"] = (a.name, b.name)

    # A level of B: the path select and the course (page) chooser of a requirement.
    page.goto("/admin/snippets/certification/level/add/")
    paths = page.locator("#id_path option").all_inner_texts()
    assert any("Pad van B" in p for p in paths) and not any("Pad van A" in p for p in paths)
    choose = page.locator(
        "#id_requirements-0-target_page-chooser .unchosen [data-chooser-action-choose]"
    )
    page.select_option("#id_requirements-0-kind", "course_completed")
    choose.click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill("Cursus")
    modal.locator("text=van-b").first.wait_for()
    seen["page"] = " ".join(modal.inner_text().split())
    shot(page, "chooser-b-page")
    close_modal(page)

    # A workshop date of B: the workshop select.
    page.goto(reverse("workshopdate:add"))
    workshops = " ".join(page.locator("select[name=page] option").all_inner_texts())
    assert "Workshop van B" in workshops and "Workshop van A" not in workshops

    for kind, (of_a, of_b) in objects.items():
        assert of_b in seen[kind], (kind, seen[kind])
        assert of_a not in seen[kind], (kind, seen[kind])
