// Value widgets: checkbox/toggle, text_input, text_area, number_input, selectbox, radio,
// slider. Mirrors py/wasmlit/elements/widgets.py. A widget reads its current props from
// el.wlProps (set by the patcher) and reports a user change through ctx.change(props, value),
// which sends it at once, or keeps it until submit when the widget is in a form.
import { h, uid } from '../dom/h.js';
import { commitOnEnterAndBlur, fillLabel, refreshLabel, widgetLabel } from './label.js';
import { formatTemporal } from './datetime.js';
import { glyph, renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';
import { ensureThumbs, placeThumbs, showBounds, sliderFrame } from './sliderframe.js';

const propsOf = (el) => el.wlProps;

// ---- checkbox / toggle ------------------------------------------------------------------

export const checkbox = {
  create(props, ctx) {
    const input = h('input', { type: 'checkbox', class: 'wl-check-input' });
    const text = h('span', { testid: 'stWidgetLabel', class: 'wl-label wl-check-label' });
    const label = h('label', { class: 'wl-check' }, input, text);
    const el = h('div', { testid: 'stCheckbox', class: 'stCheckbox wl-checkbox' }, label);
    input.addEventListener('change', () => ctx.change(propsOf(el), input.checked, el));
    checkbox.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const input = el.querySelector('input');
    el.classList.toggle('wl-toggle', Boolean(props.toggle));
    if (props.toggle) input.setAttribute('role', 'switch');
    else input.removeAttribute('role');
    if (props.value !== old.value) input.checked = Boolean(props.value);
    input.disabled = Boolean(props.disabled);
    if (props.label !== old.label || props.help !== old.help || props.label_visibility !== old.label_visibility) {
      fillLabel(el.querySelector('.wl-check-label'), props);
    }
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
    // width: "content" (default, fits the label), "stretch" or pixels; wrap=False: one line
    const w = props.width ?? 'content';
    el.style.width = typeof w === 'number' ? `${w}px` : (w === 'stretch' ? '100%' : '');
    el.style.maxWidth = typeof w === 'number' ? '100%' : '';
    el.classList.toggle('wl-fixed-width', w !== 'content');
    el.classList.toggle('wl-nowrap', props.wrap === false);
  },
};

// ---- text_input / text_area ----------------------------------------------------------------

/** Whether `value` passes the widget's client-side checks (required, validate pattern). */
function textProblem(value, props) {
  if (props.required && value.trim() === '') return 'This field is required.';
  if (props.pattern && value !== '') {
    let re;
    try { re = new RegExp(props.pattern, 'u'); } catch { return null; }
    if (!re.test(value)) return props.pattern_message || 'Please enter a valid value.';
  }
  return null;
}

/** Shared logic of one-line and multi-line text: commit on Enter (Ctrl+Enter) or blur, or
 * after a typing pause when `live_ms` is set. */
function textWidget(testid, makeField, rootTestid) {
  const widget = {
    create(props, ctx) {
      const id = uid('wl-text');
      const field = makeField(id);
      const icon = h('span', { class: 'wl-input-icon', 'aria-hidden': 'true' });
      const problem = h('div', { class: 'wl-input-problem', role: 'alert', testid: 'stTextInputValidationMessage' });
      const instructions = h('div', { class: 'wl-input-instructions', testid: 'InputInstructions' });
      const root = h('div', { testid: rootTestid, class: 'wl-field wl-text-field' }, icon, field);
      root.append(instructions);
      const el = h('div', { testid, class: `${testid} wl-widget` }, widgetLabel(props, id), root, problem);
      el.wlSent = props.value ?? null;
      const commit = () => {
        clearTimeout(el.wlLive);
        const current = propsOf(el);
        const value = field.value;
        if (value === (el.wlSent ?? '')) return;
        const why = textProblem(value, current);
        problem.textContent = why ?? '';
        el.classList.toggle('wl-invalid', Boolean(why));
        if (why) return;
        el.wlSent = value;
        el.wlTyped = false;
        showInstructions(el, field, current);
        ctx.change(current, value, el);
      };
      field.addEventListener('keydown', (event) => {
        const multi = field.tagName === 'TEXTAREA';
        if (event.key === 'Enter' && (!multi || event.ctrlKey || event.metaKey)) {
          if (multi) event.preventDefault();
          commit();
          const current = propsOf(el);
          if (current.form_id && !el.classList.contains('wl-invalid')) ctx.enterInForm(current.form_id, el);
        }
      });
      field.addEventListener('input', () => {
        const current = propsOf(el);
        el.wlTyped = true;
        showInstructions(el, field, current);
        if (el.classList.contains('wl-invalid')) {
          el.classList.remove('wl-invalid');
          problem.textContent = '';
        }
        if (current.live_ms !== null && current.live_ms !== undefined && !current.form_id) {
          clearTimeout(el.wlLive);
          el.wlLive = setTimeout(commit, current.live_ms);
        }
      });
      field.addEventListener('focus', () => showInstructions(el, field, propsOf(el)));
      field.addEventListener('blur', () => {
        commit();
        showInstructions(el, field, propsOf(el));
      });
      widget.update(el, props, {});
      return el;
    },
    update(el, props, old) {
      refreshLabel(el, props, old);
      const field = el.querySelector('input, textarea');
      if (props.value !== old.value) {
        // What the user typed and has not committed yet stays (e.g. typed while a long run
        // went on, whose end re-sends the value committed before): only the committed value
        // that blur/Enter compare against moves.
        if (!(el.wlTyped && field.value !== (el.wlSent ?? ''))) field.value = props.value ?? '';
        el.wlSent = props.value ?? null;
      }
      field.disabled = Boolean(props.disabled);
      field.required = Boolean(props.required);
      if (props.placeholder) field.placeholder = props.placeholder;
      else field.removeAttribute('placeholder');
      if (props.max_chars) field.maxLength = props.max_chars;
      else field.removeAttribute('maxlength');
      if (field.tagName === 'INPUT') {
        const types = { password: 'password', email: 'email', url: 'url', phone: 'tel', search: 'search' };
        // the eye button exists only on a password field (its icon needs the icon font)
        let toggle = el.querySelector('.wl-password-toggle');
        if (props.type === 'password' && !toggle) {
          toggle = passwordToggle(field);
          field.after(toggle);
        } else if (props.type !== 'password' && toggle) {
          toggle.remove();
          toggle = null;
        }
        if (toggle) toggle.disabled = Boolean(props.disabled);
        el.classList.toggle('wl-has-toggle', Boolean(toggle));
        const shown = toggle?.getAttribute('aria-pressed') === 'true';
        field.type = shown ? 'text' : (types[props.type] ?? 'text');
        field.autocomplete = props.autocomplete || 'off';
        const icon = el.querySelector('.wl-input-icon');
        if (props.icon !== old.icon) {
          icon.replaceChildren();
          const node = renderIcon(props.icon);
          if (node) icon.append(node);
        }
        icon.hidden = !props.icon;
      } else {
        el.querySelector('.wl-input-icon').hidden = true;
        const height = props.height;
        field.style.height = typeof height === 'number' ? `${height}px` : (height === 'content' ? 'auto' : '');
        field.style.fieldSizing = height === 'content' ? 'content' : '';
        el.classList.toggle('wl-stretch', height === 'stretch');
      }
      showInstructions(el, field, props);
    },
  };
  return widget;
}

/** The eye button of a password field: shows or hides what was typed (focus stays put). */
function passwordToggle(field) {
  const toggle = h('button', {
    type: 'button', class: 'wl-password-toggle', 'aria-label': 'Show password', 'aria-pressed': 'false',
  }, renderIcon(':material/visibility:'));
  toggle.addEventListener('mousedown', (event) => event.preventDefault());
  toggle.addEventListener('click', () => {
    const show = toggle.getAttribute('aria-pressed') !== 'true';
    field.type = show ? 'text' : 'password';
    toggle.setAttribute('aria-pressed', String(show));
    toggle.setAttribute('aria-label', show ? 'Hide password' : 'Show password');
    toggle.replaceChildren(renderIcon(show ? ':material/visibility_off:' : ':material/visibility:'));
  });
  return toggle;
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * What a focused text field tells, as in Streamlit 1.67, in its bottom right corner: how to
 * commit ("Press Enter to apply" once edited; in a form that Enter submits, "Press Enter to
 * submit form" all along) and, with max_chars, "3/10" (red once an edit reaches the limit).
 */
function showInstructions(el, field, props) {
  const box = el.querySelector('.wl-input-instructions');
  const parts = [];
  if (document.activeElement === field && !props.disabled) {
    const dirty = field.value !== (el.wlSent ?? '');
    const form = props.form_id ? el.closest('form[data-testid=stForm]') : null;
    const submit = form?.querySelector('[data-testid=stFormSubmitButton] button');
    const enter = form ? form.wlProps?.enter_to_submit !== false && submit && !submit.disabled : dirty;
    if (enter) {
      const keys = field.tagName === 'TEXTAREA' ? `${isMac() ? '⌘' : 'Ctrl'}+Enter` : 'Enter';
      parts.push(h('span', {}, `Press ${keys} to ${form ? 'submit form' : 'apply'}`));
    }
    if (props.max_chars) {
      const full = dirty && field.value.length >= props.max_chars;
      parts.push(h('span', { class: full ? 'wl-at-limit' : '' }, `${field.value.length}/${props.max_chars}`));
    }
  }
  box.replaceChildren(...parts);
}

export const text_input = textWidget('stTextInput',
  (id) => h('input', { id, type: 'text', class: 'wl-input', testid: 'stTextInputField', autocomplete: 'off' }),
  'stTextInputRootElement');

export const text_area = textWidget('stTextArea',
  (id) => h('textarea', { id, class: 'wl-input wl-textarea', rows: 3, testid: 'stTextAreaField' }),
  'stTextAreaRootElement');

// ---- number_input -------------------------------------------------------------------------

/** printf-style formatting of the few forms Streamlit apps use (%d, %i, %.2f, %e, %s). */
export function formatNumber(value, format, isInt) {
  if (value === null || value === undefined || value === '') return '';
  const m = format && /%([0-9]*)(?:\.([0-9]+))?([dieEfgGsu])/.exec(format);
  if (!m) return isInt ? String(Math.trunc(value)) : String(value);
  const [, , precision, conv] = m;
  let text;
  if (conv === 'd' || conv === 'i' || conv === 'u') text = String(Math.trunc(value));
  else if (conv === 'e' || conv === 'E') text = Number(value).toExponential(precision ? Number(precision) : 6);
  else if (conv === 'f') text = Number(value).toFixed(precision ? Number(precision) : 6);
  else text = String(value);
  return format.replace(m[0], conv === 'E' ? text.toUpperCase() : text);
}

function clamp(value, props) {
  let v = value;
  if (props.min_value !== null && props.min_value !== undefined) v = Math.max(v, props.min_value);
  if (props.max_value !== null && props.max_value !== undefined) v = Math.min(v, props.max_value);
  return v;
}

function parseNumber(text, props) {
  const trimmed = String(text).trim();
  if (trimmed === '') return null;
  const n = props.is_int ? Math.round(Number(trimmed)) : Number(trimmed);
  return Number.isFinite(n) ? clamp(n, props) : undefined;
}

export const number_input = {
  create(props, ctx) {
    const id = uid('wl-num');
    const field = h('input', { id, type: 'text', inputmode: 'decimal', class: 'wl-input', testid: 'stNumberInputField', autocomplete: 'off' });
    const send = (value) => {
      const current = propsOf(el);
      field.value = formatNumber(value, current.format, current.is_int);
      el.wlTyped = false;
      if (value === el.wlSent) return;
      el.wlSent = value;
      ctx.change(current, value, el);
    };
    const commit = () => {
      const current = propsOf(el);
      const value = parseNumber(field.value, current);
      if (value === undefined || (value === null && current.required)) {
        field.value = formatNumber(el.wlSent, current.format, current.is_int);
        return;
      }
      send(value);
    };
    const step = (sign) => {
      const current = propsOf(el);
      const base = parseNumber(field.value, current) ?? el.wlSent ?? current.min_value ?? 0;
      const raw = base + sign * (current.step || 1);
      const digits = String(current.step ?? 1).split('.')[1]?.length ?? 0;
      send(clamp(Number(raw.toFixed(Math.min(digits + 2, 12))), current));
    };
    const down = h('button', { type: 'button', class: 'wl-step', testid: 'stNumberInputStepDown', 'aria-label': 'Decrement', tabindex: '-1', onclick: () => step(-1) }, glyph('minus'));
    const up = h('button', { type: 'button', class: 'wl-step', testid: 'stNumberInputStepUp', 'aria-label': 'Increment', tabindex: '-1', onclick: () => step(1) }, glyph('plus'));
    const el = h('div', { testid: 'stNumberInput', class: 'stNumberInput wl-widget' },
      widgetLabel(props, id),
      h('div', { testid: 'stNumberInputContainer', class: 'wl-field wl-number' },
        h('span', { class: 'wl-input-icon', 'aria-hidden': 'true', hidden: true }), field, down, up));
    field.addEventListener('input', () => { el.wlTyped = true; });
    commitOnEnterAndBlur(field, el, ctx, commit, (event) => {
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        step(event.key === 'ArrowUp' ? 1 : -1);
      }
    });
    el.wlProps = props;
    number_input.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const field = el.querySelector('input');
    if (props.value !== old.value || props.format !== old.format) {
      // Uncommitted typing is kept, as in text fields.
      const typed = el.wlTyped && field.value !== formatNumber(el.wlSent, old.format, old.is_int);
      if (!typed) field.value = formatNumber(props.value, props.format, props.is_int);
      el.wlSent = props.value ?? null;
    }
    field.disabled = Boolean(props.disabled);
    for (const b of el.querySelectorAll('.wl-step')) b.disabled = Boolean(props.disabled);
    if (props.placeholder) field.placeholder = props.placeholder;
    else field.removeAttribute('placeholder');
    field.required = Boolean(props.required);
    field.inputMode = props.is_int ? 'numeric' : 'decimal';
    if (props.icon !== old.icon) {
      const icon = el.querySelector('.wl-input-icon');
      const node = renderIcon(props.icon);
      icon.replaceChildren(...(node ? [node] : []));
      icon.hidden = !node;
    }
  },
};

// ---- selectbox ---------------------------------------------------------------------------
// A combobox (see buildCombobox); with accept_new_options a text box with a list of suggestions, whose
// typed text is sent as is unless it matches an option's label (case-insensitive). The page
// sends the option's index, null (cleared) or the typed text.

function selectShown(props) {
  const options = Array.isArray(props.options) ? props.options : [];
  if (typeof props.value === 'number') return String(options[props.value] ?? '');
  return typeof props.value === 'string' ? props.value : '';
}

function buildSelectField(el, props, ctx) {
  const field = el.querySelector('.wl-field');
  if (props.accept_new_options) {
    const input = h('input', {
      id: el.wlId, type: 'text', class: 'wl-input wl-select-input', role: 'combobox',
      autocomplete: 'off', list: `${el.wlId}-list`,
    });
    const list = h('datalist', { id: `${el.wlId}-list` });
    const commit = () => {
      const current = propsOf(el);
      const options = Array.isArray(current.options) ? current.options.map(String) : [];
      const text = input.value.trim();
      let raw;
      if (text === '') {
        if (!current.clearable) { input.value = selectShown({ ...current, value: el.wlSent }); return; }
        raw = null;
      } else {
        const i = options.findIndex((o) => o.toLowerCase() === text.toLowerCase());
        raw = i >= 0 ? i : text;
      }
      input.value = typeof raw === 'number' ? options[raw] : (raw ?? '');
      if (raw === el.wlSent) return;
      el.wlSent = raw;
      ctx.change(current, raw, el);
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        commit();
      }
    });
    input.addEventListener('change', commit);
    input.addEventListener('blur', commit);
    field.replaceChildren(input, list);
  } else {
    buildCombobox(el, ctx);
  }
}

/**
 * The selectbox as Streamlit 1.67 draws it: an input[role=combobox] holding the selected
 * option's label (the placeholder when there is none), and a role=listbox of role=option
 * rows that opens on click or focus, filters as the user types (case-insensitive, anywhere
 * in the label), moves with the arrow keys, picks with Enter or a click, and closes with
 * Escape or blur, putting the selected label back. A clear button when `clearable`.
 */
function buildCombobox(el, ctx) {
  const field = el.querySelector('.wl-field');
  const listId = `${el.wlId}-list`;
  const input = h('input', {
    id: el.wlId, type: 'text', class: 'wl-ms-input wl-select-combo', role: 'combobox', autocomplete: 'off',
    'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-haspopup': 'listbox',
  });
  const clear = h('button', { type: 'button', class: 'wl-ms-clear', 'aria-label': 'Clear value', title: 'Clear value', hidden: true }, glyph('clear'));
  const caret = h('span', { class: 'wl-ms-caret', 'aria-hidden': 'true' }, glyph('caret'));
  const box = h('div', { class: 'wl-ms-box' }, input, clear, caret);
  const menu = h('ul', { id: listId, class: 'wl-ms-menu', role: 'listbox', hidden: true });
  field.replaceChildren(h('div', { class: 'wl-ms-wrap' }, box, menu));
  el.wlActive = -1;
  el.wlTyped = false;
  const rowsOf = () => [...menu.querySelectorAll('li[role=option]')];
  const draw = () => {
    const props = propsOf(el);
    const options = Array.isArray(props.options) ? props.options.map(String) : [];
    const q = el.wlTyped ? input.value.trim().toLowerCase() : '';
    const rows = options.map((label, i) => ({ label, i })).filter(({ label }) => label.toLowerCase().includes(q));
    if (el.wlActive >= rows.length) el.wlActive = rows.length - 1;
    menu.replaceChildren(...(rows.length ? rows.map(({ label, i }, k) => {
      const li = h('li', {
        role: 'option', id: `${listId}-${i}`, class: `wl-ms-option${k === el.wlActive ? ' wl-active' : ''}`,
        'aria-selected': String(i === el.wlSent),
      }, label);
      li.wlIndex = i;
      return li;
    }) : [h('li', { class: 'wl-ms-note' }, 'No results')]));
    const active = menu.querySelector('.wl-active');
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView?.({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = () => {
    if (input.disabled || !menu.hidden) return;
    menu.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    el.wlTyped = false;
    el.wlActive = -1;
    draw();
  };
  const close = () => {
    menu.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    el.wlTyped = false;
    input.value = selectShown({ ...propsOf(el), value: el.wlSent });
  };
  const pick = (index) => {
    const changed = index !== el.wlSent;
    el.wlSent = index;
    close();
    clear.hidden = !(propsOf(el).clearable && index !== null);
    if (changed) ctx.change(propsOf(el), index, el);
  };
  box.addEventListener('mousedown', (event) => {
    if (event.target.closest('button')) return;
    event.preventDefault();
    if (document.activeElement !== input) input.focus();
    else if (menu.hidden) open();
  });
  input.addEventListener('focus', open);
  input.addEventListener('blur', close);
  input.addEventListener('input', () => {
    el.wlTyped = true;
    el.wlActive = 0;
    if (menu.hidden) {
      menu.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    draw();
  });
  menu.addEventListener('mousedown', (event) => event.preventDefault()); // keep the focus
  menu.addEventListener('click', (event) => {
    const row = event.target.closest('li[role=option]');
    if (row) pick(row.wlIndex);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (menu.hidden) open();
      const n = rowsOf().length;
      if (!n) return;
      el.wlActive = event.key === 'ArrowDown' ? (el.wlActive + 1) % n : (el.wlActive - 1 + n) % n;
      draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (menu.hidden) {
        const current = propsOf(el);
        if (current.form_id) ctx.enterInForm(current.form_id, el);
        return;
      }
      const rows = rowsOf();
      const row = rows[el.wlActive] ?? (el.wlTyped ? rows[0] : null);
      if (row) pick(row.wlIndex);
      else close();
    } else if (event.key === 'Escape') {
      if (!menu.hidden) {
        event.stopPropagation();
        close();
      }
    }
  });
  clear.addEventListener('mousedown', (event) => event.preventDefault());
  clear.addEventListener('click', () => pick(null));
}

export const selectbox = {
  create(props, ctx) {
    const id = uid('wl-select');
    const el = h('div', { testid: 'stSelectbox', class: 'stSelectbox wl-widget' },
      widgetLabel(props, id), h('div', { class: 'wl-field' }));
    el.wlId = id;
    el.wlCtx = ctx;
    selectbox.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const options = Array.isArray(props.options) ? props.options : [];
    if (!el.querySelector('.wl-field').firstChild || Boolean(props.accept_new_options) !== Boolean(old.accept_new_options)) {
      buildSelectField(el, props, el.wlCtx);
      old = {};
    }
    el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    el.style.maxWidth = typeof props.width === 'number' ? '100%' : '';
    const changed = JSON.stringify(options) !== JSON.stringify(old.options) || props.placeholder !== old.placeholder || props.clearable !== old.clearable;
    if (props.accept_new_options) {
      const input = el.querySelector('input');
      if (changed) el.querySelector('datalist').replaceChildren(...options.map((o) => h('option', { value: String(o) })));
      input.placeholder = props.placeholder || '';
      if (changed || JSON.stringify(props.value) !== JSON.stringify(old.value)) {
        input.value = selectShown(props);
        el.wlSent = props.value ?? null;
      }
      input.disabled = Boolean(props.disabled);
      return;
    }
    const input = el.querySelector('.wl-select-combo');
    const menu = el.querySelector('.wl-ms-menu');
    if (changed || props.value !== old.value) el.wlSent = typeof props.value === 'number' ? props.value : null;
    input.placeholder = props.placeholder || 'Choose an option';
    if (menu.hidden) input.value = selectShown({ ...props, value: el.wlSent });
    input.disabled = Boolean(props.disabled);
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
    el.querySelector('.wl-ms-clear').hidden = !(props.clearable && el.wlSent !== null);
  },
};

// ---- radio ---------------------------------------------------------------------------------
// Option labels and captions are markdown (sanitised); index=None leaves every option off.

export const radio = {
  create(props, ctx) {
    const labelId = uid('wl-radio-label');
    const label = h('div', { testid: 'stWidgetLabel', class: 'wl-label', id: labelId });
    fillLabel(label, props);
    const group = h('div', { testid: 'stRadioGroup', class: 'wl-radio-group', role: 'radiogroup', 'aria-labelledby': labelId });
    const el = h('div', { testid: 'stRadio', class: 'stRadio wl-widget' }, label, group);
    el.wlName = uid('wl-radio');
    group.addEventListener('change', (event) => {
      if (event.target.checked) ctx.change(propsOf(el), Number(event.target.value), el);
    });
    radio.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const label = el.querySelector(':scope > .wl-label');
    if (props.label !== old.label || props.help !== old.help || props.label_visibility !== old.label_visibility) fillLabel(label, props);
    const group = el.querySelector('.wl-radio-group');
    group.classList.toggle('wl-horizontal', Boolean(props.horizontal));
    const options = Array.isArray(props.options) ? props.options : [];
    const captions = Array.isArray(props.captions) ? props.captions : [];
    if (JSON.stringify(options) !== JSON.stringify(old.options) || JSON.stringify(captions) !== JSON.stringify(old.captions ?? [])) {
      group.replaceChildren(...options.map((o, i) => {
        const text = h('span', { class: 'wl-radio-text' });
        renderMarkdown(text, String(o), { inline: true });
        const body = h('span', { class: 'wl-radio-body' }, text);
        if (captions[i]) {
          const caption = h('span', { testid: 'stCaptionContainer', class: 'wl-radio-caption' });
          renderMarkdown(caption, String(captions[i]), { inline: true });
          body.append(caption);
        }
        return h('label', { testid: 'stRadioOption', class: 'wl-radio-option' },
          h('input', { type: 'radio', name: el.wlName, value: String(i) }), body);
      }));
      old = { ...old, value: Symbol('force') };
    }
    const inputs = group.querySelectorAll('input');
    if (props.value !== old.value) inputs.forEach((input, i) => { input.checked = i === props.value; });
    inputs.forEach((input) => { input.disabled = Boolean(props.disabled); });
    el.classList.toggle('wl-disabled', Boolean(props.disabled));
  },
};

// ---- slider ----------------------------------------------------------------------------------

function sliderValues(props) {
  return props.is_range ? (Array.isArray(props.value) ? props.value : [props.min_value, props.max_value]) : [props.value];
}

export const slider = {
  create(props, ctx) {
    const id = uid('wl-slider');
    const el = sliderFrame(props, id, '');
    const track = el.querySelector('.wl-slider-track');
    const read = () => [...track.querySelectorAll('input')].map((i) => {
      const current = propsOf(el);
      return current.is_int ? Math.round(Number(i.value)) : Number(i.value);
    });
    track.addEventListener('input', (event) => {
      const values = read();
      const current = propsOf(el);
      if (current.is_range && values[0] > values[1]) {
        // keep the thumbs ordered: the one being dragged stops at the other
        const inputs = track.querySelectorAll('input');
        if (event.target === inputs[0]) inputs[0].value = values[1];
        else inputs[1].value = values[0];
      }
      showValues(el, read(), current);
    });
    track.addEventListener('change', () => {
      const current = propsOf(el);
      const values = read();
      ctx.change(current, current.is_range ? values : values[0], el);
    });
    slider.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    if (ensureThumbs(el, props)) old = {};
    const inputs = el.querySelectorAll('.wl-slider-track input');
    inputs.forEach((input) => {
      input.min = String(props.min_value);
      input.max = String(props.max_value);
      input.step = String(props.step ?? 1);
      input.disabled = Boolean(props.disabled);
    });
    if (JSON.stringify(props.value) !== JSON.stringify(old.value) || props.min_value !== old.min_value || props.max_value !== old.max_value) {
      sliderValues(props).forEach((v, i) => { if (inputs[i]) inputs[i].value = String(v); });
    }
    showBounds(el, sliderText(props.min_value, props), sliderText(props.max_value, props));
    showValues(el, sliderValues(props), props);
  },
};

/** A slider value as text: numbers through printf formats, dates/times (props.dtype) through
 * moment-style ones; the page holds dates and times as milliseconds. */
function sliderText(value, props) {
  return props.dtype ? formatTemporal(value, props.format) : formatNumber(value, props.format, props.is_int);
}

function showValues(el, values, props) {
  el.querySelectorAll('.wl-slider-track input').forEach((input, i) => {
    if (props.dtype && values[i] !== undefined) input.setAttribute('aria-valuetext', sliderText(values[i], props));
    else input.removeAttribute('aria-valuetext');
  });
  const span = Number(props.max_value) - Number(props.min_value);
  placeThumbs(el, values.map((v) => (span > 0 ? (Number(v) - Number(props.min_value)) / span : 0)),
    values.map((v) => sliderText(v, props)));
}

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = {
  checkbox, toggle: checkbox, text_input, text_area, number_input, selectbox, radio, slider,
};
