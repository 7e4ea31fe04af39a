// One icon renderer for every element (buttons, badges, markdown, metrics, expanders, tabs, pills,
// alerts, toasts, page links, chat avatars...), so an icon looks the same wherever it appears.
// An icon argument is an emoji ("🚀"), a Material Symbol (":material/home:") or "spinner".
// Material icons are drawn by the Material Symbols Rounded font (icon-font.js, loaded lazily the
// first time a page shows one); the span carries the name in data-icon and draws it with
// ::before, so the icon adds no text to the label it sits in (icons.css).

const MATERIAL_RE = /^:material\/([a-z0-9_]+):$/;

/** The Material Symbol name of an icon argument (":material/home:" -> "home"), else null. */
export function materialName(icon) {
  const m = MATERIAL_RE.exec(String(icon ?? '').trim());
  return m ? m[1] : null;
}

function escapeAttr(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The markup of a Material icon, for HTML that markdown builds (the same as icon() builds).
 * @param {string} name e.g. "home"
 */
export function materialIconHtml(name) {
  return `<span class="wl-icon wl-icon-material" data-testid="stIconMaterial" data-icon="${escapeAttr(name)}" aria-hidden="true" translate="no"></span>`;
}

let fontLoading = null;

/**
 * Make sure the icon font is on its way (the first call imports icon-font.js). Returns a
 * promise that settles once the font is usable (or failed to load: the icons stay blank).
 * @param {Document} [doc]
 */
export function ensureIconFont(doc = globalThis.document) {
  if (fontLoading) return fontLoading;
  if (typeof FontFace === 'undefined' || !doc?.fonts) {
    fontLoading = Promise.resolve(false);
    return fontLoading;
  }
  fontLoading = import('./icon-font.js')
    .then(({ loadIconFont }) => loadIconFont(doc))
    .then(() => true, (err) => {
      console.error('wasmlit: cannot load the Material Symbols font', err);
      return false;
    });
  return fontLoading;
}

/** Load the icon font if `root` (a rendered element) holds a Material icon. */
export function hydrateIcons(root) {
  if (root.querySelector?.('[data-testid=stIconMaterial]')) ensureIconFont(root.ownerDocument);
}

/**
 * An element for an icon argument: an emoji, ":material/name:" or "spinner"; null for none.
 * @param {string|null|undefined} icon
 * @param {{className?: string}} [opts] an extra class (e.g. the element's own icon slot)
 * @returns {HTMLElement|null}
 */
export function renderIcon(value, { className = '' } = {}) {
  if (value === null || value === undefined || value === '') return null;
  const span = document.createElement('span');
  const name = materialName(value);
  // (attributes in the order of materialIconHtml: the same markup either way)
  if (name) {
    span.className = 'wl-icon wl-icon-material';
    span.dataset.testid = 'stIconMaterial';
    span.dataset.icon = name;
    span.setAttribute('aria-hidden', 'true');
    span.setAttribute('translate', 'no');
    ensureIconFont(span.ownerDocument);
  } else if (value === 'spinner') {
    span.className = 'wl-icon wl-icon-spinner';
    span.setAttribute('aria-hidden', 'true');
  } else {
    span.className = 'wl-icon wl-icon-emoji';
    span.dataset.testid = 'stIconEmoji';
    span.setAttribute('aria-hidden', 'true');
    span.textContent = String(value);
  }
  if (className) span.classList.add(...className.split(/\s+/).filter(Boolean));
  return span;
}

// Small control glyphs drawn as SVG (no text in the control, like Streamlit's own icons):
// the number input's steppers, the chat input's send button, a dropdown's caret and clear
// button, the date inputs' calendar button.
const GLYPHS = {
  minus: 'M5 11h14v2H5z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  // Material's rounded upward arrow, as on Streamlit 1.67's chat send button
  send: 'M13 19V7.83l4.88 4.88a1 1 0 0 0 1.42 0 1 1 0 0 0 0-1.41l-6.59-6.59a1 1 0 0 0-1.41 0l-6.6 6.58a1 1 0 1 0 1.41 1.41L11 7.83V19a1 1 0 0 0 2 0z',
  caret: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z', // Material's expand_more chevron
  // a filled circle with a cross cut out of it (drawn with fill-rule evenodd)
  clear: 'M12 2a10 10 0 1 0 0 20 10 10 0 1 0 0-20zM8.46 7.05 12 10.59l3.54-3.54 1.41 1.41L13.41 12l3.54 3.54-1.41 1.41L12 13.41l-3.54 3.54-1.41-1.41L10.59 12 7.05 8.46z',
  // a calendar page: two rings over a header band and an empty grid
  calendar: 'M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2zM5 10v10h14V10zm0-2h14V6H5z',
};

/** An aria-hidden SVG glyph (`minus`, `plus`, `send`, `caret`, `clear`, `calendar`) sized to the text. */
export function glyph(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '1em');
  svg.setAttribute('height', '1em');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'currentColor');
  svg.setAttribute('fill-rule', 'evenodd');
  svg.classList.add('wl-glyph');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', GLYPHS[name]);
  svg.append(path);
  return svg;
}
