// Markdown as Streamlit writes it: GitHub-flavoured, raw HTML escaped unless the script
// passed unsafe_allow_html=True, always sanitised, plus the :color[text] directive.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const COLORS = 'red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary';
const colorRe = new RegExp(`^:(${COLORS})\\[((?:[^\\[\\]]|\\[[^\\]]*\\])+)\\]`);
const colorStartRe = new RegExp(`:(?:${COLORS})\\[`);
const bgRe = new RegExp(`^:(${COLORS})-background\\[((?:[^\\[\\]]|\\[[^\\]]*\\])+)\\]`);

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const colorExtension = {
  name: 'stColor',
  level: 'inline',
  start(src) {
    const m = src.match(colorStartRe) ?? src.match(/:[a-z]+-background\[/);
    return m?.index;
  },
  tokenizer(src) {
    const m = colorRe.exec(src);
    const b = m ? null : bgRe.exec(src);
    const hit = m ?? b;
    if (!hit) return undefined;
    return {
      type: 'stColor', raw: hit[0], color: hit[1], background: Boolean(b),
      tokens: this.lexer.inlineTokens(hit[2]),
    };
  },
  renderer(token) {
    const cls = `wl-${token.background ? 'bg' : 'color'}-${token.color === 'grey' ? 'gray' : token.color}`;
    return `<span class="${cls}">${this.parser.parseInline(token.tokens)}</span>`;
  },
};

function makeMarked(allowHtml) {
  const m = new Marked({ gfm: true, breaks: false });
  m.use({ extensions: [colorExtension] });
  if (!allowHtml) {
    m.use({ renderer: { html: (token) => escapeHtml(token.text ?? token.raw ?? '') } });
  }
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

/**
 * Markdown to sanitised HTML.
 * @param {string} body
 * @param {{allowHtml?: boolean, inline?: boolean}} [opts]
 */
export function markdownToHtml(body, { allowHtml = false, inline = false } = {}) {
  const m = allowHtml ? unsafe : safe;
  const html = inline ? m.parseInline(String(body ?? '')) : m.parse(String(body ?? ''));
  return DOMPurify.sanitize(html, { ADD_ATTR: ['target'] });
}

/** Render markdown into an element (replacing its content). */
export function renderMarkdown(el, body, opts) {
  el.innerHTML = markdownToHtml(body, opts);
}
