// Choice widgets: multiselect, select_slider, button_group (pills, segmented_control),
// feedback, color_picker. Mirrors py/wasmlit/elements/choices.py: options arrive as their
// formatted labels and the page answers with indexes (multiselect with accept_new_options
// also with the typed text), so Python keeps the option objects.
import { h, uid } from '../dom/h.js';
import { glyph, renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';
import { fillLabel, refreshLabel, widgetLabel } from './label.js';
import { renderMarkdown } from './markdown.js';
import { ensureThumbs, placeThumbs, showBounds, sliderFrame } from './sliderframe.js';

const propsOf = (el) => el.wlProps;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const optionsOf = (props) => (Array.isArray(props.options) ? props.options.map(String) : []);

/** width prop: "stretch" (full), "content" (fit), or a number of pixels. */
export function applyWidth(el, width, fallback = 'stretch') {
  const w = width ?? fallback;
  el.style.width = typeof w === 'number' ? `${w}px` : '';
  el.style.maxWidth = typeof w === 'number' ? '100%' : '';
  el.classList.toggle('wl-fit', w === 'content');
}

/**
 * An option label: allowed markdown (sanitised by renderMarkdown) with `:material/name:`
 * icons shown as icon nodes. Never raw HTML.
 */
export function fillOptionLabel(target, text) {
  target.replaceChildren();
  const parts = String(text ?? '').split(/(:material\/[a-z0-9_]+:)/);
  for (const part of parts) {
    if (!part) continue;
    if (/^:material\/[a-z0-9_]+:$/.test(part)) {
      target.append(renderIcon(part));
    } else {
      const span = h('span', { class: 'wl-md-inline' });
      renderMarkdown(span, part, { inline: true });
      target.append(span);
    }
  }
  return target;
}

// ---- multiselect ---------------------------------------------------------------------------

/** Does `label` match what the user typed, under the widget's filter mode? */
function matches(label, query, mode) {
  if (!query || mode === null) return true;
  const l = label.toLowerCase();
  const q = query.toLowerCase();
  if (mode === 'prefix') return l.startsWith(q);
  if (mode === 'contains') return l.includes(q);
  let at = 0; // fuzzy: the typed characters appear in order
  for (const ch of q) {
    at = l.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

// Rows drawn at once (a long list is narrowed by typing rather than drawn whole).
const MENU_ROWS = 300;

function maxMessage(max) {
  return `You can only select up to ${max} ${max === 1 ? 'option' : 'options'}. Remove an option first.`;
}

export const multiselect = {
  create(props, ctx) {
    const id = uid('wl-ms');
    const listId = `${id}-list`;
    const input = h('input', {
      id, type: 'text', class: 'wl-ms-input', role: 'combobox', autocomplete: 'off',
      'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list',
    });
    const chips = h('div', { class: 'wl-ms-chips' });
    const clear = h('button', { type: 'button', class: 'wl-ms-clear', 'aria-label': 'Clear all', title: 'Clear all' }, glyph('clear'));
    const caret = h('span', { class: 'wl-ms-caret', 'aria-hidden': 'true' }, glyph('caret'));
    const box = h('div', { class: 'wl-ms-box' }, chips, input, clear, caret);
    const menu = h('ul', { id: listId, class: 'wl-ms-menu', role: 'listbox', hidden: true });
    const el = h('div', { testid: 'stMultiSelect', class: 'stMultiSelect wl-widget' },
      widgetLabel(props, id), h('div', { class: 'wl-ms-wrap' }, box, menu));
    el.wlSel = Array.isArray(props.value) ? [...props.value] : [];
    el.wlActive = -1;

    const commit = (next) => {
      el.wlSel = next;
      drawChips(el, propsOf(el));
      ctx.change(propsOf(el), [...next], el);
      if (!menu.hidden) drawMenu(el);
    };
    el.wlCommit = commit;
    const open = () => {
      if (input.disabled) return;
      menu.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      drawMenu(el);
    };
    const close = () => {
      menu.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      el.wlActive = -1;
    };
    el.wlClose = close;
    box.addEventListener('mousedown', (event) => {
      if (event.target.closest('button')) return;
      event.preventDefault();
      if (document.activeElement !== input) input.focus(); // opens the menu
      else if (menu.hidden) open();
    });
    input.addEventListener('focus', open);
    input.addEventListener('blur', () => {
      close();
      input.value = '';
    });
    input.addEventListener('input', () => { el.wlActive = -1; open(); });
    // Clicking a row must not blur the input first.
    menu.addEventListener('mousedown', (event) => event.preventDefault());
    menu.addEventListener('click', (event) => {
      const row = event.target.closest('li');
      if (row && row.wlAct) row.wlAct();
    });
    input.addEventListener('keydown', (event) => {
      const rows = [...menu.querySelectorAll('li')].filter((r) => r.wlAct);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (menu.hidden) open();
        const n = rows.length;
        if (!n) return;
        el.wlActive = event.key === 'ArrowDown' ? (el.wlActive + 1) % n : (el.wlActive - 1 + n) % n;
        drawMenu(el);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const current = propsOf(el);
        const q = input.value.trim();
        const exact = rows.find((r) => r.wlLabel !== undefined && r.wlLabel.toLowerCase() === q.toLowerCase());
        const chosen = rows[el.wlActive] ?? (q ? exact ?? rows.find((r) => r.wlNew) ?? rows.find((r) => r.wlLabel !== undefined) : null);
        if (chosen) chosen.wlAct();
        else if (!q && current.form_id) ctx.enterInForm(current.form_id, el);
      } else if (event.key === 'Escape') {
        close();
      } else if (event.key === 'Backspace' && input.value === '' && el.wlSel.length && !input.readOnly) {
        commit(el.wlSel.slice(0, -1));
      }
    });
    clear.addEventListener('click', () => commit([]));
    multiselect.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    applyWidth(el, props.width);
    const input = el.querySelector('.wl-ms-input');
    if (!same(props.value, old.value) || !same(props.options, old.options)) {
      el.wlSel = Array.isArray(props.value) ? [...props.value] : [];
    }
    input.disabled = Boolean(props.disabled);
    input.readOnly = props.filter_mode === null;
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
    drawChips(el, props);
    if (!el.querySelector('.wl-ms-menu').hidden) drawMenu(el);
  },
};

function chipText(props, raw) {
  const options = optionsOf(props);
  return typeof raw === 'number' ? (options[raw] ?? '') : String(raw);
}

function drawChips(el, props) {
  const chips = el.querySelector('.wl-ms-chips');
  chips.replaceChildren(...el.wlSel.map((raw, at) => {
    const text = chipText(props, raw);
    const remove = h('button', {
      type: 'button', class: 'wl-chip-remove', 'aria-label': `Remove ${text}`, title: 'Remove',
      disabled: Boolean(props.disabled),
      onclick: () => el.wlCommit(el.wlSel.filter((_, i) => i !== at)),
    });
    return h('span', { class: 'wl-chip', 'data-baseweb': 'tag', testid: 'stMultiSelectTag' },
      h('span', { class: 'wl-chip-text', title: text }, text), remove);
  }));
  const input = el.querySelector('.wl-ms-input');
  input.placeholder = el.wlSel.length ? '' : (props.placeholder ?? '');
  el.querySelector('.wl-ms-clear').hidden = !el.wlSel.length || Boolean(props.disabled);
}

function drawMenu(el) {
  const props = propsOf(el);
  const menu = el.querySelector('.wl-ms-menu');
  const input = el.querySelector('.wl-ms-input');
  const options = optionsOf(props);
  const query = input.value.trim();
  const taken = new Set(el.wlSel.filter((v) => typeof v === 'number'));
  const max = props.max_selections;
  const full = typeof max === 'number' && el.wlSel.length >= max;
  const rows = [];
  const add = (next) => el.wlCommit(next);
  if (full) {
    rows.push(h('li', { class: 'wl-ms-note' }, maxMessage(max)));
  } else {
    const free = options.map((label, i) => ({ label, i }))
      .filter(({ label, i }) => !taken.has(i) && matches(label, query, props.filter_mode));
    const limit = props.select_all;
    if (free.length >= 2 && (limit === -1 || (limit > 0 && free.length <= limit))) {
      const row = h('li', { role: 'option', class: 'wl-ms-option wl-ms-all', 'aria-selected': 'false' },
        query ? `Select ${free.length} matches` : 'Select all');
      row.wlAct = () => {
        const room = typeof max === 'number' ? max - el.wlSel.length : free.length;
        add([...el.wlSel, ...free.slice(0, room).map((f) => f.i)]);
        input.value = '';
      };
      rows.push(row);
    }
    const exact = options.some((l) => l.toLowerCase() === query.toLowerCase());
    const typedTaken = el.wlSel.some((v) => typeof v === 'string' && v.toLowerCase() === query.toLowerCase());
    if (props.accept_new_options && query && !exact && !typedTaken) {
      const row = h('li', { role: 'option', class: 'wl-ms-option wl-ms-new', 'aria-selected': 'false' }, `Add: ${query}`);
      row.wlNew = true;
      row.wlAct = () => { add([...el.wlSel, query]); input.value = ''; };
      rows.push(row);
    }
    for (const { label, i } of free.slice(0, MENU_ROWS)) {
      const row = h('li', { role: 'option', class: 'wl-ms-option', 'aria-selected': 'false' }, label);
      row.wlLabel = label;
      row.wlAct = () => { add([...el.wlSel, i]); input.value = ''; };
      rows.push(row);
    }
    if (free.length > MENU_ROWS) rows.push(h('li', { class: 'wl-ms-note' }, `${free.length - MENU_ROWS} more: type to filter`));
    if (!rows.length) rows.push(h('li', { class: 'wl-ms-note' }, 'No results'));
  }
  const actionable = rows.filter((r) => r.wlAct);
  menu.replaceChildren(...rows);
  input.removeAttribute('aria-activedescendant');
  actionable.forEach((r, i) => {
    r.id = `${menu.id}-${i}`;
    r.classList.toggle('wl-active', i === el.wlActive);
    if (i === el.wlActive) {
      r.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', r.id);
      r.scrollIntoView?.({ block: 'nearest' });
    }
  });
}

// ---- select_slider -------------------------------------------------------------------------

export const select_slider = {
  create(props, ctx) {
    const id = uid('wl-sslider');
    const el = sliderFrame(props, id, 'wl-select-slider');
    const track = el.querySelector('.wl-slider-track');
    const read = () => [...track.querySelectorAll('input')].map((i) => Math.round(Number(i.value)));
    track.addEventListener('input', (event) => {
      const current = propsOf(el);
      const inputs = track.querySelectorAll('input');
      const values = read();
      if (current.is_range && values[0] > values[1]) {
        if (event.target === inputs[0]) inputs[0].value = String(values[1]);
        else inputs[1].value = String(values[0]);
      }
      showLabels(el, read(), current);
    });
    track.addEventListener('change', () => {
      const current = propsOf(el);
      const values = read();
      ctx.change(current, current.is_range ? values : values[0], el);
    });
    select_slider.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    applyWidth(el, props.width);
    const options = optionsOf(props);
    if (ensureThumbs(el, props, { min: '0', step: '1' })) old = {};
    const inputs = el.querySelectorAll('.wl-slider-track input');
    inputs.forEach((input) => {
      input.max = String(Math.max(0, options.length - 1));
      input.disabled = Boolean(props.disabled);
    });
    const values = positions(props);
    if (!same(props.value, old.value) || !same(props.options, old.options)) {
      values.forEach((v, i) => { if (inputs[i]) inputs[i].value = String(v); });
    }
    showBounds(el, options[0] ?? '', options[options.length - 1] ?? '');
    showLabels(el, values, props);
  },
};

function positions(props) {
  if (props.is_range) return Array.isArray(props.value) ? props.value : [0, 0];
  return [typeof props.value === 'number' ? props.value : 0];
}

function showLabels(el, values, props) {
  const options = optionsOf(props);
  const span = options.length - 1;
  placeThumbs(el, values.map((v) => (span > 0 ? v / span : 0)), values.map((v) => options[v] ?? ''));
  el.querySelectorAll('.wl-range').forEach((input, i) => input.setAttribute('aria-valuetext', options[values[i]] ?? ''));
}

// ---- pills / segmented_control -------------------------------------------------------------

export const button_group = {
  create(props, ctx) {
    const labelId = uid('wl-bg-label');
    const label = h('div', { testid: 'stWidgetLabel', class: 'wl-label', id: labelId });
    const row = h('div', { class: 'wl-bg-row', role: 'group', 'aria-labelledby': labelId });
    const el = h('div', { testid: 'stButtonGroup', class: 'stButtonGroup wl-widget' }, label, row);
    el.wlSel = Array.isArray(props.value) ? [...props.value] : [];
    row.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || button.disabled) return;
      const current = propsOf(el);
      const i = Number(button.dataset.index);
      const on = el.wlSel.includes(i);
      let next;
      if (current.selection_mode === 'multi') {
        next = on ? el.wlSel.filter((v) => v !== i) : [...el.wlSel, i].sort((a, b) => a - b);
      } else {
        next = on ? [] : [i];
      }
      if (current.required && next.length === 0) return;
      el.wlSel = next;
      markPressed(el, current);
      ctx.change(current, next, el);
    });
    button_group.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const label = el.querySelector(':scope > .wl-label');
    if (props.label !== old.label || props.help !== old.help || props.label_visibility !== old.label_visibility) fillLabel(label, props);
    applyWidth(el, props.width, 'content');
    const row = el.querySelector('.wl-bg-row');
    const style = props.style === 'segmented_control' ? 'segmented_control' : 'pills';
    row.className = `wl-bg-row wl-bg-${style}`;
    if (!same(props.options, old.options) || props.style !== old.style) {
      row.replaceChildren(...optionsOf(props).map((text, i) => fillOptionLabel(
        h('button', { type: 'button', class: 'wl-bg-button', 'data-index': String(i) }), text)));
      old = { ...old, value: Symbol('force') };
    }
    if (!same(props.value, old.value)) el.wlSel = Array.isArray(props.value) ? [...props.value] : [];
    for (const button of row.children) {
      button.disabled = Boolean(props.disabled);
      setTooltip(button, props.help);
    }
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
    markPressed(el, props);
  },
};

function markPressed(el, props) {
  const style = props.style === 'segmented_control' ? 'segmented_control' : 'pills';
  for (const button of el.querySelector('.wl-bg-row').children) {
    const on = el.wlSel.includes(Number(button.dataset.index));
    button.setAttribute('aria-pressed', String(on));
    button.dataset.testid = `stBaseButton-${style}${on ? 'Active' : ''}`;
    button.classList.toggle('wl-on', on);
  }
}

// ---- feedback ------------------------------------------------------------------------------

const FEEDBACK = {
  // display order, each [value, Material icon, accessible name] (a lit star is drawn filled)
  thumbs: [[1, 'thumb_up', 'Thumbs up'], [0, 'thumb_down', 'Thumbs down']],
  faces: [[0, 'sentiment_sad', 'Very dissatisfied'], [1, 'sentiment_dissatisfied', 'Dissatisfied'],
    [2, 'sentiment_neutral', 'Neutral'], [3, 'sentiment_satisfied', 'Satisfied'],
    [4, 'sentiment_very_satisfied', 'Very satisfied']],
  stars: [0, 1, 2, 3, 4].map((v) => [v, 'star', `${v + 1} out of 5 stars`]),
};

/**
 * st.feedback as Streamlit 1.67 draws it: a radiogroup of icon buttons (role=radio); a click
 * or Space/Enter picks one (again: none), the arrow keys move between them, wrapping.
 */
export const feedback = {
  create(props, ctx) {
    const el = h('div', { testid: 'stFeedback', class: 'stFeedback wl-widget wl-feedback' },
      h('div', { class: 'wl-fb-group', role: 'radiogroup', 'aria-label': 'Feedback rating' }));
    el.wlValue = props.value ?? null;
    const pick = (button) => {
      const v = Number(button.dataset.value);
      el.wlValue = el.wlValue === v ? null : v;
      markFeedback(el, propsOf(el));
      ctx.change(propsOf(el), el.wlValue, el);
    };
    el.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (button && !button.disabled) pick(button);
    });
    el.addEventListener('keydown', (event) => {
      const button = event.target.closest('button');
      if (!button || button.disabled) return;
      const buttons = [...el.querySelectorAll('.wl-fb-button')];
      const at = buttons.indexOf(button);
      const moves = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
      if (event.key in moves) {
        event.preventDefault();
        buttons[(at + moves[event.key] + buttons.length) % buttons.length].focus();
      } else if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        pick(button);
      }
    });
    feedback.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const kind = Object.hasOwn(FEEDBACK, props.options) ? props.options : 'thumbs';
    if (props.options !== old.options) {
      el.firstChild.replaceChildren(...FEEDBACK[kind].map(([value, , name]) => h('button', {
        type: 'button', role: 'radio', class: `wl-fb-button wl-fb-${kind}`, 'data-value': String(value), 'aria-label': name,
      })));
    }
    if (props.value !== old.value) el.wlValue = props.value ?? null;
    for (const b of el.querySelectorAll('.wl-fb-button')) b.disabled = Boolean(props.disabled);
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
    markFeedback(el, props);
  },
};

function markFeedback(el, props) {
  const kind = Object.hasOwn(FEEDBACK, props.options) ? props.options : 'thumbs';
  const buttons = [...el.querySelectorAll('.wl-fb-button')];
  buttons.forEach((button, i) => {
    const v = Number(button.dataset.value);
    const on = el.wlValue === v;
    const lit = kind === 'stars' ? el.wlValue !== null && v <= el.wlValue : on;
    button.setAttribute('aria-checked', String(on));
    // one tab stop: the chosen button, else the first
    button.tabIndex = on || (el.wlValue === null && i === 0) ? 0 : -1;
    button.dataset.testid = lit ? 'stFeedbackButtonActive' : 'stFeedbackButton';
    button.classList.toggle('wl-on', lit);
    if (!button.firstChild) button.append(renderIcon(`:material/${FEEDBACK[kind][i][1]}:`));
  });
}

// ---- color_picker --------------------------------------------------------------------------

/** #abc -> #aabbcc, lower case (what <input type=color> needs). */
export function fullHex(value) {
  const v = String(value ?? '#000000');
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return /^#[0-9a-fA-F]{6}$/.test(v) ? v.toLowerCase() : '#000000';
}

export const color_picker = {
  create(props, ctx) {
    const id = uid('wl-color');
    // a swatch, as in Streamlit 1.67 (no hex beside it: the swatch's tooltip has it)
    const input = h('input', { id, type: 'color', class: 'wl-color-input' });
    const el = h('div', { testid: 'stColorPicker', class: 'stColorPicker wl-widget' },
      widgetLabel(props, id),
      h('div', { testid: 'stColorPickerBlock', class: 'wl-color' }, input));
    input.addEventListener('input', () => { input.title = input.value; });
    input.addEventListener('change', () => {
      input.title = input.value;
      if (input.value === el.wlSent) return;
      el.wlSent = input.value;
      ctx.change(propsOf(el), input.value, el);
    });
    color_picker.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    applyWidth(el, props.width, 'content');
    const input = el.querySelector('input');
    if (props.value !== old.value) {
      input.value = fullHex(props.value);
      el.wlSent = input.value;
      input.title = String(props.value ?? '');
    }
    input.disabled = Boolean(props.disabled);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { multiselect, select_slider, button_group, feedback, color_picker };
