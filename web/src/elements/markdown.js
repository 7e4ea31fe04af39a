// Markdown as Streamlit writes it: GitHub-flavoured (tables, task lists, strikethrough, fenced
// code), raw HTML escaped unless the script passed unsafe_allow_html=True, always sanitised by
// DOMPurify, plus Streamlit's directives: :color[text], :color-background[text],
// :color-badge[text], :color[text]{foreground=".." background=".."}, :shimmer[text],
// :small[text], :material/icon_name:, emoji shortcodes, typographic arrows, $inline$ and
// $$display$$ LaTeX, and link anchors on headings.
// KaTeX (math.js), the Material Symbols font (icons.js), the emoji shortcodes (emoji.js) and the
// code highlighter (syntax.js) are separate chunks, loaded only when a rendered text needs them.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { hydrateIcons, materialIconHtml } from './icons.js';
import { highlightInto } from './syntax.js';

const COLORS = ['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'rainbow', 'primary'];
const DIRECTIVES = new Set([
  ...COLORS, ...COLORS.map((c) => `${c}-background`),
  ...COLORS.filter((c) => c !== 'rainbow').map((c) => `${c}-badge`), 'color', 'shimmer', 'small',
]);
const directiveRe = /^:([a-z]+(?:-background|-badge)?)\[((?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])+)\](\{[^}\n]*\})?/;
const materialRe = /^:material\/([a-z0-9_]+):/;
const emojiRe = /^:([a-z0-9_+-]+):/;
const symbolRe = /^(?:<->|<-|->|--(?!-)|>=|<=|~=)/;
const SYMBOLS = { '<->': '↔', '<-': '←', '->': '→', '--': '—', '>=': '≥', '<=': '≤', '~=': '≈' };
// A CSS colour we accept in :color[..]{foreground=".."}: names, hex, rgb(a)/hsl(a) with commas.
const cssColorRe = /^(?:[a-zA-Z]+|#[0-9a-fA-F]{3,8}|(?:rgba?|hsla?)\([\d\s.,%]+\))$/;

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A heading's anchor id, from its text: lower case, words joined by "-". */
export function slugify(text) {
  return String(text).toLowerCase().trim()
    .replace(/[^\p{L}\p{N}\s_-]+/gu, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LINK_SVG = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"/><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

function startOf(re) {
  return (src) => {
    const m = src.match(re);
    return m ? m.index : undefined;
  };
}

const directive = {
  name: 'stDirective',
  level: 'inline',
  start: startOf(/:[a-z]+(?:-background|-badge)?\[/),
  tokenizer(src) {
    const m = directiveRe.exec(src);
    if (!m || !DIRECTIVES.has(m[1])) return undefined;
    if (m[1] !== 'color' && m[3]) return undefined;
    return { type: 'stDirective', raw: m[0], name: m[1], attrs: m[3] ?? '', tokens: this.lexer.inlineTokens(m[2]) };
  },
  renderer(token) {
    const inner = this.parser.parseInline(token.tokens);
    const [color, kind] = token.name.split('-');
    const c = color === 'grey' ? 'gray' : color;
    if (c === 'shimmer') return `<span class="wl-shimmer">${inner}</span>`;
    if (c === 'small') return `<small class="wl-small">${inner}</small>`;
    if (c === 'color') {
      const styles = [];
      for (const [, prop, value] of token.attrs.matchAll(/(foreground|background)\s*=\s*"([^"]*)"/g)) {
        if (cssColorRe.test(value.trim())) styles.push(`${prop === 'foreground' ? 'color' : 'background-color'}:${value.trim()}`);
      }
      return `<span class="wl-color-custom" style="${escapeHtml(styles.join(';'))}">${inner}</span>`;
    }
    if (kind === 'badge') return `<span class="wl-badge wl-badge-${c}" data-testid="stMarkdownBadge">${inner}</span>`;
    return `<span class="wl-${kind === 'background' ? 'bg' : 'color'}-${c}">${inner}</span>`;
  },
};

const material = {
  name: 'stMaterial',
  level: 'inline',
  start: startOf(/:material\//),
  tokenizer(src) {
    const m = materialRe.exec(src);
    return m ? { type: 'stMaterial', raw: m[0], icon: m[1] } : undefined;
  },
  renderer: (token) => materialIconHtml(token.icon),
};

// shortcode -> emoji, once emoji.js has loaded. Before that a possible shortcode renders as a
// placeholder showing the text as typed, which hydrate() resolves when the table arrives.
let EMOJI = null;
let emojiLoading = null;

function loadEmoji() {
  emojiLoading ??= import('./emoji.js').then((mod) => {
    EMOJI = mod.EMOJI;
    return EMOJI;
  });
  return emojiLoading;
}

const emoji = {
  name: 'stEmoji',
  level: 'inline',
  // not glued to a word before it: "a:b:c" and "12:30:45" stay as typed
  start: startOf(/(?<![\p{L}\p{N}]):[a-z0-9_+-]+:/u),
  tokenizer(src) {
    const m = emojiRe.exec(src);
    if (!m) return undefined;
    if (!EMOJI) return { type: 'stEmoji', raw: m[0], pending: m[1] };
    return EMOJI.has(m[1]) ? { type: 'stEmoji', raw: m[0], text: EMOJI.get(m[1]) } : undefined;
  },
  renderer: (token) => (token.pending
    ? `<span class="wl-emoji-pending" data-shortcode="${escapeHtml(token.pending)}">${escapeHtml(token.raw)}</span>`
    : token.text),
};

/** Replace the shortcode placeholders in `el` (unknown names stay as typed). */
function resolveEmoji(el, table) {
  for (const span of el.querySelectorAll('.wl-emoji-pending')) {
    span.replaceWith(table.get(span.dataset.shortcode) ?? span.textContent);
  }
  el.normalize();
}

const symbols = {
  name: 'stSymbol',
  level: 'inline',
  start: startOf(/<->|<-|->|--|>=|<=|~=/),
  tokenizer(src) {
    const m = symbolRe.exec(src);
    return m ? { type: 'stSymbol', raw: m[0], text: SYMBOLS[m[0]] } : undefined;
  },
  renderer: (token) => token.text,
};

function mathHtml(tex, display) {
  const tag = display ? 'div' : 'span';
  return `<${tag} class="wl-math${display ? ' wl-math-display' : ''}" data-tex="${escapeHtml(tex)}">${escapeHtml(tex)}</${tag}>`;
}

const blockMath = {
  name: 'stBlockMath',
  level: 'block',
  start: (src) => {
    const m = src.match(/(?:^|\n)[ \t]*\$\$/);
    return m ? m.index + (m[0].startsWith('\n') ? 1 : 0) : undefined;
  },
  tokenizer(src) {
    const m = /^[ \t]*\$\$[ \t]*\n([\s\S]*?)\n[ \t]*\$\$[ \t]*(?:\n+|$)/.exec(src)
      ?? /^[ \t]*\$\$([^\n]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    return m ? { type: 'stBlockMath', raw: m[0], tex: m[1].trim() } : undefined;
  },
  renderer: (token) => mathHtml(token.tex, true),
};

const inlineMath = {
  name: 'stInlineMath',
  level: 'inline',
  start: startOf(/\$/),
  tokenizer(src) {
    const d = /^\$\$((?:[^$\\]|\\[\s\S])+?)\$\$/.exec(src);
    if (d) return { type: 'stInlineMath', raw: d[0], tex: d[1].trim(), display: true };
    const m = /^\$(?![\s$])((?:[^$\\]|\\[\s\S])*?[^\s\\])\$(?!\d)/.exec(src)
      ?? /^\$([^\s$\\])\$(?!\d)/.exec(src);
    return m ? { type: 'stInlineMath', raw: m[0], tex: m[1], display: false } : undefined;
  },
  renderer: (token) => mathHtml(token.tex, token.display),
};

// Set around each parse (parsing is synchronous): whether headings get link icons.
let withAnchors = true;

function makeMarked(allowHtml) {
  const m = new Marked({ gfm: true, breaks: false });
  m.use({ extensions: [blockMath, inlineMath, material, directive, emoji, symbols] });
  const renderer = {
    heading({ tokens, depth, text }) {
      const inner = this.parser.parseInline(tokens);
      const id = slugify(text.replace(/<[^>]*>/g, ''));
      const link = withAnchors && id
        ? `<a class="wl-anchor" href="#${escapeHtml(id)}" aria-hidden="true" tabindex="-1" target="_self">${LINK_SVG}</a>` : '';
      return `<h${depth} id="${escapeHtml(id)}"><span>${inner}</span>${link}</h${depth}>\n`;
    },
  };
  if (!allowHtml) renderer.html = (token) => escapeHtml(token.text ?? token.raw ?? '');
  m.use({ renderer });
  return m;
}

const safe = makeMarked(false);
const unsafe = makeMarked(true);

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('href') && !node.getAttribute('href').startsWith('#')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

// Labels, captions of widgets, tab names: inline formatting only (Streamlit unwraps the rest).
const INLINE_TAGS = ['a', 'b', 'strong', 'i', 'em', 'del', 's', 'code', 'span', 'small', 'img', 'br',
  'sub', 'sup', 'mark', 'kbd', 'u', 'svg', 'path', 'div'];

/**
 * Markdown to HTML as marked (with our extensions) writes it, not sanitised yet.
 * @param {string} body
 * @param {{allowHtml?: boolean, inline?: boolean, anchors?: boolean}} [opts]
 */
export function parseMarkdown(body, { allowHtml = false, inline = false, anchors = true } = {}) {
  const m = allowHtml ? unsafe : safe;
  withAnchors = anchors;
  try {
    return inline ? m.parseInline(String(body ?? '')) : m.parse(String(body ?? ''));
  } finally {
    withAnchors = true;
  }
}

/**
 * Markdown to sanitised HTML.
 * @param {string} body
 * @param {{allowHtml?: boolean, inline?: boolean, anchors?: boolean}} [opts]
 */
export function markdownToHtml(body, { allowHtml = false, inline = false, anchors = true } = {}) {
  const html = parseMarkdown(body, { allowHtml, inline, anchors });
  const config = { ADD_ATTR: ['target'], FORCE_BODY: allowHtml };
  if (inline) config.ALLOWED_TAGS = INLINE_TAGS;
  return DOMPurify.sanitize(html, config);
}

/**
 * Mermaid fences become diagrams (Streamlit 1.67 draws them with st.mermaid_chart's renderer);
 * the code stays on show until diagrams.js, and Mermaid with it, has loaded.
 */
function drawMermaidFences(fences) {
  import('./diagrams.js').then(({ mermaidFromFence }) => {
    for (const code of fences) {
      const pre = code.parentElement;
      if (pre?.parentNode) pre.replaceWith(mermaidFromFence(code.textContent.replace(/\n$/, '')));
    }
  }).catch((err) => console.error('wasmlit: cannot load Mermaid', err));
}

/** Typeset math, load the icon font and highlight fenced code inside a rendered element. */
export function hydrate(el) {
  const fences = [];
  for (const code of el.querySelectorAll('pre > code[class*="language-"]')) {
    const lang = /language-([\w+-]+)/.exec(code.className)?.[1];
    if (lang?.toLowerCase() === 'mermaid') fences.push(code);
    else highlightInto(code, code.textContent, lang);
  }
  if (fences.length) drawMermaidFences(fences);
  if (el.querySelector('.wl-math[data-tex]')) {
    import('./math.js').then((math) => math.typeset(el)).catch((err) => console.error('wasmlit: LaTeX', err));
  }
  hydrateIcons(el);
  if (el.querySelector('.wl-emoji-pending')) {
    loadEmoji().then((table) => resolveEmoji(el, table))
      .catch((err) => console.error('wasmlit: cannot load the emoji shortcodes', err));
  }
  return el;
}

/**
 * Text no markdown rule, extension or sanitiser changes: one line of ASCII letters, digits,
 * spaces and plain punctuation, starting with a letter, not ending in a space, with no GFM
 * `www.` autolink. Most texts of an app ("Counter: 3", button labels) are like this.
 */
const PLAIN_RE = /^[A-Za-z](?:[A-Za-z0-9 ,.;?!'"()]*[A-Za-z0-9,.;?!'"()])?$/;
export const isPlainText = (body) => PLAIN_RE.test(body) && !/www\./i.test(body);

/** Render markdown into an element (replacing its content). */
export function renderMarkdown(el, body, opts) {
  const text = String(body ?? '');
  if (isPlainText(text)) { // what marked and DOMPurify would make of it, without them
    if (opts?.inline) {
      el.textContent = text;
    } else {
      const p = document.createElement('p');
      p.textContent = text;
      el.replaceChildren(p, '\n');
    }
    return el;
  }
  el.innerHTML = markdownToHtml(text, opts);
  return hydrate(el);
}
