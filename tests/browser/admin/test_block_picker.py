"""A Dutch editor reads every lesson block in the block picker, and its help, in Dutch."""

import pytest

from courses.models import ModulePage
from tests.browser.admin import steps
from tests.browser.admin.conftest import shot, slow_machine, staff_login
from tests.factories.courses import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DUTCH_BLOCKS = {
    "Tekst": "Lopende tekst met tussenkopjes",
    "Afbeelding": "Een afbeelding met bijschrift",
    "Video": "Een video van YouTube of Vimeo",
    "Kader": "Een tip, waarschuwing of voorbeeld",
    "Kernpunten": "Wat je deelnemers moeten onthouden",
    "Methode": "Een methode uit de catalogus",
    "Reflectie": "Een vraag die de deelnemer schriftelijk beantwoordt",
    "Quiz": "Meerkeuzevragen",
    "H5P-oefening": "Een interactieve oefening",
}


def test_block_picker_speaks_dutch(admin_page, home, provider, editor):
    course = make_course(provider, modules=1, lessons_per_module=1)
    module = ModulePage.objects.child_of(course).get()
    page = slow_machine(admin_page)
    staff_login(page, editor)
    steps.add_child_page(page, module.pk, "les")
    page.locator("button.c-sf-add-button").last.click()
    options = page.get_by_role("option")
    options.first.wait_for()
    page.wait_for_timeout(400)  # the picker's fade-in, for the screenshot only
    shot(page, "block-picker-dutch")
    labels = [" ".join(t.split()) for t in options.all_inner_texts()]
    assert sorted(labels) == sorted(DUTCH_BLOCKS), labels
    page.keyboard.press("Escape")

    # Each block, once inserted, shows its help in Dutch above its fields.
    for label in DUTCH_BLOCKS:
        steps.add_block(page, label)
    body = page.locator("[data-contentpath='body']").first.inner_text()
    missing = [label for label, help_text in DUTCH_BLOCKS.items() if help_text not in body]
    shot(page, "blocks-with-dutch-help")
    assert not missing, missing
