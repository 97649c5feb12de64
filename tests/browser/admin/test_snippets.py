"""A method and an H5P upload, made in the admin through their forms."""

import pytest

from courses.h5p.models import H5PContent
from practice.models import Method
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, staff_login
from tests.factories.h5p import good_package

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_creates_a_method_with_its_steps(admin_page, home, provider, editor):
    page = admin_page
    staff_login(page, editor)
    page.goto("/admin/snippets/practice/method/add/")
    page.fill("#id_name", "Stiltemethode")
    page.fill("#id_slug", "stiltemethode")
    steps.choose_in_modal(page, "Kies opleider", provider.name)
    page.fill("#id_summary", "Eerst vijf minuten stilte, dan pas vragen.")
    page.fill("#id_min_group_size", "4")
    page.fill("#id_max_group_size", "8")
    for n, name in enumerate(["Stilte", "Vragen"]):
        page.fill(f"#id_steps-{n}-name", name)
        page.fill(f"#id_steps-{n}-purpose", f"{name} geeft ruimte.")
        page.fill(f"#id_steps-{n}-minutes", "5")
        page.select_option(f"#id_steps-{n}-speaker", index=1)
    shot(page, "method-form")
    page.locator("footer button:has-text('Opslaan')").first.click()
    page.wait_for_load_state()
    shot(page, "method-saved")
    method = Method.objects.filter(slug="stiltemethode").first()
    assert method is not None, steps.form_errors(page)
    assert method.provider == provider
    assert [s.name for s in method.steps.all()] == ["Stilte", "Vragen"]


def test_admin_uploads_an_h5p_package_through_the_form(admin_page, home, provider, admin_user):
    page = admin_page
    staff_login(page, admin_user)
    page.goto("/admin/snippets/h5p/h5pcontent/add/")
    steps.choose_in_modal(page, "Kies opleider", provider.name)
    page.fill("#id_title", "Wat doe je bij stilte?")
    page.set_input_files(
        "#id_upload",
        files=[{"name": "stilte.h5p", "mimeType": "application/zip", "buffer": good_package()}],
    )
    shot(page, "h5p-upload-form")
    page.locator("footer button:has-text('Opslaan')").first.click()
    page.wait_for_load_state()
    shot(page, "h5p-uploaded")
    content = H5PContent.objects.get(title="Wat doe je bij stilte?")
    assert content.provider == provider, steps.form_errors(page)
    assert content.status == H5PContent.Status.READY
