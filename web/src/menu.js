// The app menu (⋮, top right), as Streamlit 1.67's: the theme switcher (System, Light, Dark),
// Rerun (R), Clear cache (C), Print and About. `client.toolbarMode` decides what shows:
// "developer" everything; "viewer" no Rerun or Clear cache; "minimal" no menu; "auto" is
// "developer" on this machine (localhost, 127.0.0.1, [::1]) and "viewer" anywhere else.
// st.set_page_config(menu_items=...) adds Report a bug and Get help (links opened in a new
// tab) and puts its own markdown in About.
import { h } from './dom/h.js';
import { renderMarkdown } from './elements/markdown.js';
import { THEME_CHOICES } from './theme.js';

const THEME_ICONS = { System: '◐', Light: '☀', Dark: '☾' };
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether the developer items (Rerun, Clear cache) show under a toolbarMode. */
export function showsDeveloperItems(mode, hostname = location.hostname) {
  if (mode === 'developer') return true;
  if (mode === 'viewer' || mode === 'minimal') return false;
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith('.localhost');
}

/** A keyboard event meant for the page, not for typing (inputs, editors, modifiers). */
function isShortcut(event) {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.repeat) return false;
  // the element itself, also inside a shadow root (st.components.v2), where event.target
  // is only the root's host
  const t = event.composedPath?.()[0] ?? event.target;
  if (!(t instanceof Element)) return true;
  return !t.closest('input, textarea, select, [contenteditable]:not([contenteditable=false]), iframe');
}

export class MainMenu {
  /**
   * @param {{rerun: () => void, clearCache: () => void, theme: import('./theme.js').ThemeController,
   *   version: string, host: HTMLElement, fullPage: boolean}} actions
   */
  constructor(actions) {
    this.actions = actions;
    this.mode = 'auto';
    /** menu_items: get_help, report_a_bug (URLs), about (markdown); null or absent: none */
    this.items = {};
    this.button = h('button', {
      type: 'button', class: 'wl-menu-button', 'aria-label': 'Main menu', 'aria-haspopup': 'menu',
      'aria-expanded': 'false', onclick: () => this.toggle(),
    }, h('span', { 'aria-hidden': 'true' }, '⋮'));
    this.list = h('div', { testid: 'stMainMenuList', class: 'wl-menu-list', role: 'menu', 'aria-label': 'Main menu' });
    this.popover = h('div', { testid: 'stMainMenuPopover', class: 'wl-menu-popover', hidden: true,
      onkeydown: (e) => this.onKey(e) }, this.list);
    this.el = h('div', { testid: 'stMainMenu', class: 'wl-main-menu' }, this.button, this.popover);
    this.onDocClick = (event) => {
      if (!this.popover.hidden && !this.el.contains(event.target)) this.close();
    };
    this.onShortcut = (event) => this.shortcut(event);
    document.addEventListener('pointerdown', this.onDocClick, true);
    document.addEventListener('keydown', this.onShortcut);
    this.render();
  }

  /** @param {string} mode client.toolbarMode */
  setMode(mode) {
    this.mode = mode || 'auto';
    this.el.hidden = this.mode === 'minimal';
    if (this.el.hidden) this.close();
    this.render();
  }

  /** @param {{get_help?: string|null, report_a_bug?: string|null, about?: string|null}} items
   * st.set_page_config's menu_items; a key left out stays as it was. */
  setItems(items) {
    this.items = { ...this.items, ...items };
    this.render();
  }

  get developer() {
    return showsDeveloperItems(this.mode);
  }

  item(testid, label, onSelect, key) {
    return h('button', {
      type: 'button', role: 'menuitem', tabindex: '-1', testid, class: 'wl-menu-item',
      onclick: () => { this.close(); onSelect(); },
    }, h('span', { testid: 'stMainMenuItemLabel' }, label), key ? h('kbd', { class: 'wl-menu-kbd', 'aria-hidden': 'true' }, key) : null);
  }

  render() {
    const theme = this.actions.theme;
    const current = theme.current;
    const themes = h('div', { role: 'group', 'aria-label': 'Theme', testid: 'stThemeSwitcher', class: 'wl-theme-switcher' },
      ...THEME_CHOICES.map((choice) => h('button', {
        type: 'button', role: 'menuitemradio', 'aria-checked': String(choice === current), tabindex: '-1',
        testid: `stMainMenuItem-theme-${choice}`, class: 'wl-theme-choice',
        onclick: () => { theme.choose(choice); this.render(); },
      }, h('span', { class: 'wl-theme-icon', 'aria-hidden': 'true' }, THEME_ICONS[choice]), choice)));
    const divider = () => h('div', { role: 'separator', 'aria-hidden': 'true', testid: 'stMainMenuDivider', class: 'wl-menu-divider' });
    const items = [themes, divider()];
    if (this.developer) {
      items.push(this.item('stMainMenuItem-rerun', 'Rerun', () => this.actions.rerun(), 'R'), divider(),
        this.item('stMainMenuItem-clearCache', 'Clear cache', () => this.actions.clearCache(), 'C'), divider());
    }
    items.push(this.item('stMainMenuItem-print', 'Print', () => window.print()),
      this.item('stMainMenuItem-about', 'About', () => this.about()));
    const links = [['report', 'Report a bug', this.items.report_a_bug], ['community', 'Get help', this.items.get_help]]
      .filter(([, , url]) => url);
    if (links.length) {
      items.push(divider(), ...links.map(([key, label, url]) => this.item(`stMainMenuItem-${key}`, label, () => {
        const opened = window.open(url, '_blank');
        if (opened) opened.opener = null;
        else console.warn(`wasmlit: the browser did not open the "${label}" link (${url}); a popup blocker?`);
      })));
    }
    this.list.replaceChildren(...items,
      h('div', { class: 'wl-menu-footer' }, `Made with wasmlit v${this.actions.version}`));
  }

  toggle() {
    if (this.popover.hidden) this.open();
    else this.close();
  }

  open() {
    this.render();
    this.popover.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    (this.list.querySelector('[aria-checked=true]') ?? this.list.querySelector('button'))?.focus();
  }

  close() {
    if (this.popover.hidden) return;
    const hadFocus = this.popover.contains(document.activeElement);
    this.popover.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (hadFocus) this.button.focus();
  }

  onKey(event) {
    const buttons = [...this.list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
      event.preventDefault();
      buttons[(at + 1) % buttons.length]?.focus();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
      event.preventDefault();
      buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    }
  }

  /** R reruns and C clears the cache (developer items only), as in Streamlit. A full-page app
   * hears the whole page; an embedded one only keys pressed inside it. */
  shortcut(event) {
    if (!this.developer || !isShortcut(event)) return;
    if (!this.actions.fullPage && !this.actions.host.contains(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'r') {
      event.preventDefault();
      this.actions.rerun();
    } else if (key === 'c') {
      event.preventDefault();
      this.actions.clearCache();
    }
  }

  about() {
    const close = () => layer.remove();
    const layer = h('div', {
      class: 'wl-dialog-layer', testid: 'stAboutDialog',
      onclick: (e) => { if (e.target === layer) close(); },
      onkeydown: (e) => { if (e.key === 'Escape') close(); },
    }, h('div', { class: 'wl-dialog', role: 'dialog', 'aria-label': 'About', tabindex: '-1' },
      h('div', { class: 'wl-dialog-head' }, h('h2', { class: 'wl-dialog-title' }, 'About'),
        h('button', { type: 'button', class: 'wl-dialog-close', 'aria-label': 'Close', onclick: close }, '×')),
      this.aboutBody()));
    this.el.closest('.wl-app')?.append(layer);
    layer.querySelector('[role=dialog]').focus();
  }

  /** About's text: the app's own markdown (menu_items), else what wasmlit is. */
  aboutBody() {
    if (this.items.about) {
      const body = h('div', { class: 'wl-about-body', testid: 'stMarkdownContainer' });
      renderMarkdown(body, this.items.about);
      return body;
    }
    return h('p', {}, `Made with wasmlit v${this.actions.version}: a Streamlit app running in your browser on Pyodide, with no server.`);
  }

  destroy() {
    document.removeEventListener('pointerdown', this.onDocClick, true);
    document.removeEventListener('keydown', this.onShortcut);
  }
}
