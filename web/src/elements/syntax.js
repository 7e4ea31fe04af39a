// Code in st.code and in markdown's fenced blocks: one span.wl-line per line (so line numbers
// and wrapping work), highlighted by highlight.js. The highlighter (highlighter.js, its core
// and each language) is a separate chunk, fetched the first time a page shows code in a
// language: until then, and for unknown languages, the code shows as plain text.
import { h } from '../dom/h.js';

const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'none', 'log']);

/** @type {typeof import('./highlighter.js') | null} */
let highlighter = null;
let loading = null;

/**
 * [text, class|null] tokens as DOM lines.
 * @param {Array<[string, string|null]>} tokens
 * @returns {DocumentFragment}
 */
export function toLines(tokens) {
  const frag = document.createDocumentFragment();
  let line = h('span', { class: 'wl-line' });
  for (const [text, cls] of tokens) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        frag.append(line, '\n');
        line = h('span', { class: 'wl-line' });
      }
      if (part) line.append(cls ? h('span', { class: cls }, part) : part);
    });
  }
  frag.append(line);
  return frag;
}

/**
 * Fill `code` with `text`, highlighted as `language` (now if the highlighter and that language
 * are loaded, else once they are).
 * @param {HTMLElement} code a <code> element
 * @param {string} text
 * @param {string|null|undefined} language
 */
export function highlightInto(code, text, language) {
  const lang = String(language ?? '').trim().toLowerCase();
  if (highlighter?.isReady(lang)) {
    code.replaceChildren(toLines(highlighter.tokens(text, lang)));
    return;
  }
  code.replaceChildren(toLines([[text, null]]));
  if (PLAIN.has(lang)) return;
  loading ??= import('./highlighter.js');
  loading
    .then(async (mod) => {
      highlighter = mod;
      if (!(await mod.load(lang))) return;
      // Skip a block that was refilled meanwhile.
      if (code.textContent === text) code.replaceChildren(toLines(mod.tokens(text, lang)));
    })
    .catch((err) => console.error('wasmlit: cannot load the code highlighter', err));
}
