"""What an editor does in the Wagtail admin, as clicks and typing: shared by the admin tests."""

import re

from playwright.sync_api import Page, expect


def add_child_page(page: Page, parent_id: int, type_label: str) -> None:
    """From the parent's listing: the "add child page" button, then the page type."""
    page.goto(f"/admin/pages/{parent_id}/")
    page.locator(f"a[href$='/pages/{parent_id}/add_subpage/']").first.click()
    page.wait_for_load_state()
    if "/add_subpage/" in page.url:
        page.get_by_role("link", name=re.compile(rf"^\s*{re.escape(type_label)}\s*$", re.I)).click()
    page.wait_for_selector("#id_title")


def add_block(page: Page, label: str, scope=None) -> None:
    """Insert a block at the end of a StreamField (the last one in `scope`) through its
    block picker."""
    (scope or page).locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def type_rich_text(page: Page, hidden_input_id: str, text: str) -> None:
    wrapper = page.locator(f"#{hidden_input_id} + [data-draftail-editor-wrapper]")
    wrapper.locator("[contenteditable='true'][role='textbox']").click()
    page.keyboard.type(text)


def choose_in_modal(page: Page, button_text: str, item_text: str, *, within=None) -> None:
    scope = within or page
    scope.locator(f"button:has-text('{button_text}')").first.click()
    modal = page.locator(".modal-content")
    modal.wait_for()
    modal.locator("a[data-chooser-modal-choice]", has_text=item_text).first.click()
    modal.wait_for(state="detached")


def footer_action(page: Page, name: str) -> None:
    """A publishing action of the edit form's footer (action-publish, action-submit, ...);
    the secondary ones sit in the footer's dropdown."""
    button = page.locator(f"footer button[name='{name}']")
    if not button.is_visible():
        page.locator(
            "footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']"
        ).first.click()
    button.click()
    page.wait_for_load_state()


def save_draft(page: Page) -> None:
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state()


def expect_message(page: Page, text: str) -> None:
    expect(page.locator(".messages")).to_contain_text(text)


def png_bytes(width: int = 320, height: int = 200) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (38, 70, 83)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image_in_chooser(page: Page, button_text: str, title: str) -> None:
    page.locator(f"button:has-text('{button_text}')").first.click()
    modal = page.locator(".modal-content")
    modal.wait_for()
    modal.get_by_role("tab", name="Uploaden").click()
    modal.locator("input[type=file]").set_input_files(
        files=[{"name": "groep.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    modal.locator("input[name$='-title']").fill(title)
    modal.locator("form button[type=submit]").click()
    modal.wait_for(state="detached")


def fill_title(page: Page, title: str) -> None:
    """The title; leaving the field fills the slug, as for an editor."""
    page.fill("#id_title", title)
    page.press("#id_title", "Tab")


def form_errors(page: Page) -> list[str]:
    texts = page.locator(".error-message, .help-critical, .w-field__errors").all_inner_texts()
    return [" ".join(t.split()) for t in texts if t.strip()]


def add_list_item(page: Page, inside_field_id: str) -> None:
    """Add an item to a ListBlock after its last one; `inside_field_id` is a field of an item.

    Each item is a panel section, inside the panel section of the block holding the list; the
    "add" buttons of that list are the holder's buttons, the last one after the last item."""
    holder = page.locator(f"#{inside_field_id}").locator("xpath=ancestor::section[2]")
    holder.locator("button.c-sf-add-button").last.click()


def delete_list_item(page: Page, inside_field_id: str) -> None:
    item = page.locator(f"#{inside_field_id}").locator("xpath=ancestor::section[1]")
    item.locator("button[data-streamfield-action='DELETE']").first.click()


def expand_panel_of(page: Page, field_id: str) -> None:
    """Open the collapsed block panel that holds a field (the effects of a choice, say)."""
    field = page.locator(f"#{field_id}")
    if not field.is_visible():
        # Outermost first: a collapsed block may hold expanded groups of fields.
        sections = field.locator("xpath=ancestor::section")
        for n in range(sections.count()):
            toggle = sections.nth(n).locator("[data-panel-toggle]").first
            if toggle.get_attribute("aria-expanded") == "false":
                toggle.click()


def choose_situation(page: Page, field_id: str, key: str) -> None:
    """A choice's next situation, picked from the list of the scenario's situations."""
    page.select_option(f"select[data-situation-key-for='{field_id}']", key)


def write_situations(page: Page, graph: list, *, first: int = 0) -> None:
    """Add situations to a scenario's stream: `graph` is [(key, title, [(label, next key,
    expert)])], no choices meaning an ending. Keys and titles come first, as an editor
    sketches the situations, because a choice picks its next situation from those in the form."""
    for n, (key, title, choices) in enumerate(graph, start=first):
        prefix = f"situations-{n}-value"
        # The stream has one block type: its add button inserts a situation at once.
        page.locator("button.c-sf-add-button").last.click()
        page.fill(f"#{prefix}-key", key)
        page.fill(f"#{prefix}-title", title)
        page.fill(f"#{prefix}-lines-0-value-text", f"{title}: de groep kijkt je aan.")
        if not choices:
            page.check(f"#{prefix}-ending")
            delete_list_item(page, f"{prefix}-interventions-0-value-label")
    for n, (_key, _title, choices) in enumerate(graph, start=first):
        prefix = f"situations-{n}-value"
        if choices:
            page.fill(f"#{prefix}-prompt", "Wat doe je?")
        for index, choice in enumerate(choices):
            write_choice(page, f"{prefix}-interventions-{index}-value", *choice, add=index > 0)


def write_choice(page: Page, item: str, label: str, target: str, expert: bool, *, add: bool):
    """One intervention of a situation; `item` is its field prefix, `add` inserts it after
    the list's last item first."""
    if add:
        add_list_item(page, re.sub(r"-\d+-value$", "-0-value", item) + "-label")
    page.fill(f"#{item}-label", label)
    choose_situation(page, f"{item}-next_situation", target)
    page.fill(
        f"#{item}-feedback",
        "Zo houd je het proces bij de groep." if expert else "Nu neem jij het over.",
    )
    if expert:
        page.check(f"#{item}-expert")
        expand_panel_of(page, f"{item}-effects-guarding_process")
        page.fill(f"#{item}-effects-guarding_process", "10")
