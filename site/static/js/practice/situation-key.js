/* A choice's next situation, picked from the scenario's situations (admin editor).
 *
 * The key stays in its text box (the value Wagtail saves); this puts a list of the
 * situations in the form beside it, hides the box, and copies the choice back. The list is
 * rebuilt whenever it is opened, so a situation added or renamed a moment ago is in it. A key
 * that matches no situation stays selected and is marked, so nothing typed before is lost.
 * The texts come translated from the widget's data attributes.
 */
(() => {
  const KEY_NAME = /^situations-(\d+)-value-key$/;
  const WATCHED = /^situations-\d+-value-(key|title)$/;

  function situations(form) {
    const found = [];
    for (const input of form.querySelectorAll('input[name$="-value-key"]')) {
      const match = KEY_NAME.exec(input.name);
      if (!match || !input.value.trim()) continue;
      const prefix = `situations-${match[1]}`;
      const deleted = form.elements.namedItem(`${prefix}-deleted`);
      if (deleted && deleted.value === '1') continue;
      const title = form.elements.namedItem(`${prefix}-value-title`);
      found.push({ key: input.value.trim(), title: title ? title.value.trim() : '' });
    }
    return found;
  }

  function option(value, text) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
  }

  class SituationKeyController extends window.StimulusModule.Controller {
    static values = { empty: String, missing: String };

    connect() {
      const input = this.element;
      const select = document.createElement('select');
      select.dataset.situationKeyFor = input.id;
      const label = input.id && document.querySelector(`label[for="${input.id}"]`);
      if (label) select.setAttribute('aria-label', label.textContent.trim());
      select.addEventListener('focus', () => this.fill());
      select.addEventListener('mousedown', () => this.fill());
      select.addEventListener('change', () => {
        input.value = select.value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      input.hidden = true;
      input.after(select);
      this.select = select;
      // Keys and titles typed elsewhere in the form show up in the list at once.
      this.refresh = (event) => {
        if (WATCHED.test(event.target.name || '')) this.fill();
      };
      if (input.form) input.form.addEventListener('input', this.refresh);
      this.fill();
      // Situations further down the form may be drawn after this one.
      window.requestAnimationFrame(() => this.fill());
    }

    disconnect() {
      if (this.element.form) this.element.form.removeEventListener('input', this.refresh);
      if (this.select) this.select.remove();
      this.element.hidden = false;
    }

    fill() {
      const { select } = this;
      const current = this.element.value.trim();
      const form = this.element.form;
      if (!select || !form) return;
      const known = situations(form);
      select.replaceChildren(option('', this.emptyValue));
      for (const { key, title } of known) {
        select.append(option(key, title ? `${title} (${key})` : key));
      }
      if (current && !known.some(({ key }) => key === current)) {
        const missing = option(current, `${current} (${this.missingValue})`);
        missing.dataset.missing = '';
        select.append(missing);
      }
      select.value = current;
    }
  }

  window.wagtail.app.register('situation-key', SituationKeyController);
})();
