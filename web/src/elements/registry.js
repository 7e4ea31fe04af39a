// kind -> renderer. Adding an element means one module and one line here. An unknown kind
// renders a visible error box, never nothing.
import { h } from '../dom/h.js';
import { button } from './button.js';
import * as feedback from './feedback.js';
import * as inputs from './inputs.js';
import * as layout from './layout.js';
import * as text from './text.js';

const RENDERERS = {
  // blocks
  vertical: layout.vertical,
  horizontal: layout.horizontal,
  column: layout.column,
  form: layout.form,
  expander: layout.expander,
  tabs: layout.tabs,
  tab: layout.tab,
  dialog: layout.dialog,
  // elements
  markdown: text.markdown,
  heading: text.heading,
  text: text.text,
  code: text.code,
  json: text.json,
  alert: feedback.alert,
  exception: feedback.exception,
  spinner: feedback.spinner,
  empty: feedback.empty,
  toast: feedback.toast,
  balloons: feedback.balloons,
  snow: feedback.snow,
  button,
  checkbox: inputs.checkbox,
  toggle: inputs.checkbox,
  text_input: inputs.text_input,
  text_area: inputs.text_area,
  number_input: inputs.number_input,
  selectbox: inputs.selectbox,
  radio: inputs.radio,
  slider: inputs.slider,
};

function unknown(kind) {
  return {
    create: () => h('div', { testid: 'stUnknownElement', class: 'wl-unknown', role: 'alert' },
      `wasmlit cannot render elements of kind "${kind}" yet.`),
    update() {},
  };
}

/** @returns {{get(kind: string): import('../dom/patch.js').Renderer}} */
export function createRegistry(extra = {}) {
  const table = { ...RENDERERS, ...extra };
  const unknowns = new Map();
  return {
    get(kind) {
      if (Object.hasOwn(table, kind)) return table[kind];
      if (!unknowns.has(kind)) {
        console.error(`wasmlit: unknown element kind ${JSON.stringify(kind)}`);
        unknowns.set(kind, unknown(kind));
      }
      return unknowns.get(kind);
    },
    has: (kind) => Object.hasOwn(table, kind),
  };
}
