// Light and dark themes, and config.toml's [theme] on top of them (app.json's config.theme).
//
// styles.css holds Streamlit 1.67's two palettes as CSS custom properties: `.wl-app` is light,
// `.wl-app[data-theme=dark]` dark. This module decides which one an app shows (the menu's
// choice, remembered in localStorage; else `theme.base`; else the OS, prefers-color-scheme) and
// writes the options the app's config sets as inline custom properties on the app's root
// (and, for [theme.sidebar], on the sidebar). See README.md, "Configuration".

const STORAGE_KEY = 'wasmlit:theme';
export const THEME_CHOICES = ['System', 'Light', 'Dark'];

/** Streamlit's font keywords, drawn with the fonts wasmlit bundles (fonts.js). */
const FONT_STACKS = {
  'sans-serif': '"Source Sans 3 Variable", "Source Sans 3", "Source Sans Pro", system-ui, sans-serif',
  serif: '"Source Serif 4 Variable", "Source Serif 4", Georgia, serif',
  monospace: '"Source Code Pro Variable", "Source Code Pro", ui-monospace, Menlo, Consolas, monospace',
};

const RADII = { none: '0', small: '0.35rem', medium: '0.5rem', large: '1rem', full: '1.4rem' };

/** The defaults config.toml options are compared with (Streamlit 1.67, measured in Chromium). */
export const DEFAULTS = {
  light: { backgroundColor: '#ffffff', secondaryBackgroundColor: '#f8f8f7' },
  dark: { backgroundColor: '#171614', secondaryBackgroundColor: '#2d2b27' },
};

function fontStack(value) {
  const v = String(value).trim();
  if (FONT_STACKS[v]) return FONT_STACKS[v];
  if (!v) return null;
  // A family name ("Inter") or a whole stack ("Inter, sans-serif"): used as given, with a
  // generic fallback so text never shows in the browser's default serif.
  return v.includes(',') ? v : `${/^["']/.test(v) ? v : JSON.stringify(v)}, sans-serif`;
}

function radius(value) {
  const v = String(value).trim().toLowerCase();
  if (RADII[v] !== undefined) return RADII[v];
  if (/^\d+(\.\d+)?(rem|px)$/.test(v)) return v;
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  return null;
}

/** A colour the browser understands (config.toml is the developer's text, checked here). */
function colour(value) {
  const v = String(value).trim();
  return typeof CSS !== 'undefined' && CSS.supports('color', v) ? v : null;
}

/**
 * Custom properties for one set of theme options (already merged for one scheme).
 * @param {object} o theme options by Streamlit's names
 */
export function themeVars(o) {
  const vars = {};
  const set = (name, value) => { if (value !== null && value !== undefined) vars[name] = value; };
  if (o.primaryColor !== undefined) set('--wl-primary', colour(o.primaryColor));
  if (o.backgroundColor !== undefined) set('--wl-bg', colour(o.backgroundColor));
  if (o.secondaryBackgroundColor !== undefined) set('--wl-bg-2', colour(o.secondaryBackgroundColor));
  if (o.textColor !== undefined) set('--wl-fg', colour(o.textColor));
  if (o.linkColor !== undefined) set('--wl-link', colour(o.linkColor));
  if (o.borderColor !== undefined) set('--wl-border', colour(o.borderColor));
  if (o.codeBackgroundColor !== undefined) set('--wl-code-bg', colour(o.codeBackgroundColor));
  if (o.baseRadius !== undefined) set('--wl-radius', radius(o.baseRadius));
  if (o.font !== undefined) set('--wl-font', fontStack(o.font));
  if (o.headingFont !== undefined) set('--wl-heading-font', fontStack(o.headingFont));
  else if (o.font !== undefined) set('--wl-heading-font', fontStack(o.font));
  if (o.codeFont !== undefined) set('--wl-mono', fontStack(o.codeFont));
  if (o.textColor !== undefined || o.backgroundColor !== undefined) {
    set('--wl-muted', 'color-mix(in srgb, var(--wl-fg) 60%, var(--wl-bg))');
  }
  if (o.showWidgetBorder !== undefined) set('--wl-widget-border', o.showWidgetBorder ? 'var(--wl-border)' : 'transparent');
  return vars;
}

const pick = (table) => Object.fromEntries(Object.entries(table ?? {}).filter(([, v]) => v === null || typeof v !== 'object'));

/**
 * The options of one scheme: [theme], then [theme.light] or [theme.dark]; and those of its
 * sidebar: [theme.sidebar], then [theme.<scheme>.sidebar].
 * @param {object} theme app.json's config.theme
 * @param {'light'|'dark'} scheme
 */
export function schemeOptions(theme = {}, scheme = 'light') {
  const main = { ...pick(theme), ...pick(theme[scheme]) };
  delete main.base;
  const sidebar = { ...pick(theme.sidebar), ...pick(theme[scheme]?.sidebar) };
  // Streamlit's rule: a sidebar that sets no background of its own swaps the app's two
  // backgrounds once the app changes either of them from its default.
  const d = DEFAULTS[scheme];
  const custom = (main.backgroundColor && main.backgroundColor.toLowerCase() !== d.backgroundColor)
    || (main.secondaryBackgroundColor && main.secondaryBackgroundColor.toLowerCase() !== d.secondaryBackgroundColor);
  if (custom) {
    if (sidebar.backgroundColor === undefined) sidebar.backgroundColor = main.secondaryBackgroundColor ?? d.secondaryBackgroundColor;
    if (sidebar.secondaryBackgroundColor === undefined) sidebar.secondaryBackgroundColor = main.backgroundColor ?? d.backgroundColor;
  }
  return { main, sidebar };
}

function storedChoice() {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return THEME_CHOICES.includes(v) ? v : null;
  } catch { return null; } // storage can be blocked (sandboxed iframes, privacy settings)
}

/** Decides and applies an app's theme; one per App. */
export class ThemeController {
  /**
   * @param {HTMLElement} root the app's .wl-app element
   * @param {() => HTMLElement} sidebar the sidebar element (built by the App)
   * @param {{fullPage?: boolean}} [options]
   */
  constructor(root, sidebar, options = {}) {
    this.root = root;
    this.sidebar = sidebar;
    this.fullPage = Boolean(options.fullPage);
    this.theme = {};
    this.media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    this.onMedia = () => this.apply();
    this.media?.addEventListener?.('change', this.onMedia);
    this.choice = storedChoice();
    this.apply();
  }

  /** config.toml's [theme] (app.json's config.theme). */
  configure(theme) {
    this.theme = theme && typeof theme === 'object' ? theme : {};
    this.apply();
  }

  /** What the menu shows as chosen: the stored choice, else the app's default. */
  get current() {
    if (this.choice) return this.choice;
    if (this.theme.base === 'light') return 'Light';
    if (this.theme.base === 'dark') return 'Dark';
    return 'System';
  }

  /** @param {'System'|'Light'|'Dark'} choice the menu's pick, remembered across reloads */
  choose(choice) {
    if (!THEME_CHOICES.includes(choice)) return;
    this.choice = choice;
    try { localStorage.setItem(STORAGE_KEY, choice); } catch { /* not remembered */ }
    this.apply();
  }

  get scheme() {
    const c = this.current;
    if (c === 'Light') return 'light';
    if (c === 'Dark') return 'dark';
    return this.media?.matches ? 'dark' : 'light';
  }

  apply() {
    const scheme = this.scheme;
    this.root.dataset.theme = scheme;
    // Streamlit draws a few things (the progress bar) differently once config.toml has a [theme]
    this.root.classList.toggle('wl-custom-theme', Object.keys(this.theme).length > 0);
    const { main, sidebar } = schemeOptions(this.theme, scheme);
    setVars(this.root, themeVars(main), this.applied);
    this.applied = themeVars(main);
    const side = this.sidebar();
    if (side) {
      const vars = themeVars(sidebar);
      setVars(side, vars, this.sideApplied);
      this.sideApplied = vars;
    }
    // Charts read the theme's colours when they draw: tell them (elements/charts.js).
    this.root.dispatchEvent(new CustomEvent('wasmlit-theme', { bubbles: true, detail: { scheme } }));
    if (this.fullPage) {
      // The page around a full-page app (overscroll, print margins) matches it.
      document.documentElement.style.colorScheme = scheme;
      document.documentElement.style.background = getComputedStyle(this.root).getPropertyValue('--wl-bg').trim();
    }
  }

  destroy() {
    this.media?.removeEventListener?.('change', this.onMedia);
  }
}

function setVars(el, vars, previous = {}) {
  for (const name of Object.keys(previous)) if (!(name in vars)) el.style.removeProperty(name);
  for (const [name, value] of Object.entries(vars)) el.style.setProperty(name, value);
}
