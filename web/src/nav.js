// Multipage apps in the page: the menu (sidebar or top, from `navigation` messages), the
// address bar (each page has its own URL under the site's folder; the query string is
// st.query_params) and the browser facts behind st.context.
//
// URLs (full-page apps only; an embedded app leaves its host page's URL alone):
// - boot and back/forward send `navigate {page_name, query}` read from the URL;
// - a menu item or page link sends `navigate {page_hash, query}`; the run that follows
//   reports its page in `navigation`, and a page other than the URL's is pushed
//   (history.pushState), so that Back returns to the page before;
// - the script's own st.query_params changes (`page-info`) replace the URL in place
//   (history.replaceState): they add no history entry. The URL's #hash is kept.
import { h } from './dom/h.js';
import { renderIcon } from './elements/icons.js';
import { renderMarkdown } from './elements/markdown.js';

/** Streamlit collapses a long sidebar menu to this many items ("View N more"). */
const COLLAPSED_ITEMS = 10;
const COLLAPSE_THRESHOLD = 12;

// Read once, at load: a page copy (page_two/index.html) or 404.html sets an absolute <base>
// at the site's folder; later pushState calls must not move it.
const ROOT = new URL('./', document.baseURI);

/** The folder the site lives in: every page's URL is this plus its url_path. */
export function siteRoot() {
  return ROOT;
}

/** The page name a URL asks for: its path under the site's folder ('' = default page). */
export function pageNameOf(url, root = siteRoot()) {
  let path = url.pathname;
  if (!path.startsWith(root.pathname)) return '';
  path = path.slice(root.pathname.length).replace(/\/+$/, '');
  if (path === 'index.html' || path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length).replace(/\/+$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** light or dark, from the app's own background (the page's colour scheme decides it). */
function themeType(el) {
  const bg = getComputedStyle(el ?? document.body).backgroundColor;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (m && (m[4] === undefined || Number(m[4]) > 0)) {
    const [r, g, b] = [m[1], m[2], m[3]].map(Number);
    return (0.299 * r + 0.587 * g + 0.114 * b) < 128 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** st.context: what the browser can tell (the headers are synthesised, see docs). */
export function browserContext(fullPage, el) {
  const headers = {
    'User-Agent': navigator.userAgent,
    'Accept-Language': (navigator.languages?.length ? navigator.languages : [navigator.language]).join(','),
    Host: location.host,
    Origin: location.origin,
  };
  if (document.referrer) headers.Referer = document.referrer;
  let embedded = !fullPage;
  try {
    embedded = embedded || window.self !== window.top;
  } catch {
    embedded = true;
  }
  return {
    locale: navigator.language || '',
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || '',
    timezone_offset: new Date().getTimezoneOffset(),
    url: location.href,
    theme: themeType(el),
    is_embedded: embedded,
    cookies: document.cookie || '',
    headers,
  };
}

/** client.showSidebarNavigation from the site's config (app.json `config`), default true. */
function showSidebarNavigation(config) {
  if (!config || typeof config !== 'object') return true;
  const flat = config['client.showSidebarNavigation'];
  const nested = config.client?.showSidebarNavigation;
  const value = flat ?? nested;
  return value !== false && value !== 'false';
}

export class Nav {
  /**
   * @param {object} app the App (send(), applyPageConfig(), notice(), sidebar/root nodes)
   * @param {{fullPage: boolean}} options
   */
  constructor(app, { fullPage }) {
    this.app = app;
    this.fullPage = fullPage;
    this.config = null;
    this.state = null; // the last navigation message
    this.currentHash = '';
    this.query = fullPage ? location.search.replace(/^\?/, '') : '';
    this.expanded = false;
    this.hasSidebarElements = false; // Streamlit collapses the menu and draws its separator only then
    this.closedSections = new Set();
    this.defaultIcon = fullPage ? document.querySelector('link[rel~="icon"]')?.href : undefined;
    this.sidebarNav = h('nav', { testid: 'stSidebarNav', class: 'wl-sidebar-nav', hidden: true });
    this.topNav = h('nav', { testid: 'stTopNav', class: 'wl-top-nav' });
    this.header = h('header', { testid: 'stHeader', class: 'wl-header', hidden: true }, this.topNav);
    if (fullPage) {
      // A link to a #fragment (`<a href="#">`, as components' links are) moves in history
      // but stays on the page: only a new path or query navigates, as in Streamlit.
      this.shown = location.pathname + location.search;
      this.onPopState = () => {
        if (location.pathname + location.search === this.shown) return;
        this.shown = location.pathname + location.search;
        this.send({ page_name: pageNameOf(new URL(location.href)), query: location.search.replace(/^\?/, '') });
      };
      window.addEventListener('popstate', this.onPopState);
    }
  }

  /** The request that starts (or, after a worker restart, resumes) the app. */
  boot() {
    if (this.currentHash) this.send({ page_hash: this.currentHash, query: this.query });
    else if (this.fullPage) this.send({ page_name: pageNameOf(new URL(location.href)), query: this.query });
    else this.send({ page_name: '', query: '' });
  }

  send(fields) {
    this.app.send('navigate', { page_hash: '', page_name: '', query: '', ...fields, context: browserContext(this.fullPage, this.app.root) });
  }

  /** Open a page of the app: a menu item or a page link (an external one opens natively). */
  follow(pageHash, query = '') {
    this.send({ page_hash: pageHash, query });
  }

  /** An <a> for a page: a real URL (new tab, copy link work) whose plain click stays in-app. */
  link(page, query, attrs = {}) {
    if (page.external_url) {
      return h('a', { href: page.external_url, target: '_blank', rel: 'noopener noreferrer', ...attrs });
    }
    const a = h('a', { href: this.hrefOf(page.url_path, query), ...attrs });
    a.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (a.getAttribute('aria-disabled') === 'true') return;
      this.follow(page.hash, query);
    });
    return a;
  }

  hrefOf(urlPath, query = '') {
    const url = new URL(encodeURI(urlPath ?? ''), siteRoot());
    url.search = query ? `?${query}` : '';
    return url.href;
  }

  // ---- messages from the worker -----------------------------------------------------------

  onNavigation(msg) {
    this.state = msg;
    this.currentHash = msg.current;
    this.query = msg.query ?? '';
    const page = msg.pages.find((p) => p.hash === msg.current);
    this.render();
    if (msg.not_found !== '' && msg.not_found !== undefined) {
      this.app.notice('Page not found: the page that you have requested does not seem to exist. Running the app\'s main page.', 'warning');
    }
    if (!page) return;
    const icon = page.icon === 'spinner' ? '' : page.icon || ''; // a spinner is for the menu only
    this.app.applyPageConfig({ title: page.title.replace(/[*_`~]/g, ''), icon });
    // A page without an icon shows the site's own favicon again (as Streamlit's default).
    const favicon = document.querySelector('link[rel~="icon"]');
    if (this.fullPage && !icon && favicon && this.defaultIcon !== undefined) favicon.href = this.defaultIcon;
    if (!this.fullPage) return;
    const target = new URL(this.hrefOf(page.url_path, this.query));
    const here = new URL(location.href);
    if (pageNameOf(here) !== pageNameOf(target) && msg.not_found === '') {
      history.pushState({}, '', target.href);
    } else if (here.search !== target.search || here.pathname !== target.pathname) {
      target.hash = here.hash;
      history.replaceState(history.state, '', target.href);
    }
    this.shown = location.pathname + location.search;
  }

  onPageInfo(msg) {
    this.query = msg.query ?? '';
    if (!this.fullPage) return;
    const url = new URL(location.href);
    const search = this.query ? `?${this.query}` : '';
    if (url.search === search) return;
    url.search = search;
    history.replaceState(history.state, '', url.href);
    this.shown = location.pathname + location.search;
  }

  // ---- the menus ----------------------------------------------------------------------------

  /** The sidebar's own elements came or went (from app.syncSidebar). */
  setSidebarElements(has) {
    if (has === this.hasSidebarElements) return;
    this.hasSidebarElements = has;
    if (this.state && !this.sidebarNav.hidden) this.render();
  }

  /** Whether the sidebar must show (its menu counts as content). */
  get inSidebar() {
    return !this.sidebarNav.hidden;
  }

  render() {
    const msg = this.state;
    const visible = msg.pages.filter((p) => !p.hidden);
    let position = msg.position;
    if (position === 'sidebar' && !showSidebarNavigation(this.config)) position = 'hidden';
    // Streamlit shows a menu only when there is more than one page to pick.
    const show = visible.length > 1;
    this.sidebarNav.hidden = !(show && position === 'sidebar');
    this.header.hidden = !(show && position === 'top');
    this.sidebarNav.replaceChildren();
    this.topNav.replaceChildren();
    if (!show) return;
    if (position === 'sidebar') this.renderSidebar(msg, visible);
    else if (position === 'top') this.renderTop(msg, visible);
  }

  item(page, testid) {
    const current = page.hash === this.currentHash;
    const a = this.link(page, '', { testid, class: `wl-nav-link${current ? ' wl-current' : ''}`, 'aria-current': current ? 'page' : null });
    if (page.help) a.title = page.help;
    const label = h('span', { class: 'wl-nav-label', label: page.title });
    renderMarkdown(label, page.title, { inline: true });
    const icon = renderIcon(page.icon);
    a.append(...[icon && h('span', { class: 'wl-nav-icon' }, icon), label].filter(Boolean));
    if (page.external_url) a.append(h('span', { class: 'wl-visually-hidden' }, '(opens in new tab)'));
    return a;
  }

  renderSidebar(msg, visible) {
    const list = h('ul', { testid: 'stSidebarNavItems', class: 'wl-nav-items' });
    const limit = msg.visible_items > 0 ? msg.visible_items : COLLAPSED_ITEMS;
    const threshold = msg.visible_items > 0 ? msg.visible_items + 2 : COLLAPSE_THRESHOLD;
    const collapsible = this.hasSidebarElements && !msg.expanded && visible.length > threshold;
    let shown = 0;
    const li = (page) => {
      shown += 1;
      const hiddenNow = collapsible && !this.expanded && shown > limit;
      return h('li', { hidden: hiddenNow },
        h('div', { testid: 'stSidebarNavLinkContainer' }, this.item(page, 'stSidebarNavLink')));
    };
    for (const section of msg.sections) {
      const pages = visible.filter((p) => p.section === section);
      if (!pages.length) continue;
      if (section === '') {
        list.append(...pages.map(li));
        continue;
      }
      const group = h('div', { class: 'wl-nav-section', testid: 'stNavSection' });
      const closed = this.closedSections.has(section);
      const header = h('header', {
        testid: 'stNavSectionHeader', class: 'wl-nav-section-header', role: 'button', tabindex: '0',
        'aria-expanded': String(!closed),
        onclick: () => { this.toggleSection(section); },
        onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.toggleSection(section); } },
      });
      const title = h('span', {});
      renderMarkdown(title, section, { inline: true });
      header.append(title, h('span', { class: 'wl-nav-caret', 'aria-hidden': 'true' }, closed ? '▸' : '▾'));
      const items = pages.map(li);
      if (closed) for (const item of items) item.hidden = true;
      group.append(header, ...items);
      list.append(group);
    }
    this.sidebarNav.append(list);
    if (collapsible) {
      const more = visible.length - limit;
      this.sidebarNav.append(h('button', {
        type: 'button', class: 'wl-nav-more', testid: 'stSidebarNavViewButton',
        onclick: () => { this.expanded = !this.expanded; this.render(); },
      }, this.expanded ? 'View less' : `View ${more} more`));
    }
    if (this.hasSidebarElements) this.sidebarNav.append(h('div', { testid: 'stSidebarNavSeparator', class: 'wl-nav-separator' }));
  }

  toggleSection(section) {
    if (this.closedSections.has(section)) this.closedSections.delete(section);
    else this.closedSections.add(section);
    this.render();
  }

  renderTop(msg, visible) {
    for (const section of msg.sections) {
      const pages = visible.filter((p) => p.section === section);
      if (!pages.length) continue;
      if (section === '') {
        for (const page of pages) {
          this.topNav.append(h('div', { testid: 'stTopNavLinkContainer' }, this.item(page, 'stTopNavLink')));
        }
        continue;
      }
      const menu = h('div', { class: 'wl-top-menu', role: 'menu', hidden: true },
        ...pages.map((page) => h('div', { testid: 'stTopNavLinkContainer', role: 'none' }, this.item(page, 'stTopNavLink'))));
      const label = h('span', {});
      renderMarkdown(label, section, { inline: true });
      const button = h('button', {
        type: 'button', testid: 'stTopNavSection', class: 'wl-top-section',
        'aria-haspopup': 'menu', 'aria-expanded': 'false',
        onclick: () => {
          const open = menu.hidden;
          for (const other of this.topNav.querySelectorAll('.wl-top-menu')) other.hidden = true;
          for (const other of this.topNav.querySelectorAll('.wl-top-section')) other.setAttribute('aria-expanded', 'false');
          menu.hidden = !open;
          button.setAttribute('aria-expanded', String(open));
        },
      }, label, h('span', { class: 'wl-top-caret', 'aria-hidden': 'true' }, '▾'));
      if (visible.some((p) => p.section === section && p.hash === this.currentHash)) button.classList.add('wl-current');
      this.topNav.append(h('div', { class: 'wl-top-group' }, button, menu));
    }
  }

  destroy() {
    if (this.onPopState) window.removeEventListener('popstate', this.onPopState);
  }
}
