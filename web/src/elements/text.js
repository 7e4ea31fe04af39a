// Text elements: markdown (incl. caption, latex, divider), heading, text, code, json, html.
// Mirrors py/wasmlit/elements/text.py.
import DOMPurify from 'dompurify';
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { renderMarkdown, slugify } from './markdown.js';
import { highlightInto } from './syntax.js';
import { helpIcon } from './tooltip.js';

/** width ("stretch" | "content" | "auto" | px) and text_alignment as inline style. */
function applyLayout(el, props) {
  const w = props.width;
  el.style.width = typeof w === 'number' ? `${w}px` : w === 'content' ? 'fit-content' : '';
  el.style.maxWidth = typeof w === 'number' || w === 'content' ? '100%' : '';
  el.style.textAlign = props.text_alignment && props.text_alignment !== 'left' ? props.text_alignment : '';
  for (const a of ['center', 'right', 'justify']) el.classList.toggle(`wl-align-${a}`, props.text_alignment === a);
}

/** Whether an element shows anything besides <style>/<script>/<link> tags. */
function hasVisible(el) {
  return [...el.childNodes].some((n) => (n.nodeType === 1 ? !['STYLE', 'SCRIPT', 'LINK'].includes(n.tagName) : n.textContent.trim()));
}

function fillMarkdown(el, props) {
  // The new content goes in with one replaceChildren, and classes and styles are only
  // toggled (a no-op when unchanged): a rerun that changes one text is one DOM mutation.
  const variant = props.variant || 'markdown';
  // (classList.add/remove write the attribute even when nothing changes; toggle with a
  // force argument does not)
  el.classList.toggle('stMarkdown', true);
  el.classList.toggle('wl-markdown', true);
  if (el.wlVariant !== variant) { // markdown, caption, divider, latex...
    if (el.wlVariant) el.classList.toggle(`wl-${el.wlVariant}`, false);
    el.classList.toggle(`wl-${variant}`, true);
    el.wlVariant = variant;
  }
  applyLayout(el, props);
  if (variant === 'divider') {
    el.replaceChildren(h('hr', { testid: 'stDivider' }));
    return;
  }
  const testid = variant === 'caption' ? 'stCaptionContainer' : 'stMarkdownContainer';
  const box = h('div', { testid, class: variant === 'caption' ? 'wl-caption' : '' });
  const oneLine = props.wrap === false;
  renderMarkdown(box, props.body, {
    allowHtml: Boolean(props.unsafe_allow_html) && !oneLine,
    inline: oneLine,
    anchors: props.anchors !== false,
  });
  if (oneLine) {
    box.classList.add('wl-nowrap');
    box.title = box.textContent;
  }
  const icon = helpIcon(props.help);
  el.classList.toggle('wl-has-help', Boolean(icon));
  // `st.markdown("<style>..</style>", unsafe_allow_html=True)`: styles apply, no empty gap.
  el.classList.toggle('wl-html-invisible', Boolean(props.unsafe_allow_html) && !hasVisible(box));
  if (icon) el.replaceChildren(box, icon);
  else el.replaceChildren(box);
}

export const markdown = {
  create(props) {
    const el = h('div', { testid: 'stMarkdown' });
    fillMarkdown(el, props);
    return el;
  },
  update(el, props) {
    fillMarkdown(el, props);
  },
};

const LINK_SVG = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

function fillHeading(el, props) {
  const tag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(props.tag) ? props.tag : 'h2';
  applyLayout(el, props);
  let body = String(props.body ?? '');
  if (props.wrap === false) body = body.split('\n')[0];
  const text = h('span', { class: 'wl-heading-text' });
  renderMarkdown(text, body, { inline: true });
  if (props.wrap === false) {
    text.classList.add('wl-nowrap');
    text.title = text.textContent;
  }
  const head = h(tag, {}, renderIcon(props.icon), text);
  const actions = h('span', { testid: 'stHeaderActionElements', class: 'wl-heading-actions' });
  const icon = helpIcon(props.help);
  if (icon) actions.append(icon);
  if (props.anchor !== false) {
    const id = typeof props.anchor === 'string' && props.anchor ? props.anchor : slugify(text.textContent);
    if (id) {
      head.id = id;
      const link = h('a', { class: 'wl-anchor', href: `#${encodeURIComponent(id)}`, 'aria-label': 'Link to this heading' });
      link.innerHTML = LINK_SVG;
      actions.append(link);
    }
  }
  // The actions sit beside the heading, not in it: its accessible name is just its text.
  const row = h('div', { testid: 'stHeadingWithActionElements', class: 'wl-heading-row' }, head,
    actions.childNodes.length ? actions : null);
  el.replaceChildren(h('div', { testid: 'stMarkdownContainer' }, row));
  if (props.divider) {
    const color = typeof props.divider === 'string' ? props.divider : 'rainbow';
    el.append(h('hr', { testid: 'stHeadingDivider', class: `wl-heading-divider wl-divider-${color}` }));
  }
}

export const heading = {
  create(props) {
    const el = h('div', { testid: 'stHeading', class: 'stHeading wl-heading' });
    fillHeading(el, props);
    return el;
  },
  update(el, props) {
    fillHeading(el, props);
  },
};

export const text = {
  create(props) {
    const el = h('div', { testid: 'stText', class: 'stText wl-text' });
    text.update(el, props);
    return el;
  },
  update(el, props) {
    el.textContent = String(props.body ?? '');
    el.classList.toggle('wl-nowrap', props.wrap === false);
    applyLayout(el, { ...props, width: props.width ?? 'content' });
    if (props.wrap === false) el.title = el.textContent;
    else el.removeAttribute('title');
    const icon = helpIcon(props.help);
    if (icon) el.append(icon);
  },
};

const COPY_SVG = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="9" y="9" width="13" height="13" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/></svg>';
const CHECK_SVG = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M20 6 9 17l-5-5"/></svg>';

async function copyText(body) {
  try {
    await navigator.clipboard.writeText(body);
    return true;
  } catch {
    // No clipboard permission (e.g. an insecure origin): fall back to a selection copy.
    const area = h('textarea', { style: 'position:fixed;opacity:0', readonly: true });
    area.value = body;
    document.body.append(area);
    area.select();
    const ok = document.execCommand?.('copy') ?? false;
    area.remove();
    return ok;
  }
}

function fillCode(el, props) {
  const body = String(props.body ?? '');
  const language = props.language || null;
  const code = h('code', { class: language ? `language-${language}` : '' });
  highlightInto(code, body, language);
  const pre = h('pre', { class: [props.line_numbers && 'wl-line-numbers', props.wrap_lines && 'wl-wrap'].filter(Boolean).join(' ') }, code);
  const copy = h('button', {
    class: 'wl-copy', type: 'button', title: 'Copy to clipboard', 'aria-label': 'Copy to clipboard', testid: 'stCodeCopyButton',
    onclick: async () => {
      if (await copyText(body)) {
        copy.innerHTML = CHECK_SVG;
        copy.classList.add('wl-copied');
        setTimeout(() => { copy.innerHTML = COPY_SVG; copy.classList.remove('wl-copied'); }, 1500);
      }
    },
  });
  copy.innerHTML = COPY_SVG;
  el.replaceChildren(pre, copy);
  const height = props.height;
  pre.style.maxHeight = typeof height === 'number' ? `${height}px` : '';
  el.classList.toggle('wl-stretch-height', height === 'stretch');
  applyLayout(el, { width: props.width });
}

export const code = {
  create(props) {
    const el = h('div', { testid: 'stCode', class: 'stCode wl-code' });
    fillCode(el, props);
    return el;
  },
  update(el, props) {
    fillCode(el, props);
  },
};

// ---- st.json: a collapsible tree --------------------------------------------------------------

const MARK = '__wasmlit_non_finite__';
const NON_FINITE = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** JSON.parse, also accepting Python's NaN / Infinity tokens. */
function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g, (t) => (t[0] === '"' ? t : `{"${MARK}":"${t}"}`));
    try {
      const revive = (k, v) => (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && MARK in v ? NON_FINITE[v[MARK]] : v);
      return { ok: true, value: JSON.parse(marked, revive) };
    } catch (err) {
      return { ok: false, error: err };
    }
  }
}

function scalar(value) {
  if (value === null) return h('span', { class: 'wl-json-null' }, 'null');
  if (typeof value === 'string') return h('span', { class: 'wl-json-string' }, JSON.stringify(value));
  if (typeof value === 'number') return h('span', { class: 'wl-json-number' }, Number.isFinite(value) ? String(value) : String(value));
  if (typeof value === 'boolean') return h('span', { class: 'wl-json-boolean' }, String(value));
  return h('span', {}, String(value));
}

function jsonNode(key, value, depth, open) {
  const keyEl = key === null ? null : h('span', { class: 'wl-json-key' }, typeof key === 'number' ? `${key}` : JSON.stringify(key));
  // as Streamlit's viewer: `key:value`, no commas (the spacing is CSS, not text)
  const sep = key === null ? null : h('span', { class: 'wl-json-punct wl-json-colon' }, ':');
  if (value === null || typeof value !== 'object') {
    return h('div', { class: 'wl-json-row' }, keyEl, sep, scalar(value));
  }
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [lb, rb] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    return h('div', { class: 'wl-json-row' }, keyEl, sep, h('span', { class: 'wl-json-punct' }, lb + rb));
  }
  const details = h('details', { class: 'wl-json-node' });
  details.open = open(depth);
  const count = `${entries.length} ${entries.length === 1 ? 'item' : 'items'}`;
  const summary = h('summary', { class: 'wl-json-row' }, keyEl, sep, h('span', { class: 'wl-json-punct' }, lb),
    h('span', { class: 'wl-json-collapsed' }, h('span', { class: 'wl-json-ellipsis' }, '…'), h('span', { class: 'wl-json-punct' }, rb),
      h('span', { class: 'wl-json-count' }, count)));
  const children = h('div', { class: 'wl-json-children' });
  // Children are built when first opened: a huge collapsed value costs nothing.
  const fill = () => {
    if (children.childNodes.length) return;
    entries.forEach(([k, v]) => children.append(jsonNode(k, v, depth + 1, open)));
  };
  if (details.open) fill();
  details.addEventListener('toggle', () => { if (details.open) fill(); });
  details.append(summary, children, h('div', { class: 'wl-json-row wl-json-close' }, h('span', { class: 'wl-json-punct' }, rb)));
  return details;
}

function fillJson(el, props) {
  applyLayout(el, { width: props.width });
  const parsed = parseJson(String(props.body ?? ''));
  if (!parsed.ok) {
    el.replaceChildren(h('div', { class: 'wl-json-error', role: 'alert' }, `Invalid JSON: ${parsed.error.message}`),
      h('pre', {}, String(props.body ?? '')));
    return;
  }
  const depth = props.max_expand_depth;
  const open = typeof depth === 'number' ? (d) => d < depth : () => props.expanded !== false;
  el.replaceChildren(h('div', { class: 'wl-json-tree' }, jsonNode(null, parsed.value, 0, open)));
}

export const json = {
  create(props) {
    const el = h('div', { testid: 'stJson', class: 'stJson wl-json' });
    fillJson(el, props);
    return el;
  },
  update(el, props) {
    fillJson(el, props);
  },
};

// ---- st.html ---------------------------------------------------------------------------------

function fillHtml(el, props) {
  applyLayout(el, { width: props.width });
  const body = String(props.body ?? '');
  if (props.unsafe_allow_javascript) {
    // The script asked for it: insert as is, then recreate <script> tags so that they run.
    el.innerHTML = body;
    for (const old of el.querySelectorAll('script')) {
      const s = document.createElement('script');
      for (const { name, value } of old.attributes) s.setAttribute(name, value);
      s.textContent = old.textContent;
      old.replaceWith(s);
    }
  } else {
    el.innerHTML = DOMPurify.sanitize(body, { FORCE_BODY: true, ADD_ATTR: ['target'] });
  }
  // Only <style> (or nothing visible): take no room on the page; the styles still apply.
  el.classList.toggle('wl-html-invisible', !hasVisible(el));
}

export const html = {
  create(props) {
    const el = h('div', { testid: 'stHtml', class: 'stHtml wl-html' });
    fillHtml(el, props);
    return el;
  },
  update(el, props) {
    fillHtml(el, props);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { markdown, heading, text, code, json, html };
