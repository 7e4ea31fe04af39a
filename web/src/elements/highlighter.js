// highlight.js with its languages registered on first use (each language is its own chunk;
// the list and the aliases come from the package at build time: vite.config.js). Loaded by
// syntax.js only when a page shows code.
import hljs from 'highlight.js/lib/core';
import { ALIASES, LOADERS } from 'virtual:wasmlit-hljs';

const pending = new Map();

// Names apps give st.code that highlight.js does not know as aliases (wasmlit highlighted them
// before it used highlight.js).
const MORE_ALIASES = {
  python3: 'python', py3: 'python', node: 'javascript', mysql: 'sql', sqlite: 'sql', plsql: 'sql',
  tsql: 'sql', vue: 'xml',
};

/** The highlight.js language for a name or alias ("py" -> "python"), or null. */
export function languageOf(lang) {
  const l = String(lang ?? '').toLowerCase();
  if (Object.hasOwn(LOADERS, l)) return l;
  if (Object.hasOwn(ALIASES, l)) return ALIASES[l];
  return Object.hasOwn(MORE_ALIASES, l) ? MORE_ALIASES[l] : null;
}

/** Whether `lang` can be highlighted right now (its grammar is registered). */
export function isReady(lang) {
  const name = languageOf(lang);
  return Boolean(name && hljs.getLanguage(name));
}

/**
 * Register `lang`'s grammar (once). Resolves to true when it can be highlighted, false for an
 * unknown language.
 */
export function load(lang) {
  const name = languageOf(lang);
  if (!name) return Promise.resolve(false);
  if (!pending.has(name)) {
    pending.set(name, LOADERS[name]().then((mod) => {
      hljs.registerLanguage(name, mod.default);
      return true;
    }));
  }
  return pending.get(name);
}

/**
 * `text` as [piece, class|null] tokens; a piece inside nested scopes carries all their classes
 * ("hljs-string hljs-subst"). highlight.js escapes the code in its HTML; it is parsed in an
 * inert <template>, and only text and class names are taken from it.
 * @returns {Array<[string, string|null]>}
 */
export function tokens(text, lang) {
  const { value } = hljs.highlight(text, { language: languageOf(lang), ignoreIllegals: true });
  const template = document.createElement('template');
  template.innerHTML = value;
  const out = [];
  const walk = (node, classes) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push([child.data, classes.length ? classes.join(' ') : null]);
      else if (child.nodeType === 1) walk(child, child.className ? [...classes, ...child.className.split(/\s+/)] : classes);
    }
  };
  walk(template.content, []);
  return out;
}
