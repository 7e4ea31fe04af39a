// kind -> renderer. Adding an element means a renderer in its family's module and one entry
// in that module's `renderers`. An unknown kind
// renders a visible error box, never nothing.
import { h } from '../dom/h.js';
import * as blocks from './blocks.js';
import * as button from './button.js';
import * as capture from './capture.js';
import * as charts from './charts.js';
import * as chat from './chat.js';
import * as choices from './choices.js';
import * as components from './components.js';
import * as data from './data.js';
import * as datetime from './datetime.js';
import * as diagrams from './diagrams.js';
import * as editor from './editor.js';
import * as embed from './embed.js';
import * as feedback from './feedback.js';
import * as files from './files.js';
import * as inputs from './inputs.js';
import * as layout from './layout.js';
import * as maps from './maps.js';
import * as media from './media.js';
import * as pagelink from './pagelink.js';
import * as pickers from './pickers.js';
import * as plotly from './plotly.js';
import * as text from './text.js';
import * as write from './write.js';

// Each family module exports `renderers` ({kind: renderer}); a kind belongs to one family.
const FAMILIES = [layout, text, feedback, button, inputs, choices, datetime, files, chat, data,
  editor, charts, plotly, maps, media, write, embed, pagelink, components, capture, pickers,
  blocks, diagrams];
const RENDERERS = Object.assign({}, ...FAMILIES.map((family) => family.renderers));

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
