// Text elements: markdown (incl. caption, divider), heading, text, code, json.
// Mirrors py/wasmlit/elements/text.py.
import { h } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';

/** A small "?" with the help text as its tooltip, as Streamlit shows next to elements. */
export function helpIcon(help) {
  if (!help) return null;
  return h('span', { class: 'wl-help', testid: 'stTooltipIcon', title: String(help), 'aria-label': String(help) }, '?');
}

function fillMarkdown(el, props) {
  // One replaceChildren (and no className write when it is unchanged): a rerun that changes
  // one text is one DOM mutation.
  const cls = `stMarkdown wl-markdown wl-${props.variant || 'markdown'}`;
  if (el.className !== cls) el.className = cls;
  if (props.variant === 'divider') {
    el.replaceChildren(h('hr', { testid: 'stDivider' }));
    return;
  }
  const testid = props.variant === 'caption' ? 'stCaptionContainer' : 'stMarkdownContainer';
  const box = h('div', { testid, class: testid === 'stCaptionContainer' ? 'wl-caption' : '' });
  renderMarkdown(box, props.body, { allowHtml: Boolean(props.unsafe_allow_html) });
  const icon = helpIcon(props.help);
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

function slug(text) {
  return String(text).toLowerCase().replace(/<[^>]*>/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function fillHeading(el, props) {
  const tag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(props.tag) ? props.tag : 'h2';
  const head = h(tag, {});
  renderMarkdown(head, props.body, { inline: true });
  if (props.anchor !== false) head.id = typeof props.anchor === 'string' && props.anchor ? props.anchor : slug(head.textContent);
  const icon = helpIcon(props.help);
  if (icon) head.append(' ', icon);
  const box = h('div', { testid: 'stMarkdownContainer' }, head);
  el.replaceChildren(box);
  if (props.divider) {
    const color = typeof props.divider === 'string' ? props.divider : 'rainbow';
    el.append(h('hr', { class: `wl-heading-divider wl-divider-${color}` }));
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
    const icon = helpIcon(props.help);
    if (icon) el.append(icon);
  },
};

function fillCode(el, props) {
  const body = String(props.body ?? '');
  const code = h('code', { class: props.language ? `language-${props.language}` : '' }, body);
  const copy = h('button', {
    class: 'wl-copy', type: 'button', title: 'Copy to clipboard', 'aria-label': 'Copy to clipboard',
    onclick: () => navigator.clipboard?.writeText(body).catch(() => {}),
  }, '⧉');
  const pre = h('pre', { class: props.line_numbers ? 'wl-line-numbers' : '' }, code);
  el.replaceChildren(pre, copy);
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

function fillJson(el, props) {
  let pretty = String(props.body ?? '');
  try {
    pretty = JSON.stringify(JSON.parse(pretty), null, 2);
  } catch {
    // not JSON: show it as it is
  }
  el.replaceChildren(h('pre', {}, pretty));
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

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { markdown, heading, text, code, json };
