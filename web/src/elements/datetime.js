// Date and time widgets: date_input, time_input. Mirrors py/wasmlit/elements/datetime_inputs.py.
// Values cross the wire as ISO text: "2024-01-31" (a range is a list of 0-2 of them) and
// "HH:MM" / "HH:MM:SS". Each widget is a text field showing the value in its `format`, committed
// on Enter or blur; a calendar button opens the browser's date picker.
import { h, uid } from '../dom/h.js';
import { commitOnEnterAndBlur, refreshLabel, widgetLabel } from './label.js';
import { glyph } from './icons.js';

const propsOf = (el) => el.wlProps;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Format a UTC timestamp with moment.js-style tokens (YYYY MM DD HH mm ss A ...), as Streamlit's
 * date/time sliders do. Text in [brackets] is kept as is.
 * @param {number} ms milliseconds since 1970-01-01 (wall-clock time, read as UTC)
 * @param {string} format
 */
export function formatTemporal(ms, format) {
  const d = new Date(Number(ms));
  if (Number.isNaN(d.getTime())) return '';
  const hours = d.getUTCHours();
  const tokens = {
    YYYY: () => pad(d.getUTCFullYear(), 4), YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()], MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1), M: () => String(d.getUTCMonth() + 1),
    DD: () => pad(d.getUTCDate()), D: () => String(d.getUTCDate()),
    dddd: () => DAYS[d.getUTCDay()], ddd: () => DAYS[d.getUTCDay()].slice(0, 3),
    HH: () => pad(hours), H: () => String(hours),
    hh: () => pad(hours % 12 || 12), h: () => String(hours % 12 || 12),
    mm: () => pad(d.getUTCMinutes()), m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()), s: () => String(d.getUTCSeconds()),
    A: () => (hours < 12 ? 'AM' : 'PM'), a: () => (hours < 12 ? 'am' : 'pm'),
  };
  return String(format).replace(/\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|A|a/g,
    (tok, literal) => (literal !== undefined ? literal : tokens[tok]()));
}

// ---- date_input -------------------------------------------------------------------------------

const RANGE_SEP = ' – ';

/** "2024-01-31" -> text in the widget's format (YYYY/MM/DD, DD.MM.YYYY, ...). */
export function showDate(iso, format) {
  const [y, m, d] = String(iso).split('-');
  return format.replace('YYYY', y).replace('MM', m).replace('DD', d);
}

/** Text typed in the widget's format -> "YYYY-MM-DD", or undefined when it is no date. */
export function readDate(text, format) {
  const sep = (/[/.-]/.exec(format) ?? ['/'])[0];
  const order = format.split(sep);
  const parts = String(text).trim().split(/[/.\s-]+/);
  if (parts.length !== 3 || order.length !== 3) return undefined;
  const got = {};
  order.forEach((name, i) => { got[name] = parts[i]; });
  const y = Number(got.YYYY), m = Number(got.MM), d = Number(got.DD);
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || y > 9999) return undefined;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function dateText(props) {
  const v = props.value;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => showDate(x, props.format)).join(RANGE_SEP);
  return showDate(v, props.format);
}

/** What the field holds: null (empty), a list (range) or one ISO date; undefined if invalid. */
function readField(text, props) {
  const trimmed = text.trim();
  if (trimmed === '') return props.is_range ? [] : null;
  const pieces = props.is_range ? trimmed.split(/\s*[–—]\s*|\s+-\s+|\s+to\s+/).filter(Boolean) : [trimmed];
  if (pieces.length > (props.is_range ? 2 : 1)) return undefined;
  const dates = pieces.map((p) => readDate(p, props.format));
  if (dates.some((d) => d === undefined || d < props.min_value || d > props.max_value)) return undefined;
  if (props.is_range) return dates.length === 2 && dates[1] < dates[0] ? [dates[1], dates[0]] : dates;
  return dates[0];
}

export const date_input = {
  create(props, ctx) {
    const id = uid('wl-date');
    const field = h('input', { id, type: 'text', class: 'wl-input', autocomplete: 'off', testid: 'stDateInputField' });
    const picker = h('input', { type: 'date', class: 'wl-date-picker', tabindex: '-1', 'aria-hidden': 'true' });
    const open = h('button', { type: 'button', class: 'wl-date-open', testid: 'stDateInputCalendarButton', 'aria-label': 'Open calendar', tabindex: '-1' }, glyph('calendar'));
    const el = h('div', { testid: 'stDateInput', class: 'stDateInput wl-widget' },
      widgetLabel(props, id), h('div', { class: 'wl-field wl-date-field' }, field, open, picker));
    const commit = () => {
      const current = propsOf(el);
      const value = readField(field.value, current);
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      if (value === undefined || (empty && current.required)) {
        field.value = dateText({ ...current, value: el.wlSent });
        el.classList.add('wl-invalid');
        return;
      }
      el.classList.remove('wl-invalid');
      field.value = dateText({ ...current, value });
      if (JSON.stringify(value) === JSON.stringify(el.wlSent)) return;
      el.wlSent = value;
      ctx.change(current, value, el);
    };
    commitOnEnterAndBlur(field, el, ctx, commit);
    field.addEventListener('input', () => el.classList.remove('wl-invalid'));
    open.addEventListener('click', () => {
      const current = propsOf(el);
      picker.min = current.min_value;
      picker.max = current.max_value;
      const v = el.wlSent;
      picker.value = (Array.isArray(v) ? v[v.length - 1] : v) ?? '';
      try { picker.showPicker(); } catch { picker.focus(); }
    });
    picker.addEventListener('change', () => {
      if (!picker.value) return;
      const current = propsOf(el);
      const chosen = showDate(picker.value, current.format);
      if (current.is_range) {
        // First pick starts a range, the second one ends it.
        const v = Array.isArray(el.wlSent) ? el.wlSent : [];
        field.value = v.length === 1 ? `${showDate(v[0], current.format)}${RANGE_SEP}${chosen}` : chosen;
      } else {
        field.value = chosen;
      }
      commit();
    });
    el.wlProps = props;
    date_input.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const field = el.querySelector('input[type=text]');
    if (JSON.stringify(props.value) !== JSON.stringify(old.value) || props.format !== old.format) {
      field.value = dateText(props);
      el.wlSent = props.value ?? (props.is_range ? [] : null);
    }
    field.placeholder = props.is_range ? `${props.format}${RANGE_SEP}${props.format}` : props.format;
    field.disabled = Boolean(props.disabled);
    field.required = Boolean(props.required);
    el.querySelector('.wl-date-open').disabled = Boolean(props.disabled);
  },
};

// ---- time_input -------------------------------------------------------------------------------

/** "HH:MM[:SS]" -> display text for the widget's format. */
export function showTime(value, format) {
  if (value === null || value === undefined || value === '') return '';
  const [hh, mm, ss] = String(value).split(':').map(Number);
  const secs = ss ? `:${pad(ss)}` : '';
  if (format === '12h') return `${hh % 12 || 12}:${pad(mm)}${secs} ${hh < 12 ? 'AM' : 'PM'}`;
  return `${pad(hh)}:${pad(mm)}${secs}`;
}

/** Typed text ("8:30", "08:30:15", "8:30 pm", "0830") -> "HH:MM[:SS]", or undefined. */
export function readTime(text) {
  const m = /^\s*(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*([aApP]\.?[mM]?\.?)?\s*$/.exec(String(text));
  if (!m) return undefined;
  let hh = Number(m[1]);
  const mm = Number(m[2] ?? 0), ss = Number(m[3] ?? 0);
  if (m[4]) {
    if (hh < 1 || hh > 12) return undefined;
    hh = (hh % 12) + (m[4][0].toLowerCase() === 'p' ? 12 : 0);
  }
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return ss ? `${pad(hh)}:${pad(mm)}:${pad(ss)}` : `${pad(hh)}:${pad(mm)}`;
}

function timeOptions(props) {
  const step = Number(props.step) || 900;
  if (86400 / step > 300) return [];
  const out = [];
  for (let s = 0; s < 86400; s += step) {
    const v = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}${s % 60 ? `:${pad(s % 60)}` : ''}`;
    out.push(showTime(v, props.format));
  }
  return out;
}

export const time_input = {
  create(props, ctx) {
    const id = uid('wl-time');
    const listId = uid('wl-time-options');
    const field = h('input', { id, type: 'text', class: 'wl-input', autocomplete: 'off', list: listId, testid: 'stTimeInputField' });
    const list = h('datalist', { id: listId });
    const el = h('div', { testid: 'stTimeInput', class: 'stTimeInput wl-widget' },
      widgetLabel(props, id), h('div', { class: 'wl-field' }, field, list));
    const commit = () => {
      const current = propsOf(el);
      const text = field.value.trim();
      let value = text === '' ? null : readTime(text);
      if (value === undefined || (value === null && current.required)) {
        value = el.wlSent;
        el.classList.add('wl-invalid');
      } else {
        el.classList.remove('wl-invalid');
      }
      field.value = showTime(value, current.format);
      if (value === el.wlSent) return;
      el.wlSent = value;
      ctx.change(current, value, el);
    };
    commitOnEnterAndBlur(field, el, ctx, commit);
    // Picking from the list fills the field in one go: commit it at once.
    field.addEventListener('input', (event) => {
      if (event.inputType === 'insertReplacementText') commit();
    });
    el.wlProps = props;
    time_input.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const field = el.querySelector('input');
    if (props.value !== old.value || props.format !== old.format) {
      field.value = showTime(props.value, props.format);
      el.wlSent = props.value ?? null;
    }
    if (props.step !== old.step || props.format !== old.format) {
      el.querySelector('datalist').replaceChildren(...timeOptions(props).map((t) => h('option', { value: t })));
    }
    field.placeholder = props.format === '12h' ? 'h:mm AM' : 'HH:MM';
    field.disabled = Boolean(props.disabled);
  },
};

// ---- datetime_input ---------------------------------------------------------------------------

/** "2024-01-31T08:45" -> "2024/01/31 08:45" (the date part in the widget's format). */
export function showDateTime(value, format) {
  if (!value) return '';
  const [day, time] = String(value).split('T');
  return `${showDate(day, format)} ${time.slice(0, 5)}`;
}

/** Typed "date time" in the widget's format -> "YYYY-MM-DDTHH:MM", or undefined. */
export function readDateTime(text, format) {
  const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(String(text));
  if (!m) return undefined;
  const day = readDate(m[1], format);
  const time = readTime(m[2]);
  if (day === undefined || time === undefined) return undefined;
  return `${day}T${time.slice(0, 5)}`;
}

export const datetime_input = {
  create(props, ctx) {
    const id = uid('wl-datetime');
    const field = h('input', { id, type: 'text', class: 'wl-input', autocomplete: 'off', testid: 'stDateTimeInputField' });
    const picker = h('input', { type: 'datetime-local', class: 'wl-date-picker', tabindex: '-1', 'aria-hidden': 'true' });
    const open = h('button', { type: 'button', class: 'wl-date-open', testid: 'stDateTimeInputCalendarButton', 'aria-label': 'Open calendar', tabindex: '-1' }, glyph('calendar'));
    const el = h('div', { testid: 'stDateTimeInput', class: 'stDateTimeInput wl-widget' },
      widgetLabel(props, id), h('div', { class: 'wl-field wl-date-field' }, field, open, picker));
    const commit = () => {
      const current = propsOf(el);
      const text = field.value.trim();
      const value = text === '' ? null : readDateTime(text, current.format);
      const outside = value && (value < current.min_value || value > current.max_value);
      if (value === undefined || outside || (value === null && current.required)) {
        field.value = showDateTime(el.wlSent, current.format);
        el.classList.add('wl-invalid');
        return;
      }
      el.classList.remove('wl-invalid');
      field.value = showDateTime(value, current.format);
      if (value === el.wlSent) return;
      el.wlSent = value;
      ctx.change(current, value, el);
    };
    commitOnEnterAndBlur(field, el, ctx, commit);
    field.addEventListener('input', () => el.classList.remove('wl-invalid'));
    open.addEventListener('click', () => {
      const current = propsOf(el);
      picker.min = current.min_value;
      picker.max = current.max_value;
      picker.step = String(current.step ?? 900);
      picker.value = el.wlSent ?? '';
      try { picker.showPicker(); } catch { picker.focus(); }
    });
    picker.addEventListener('change', () => {
      if (!picker.value) return;
      field.value = showDateTime(picker.value.slice(0, 16), propsOf(el).format);
      commit();
    });
    el.wlProps = props;
    datetime_input.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    refreshLabel(el, props, old);
    const field = el.querySelector('input[type=text]');
    if (props.value !== old.value || props.format !== old.format) {
      field.value = showDateTime(props.value, props.format);
      el.wlSent = props.value ?? null;
    }
    field.placeholder = `${props.format} HH:MM`;
    field.disabled = Boolean(props.disabled);
    field.required = Boolean(props.required);
    el.querySelector('.wl-date-open').disabled = Boolean(props.disabled);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { date_input, time_input, datetime_input };
