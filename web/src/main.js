// wasmlit's browser entry (built as wasmlit.js): mount(), the <wasmlit-app> element, and the
// auto-mount of a built site's index.html. Asset URLs resolve against this module's own URL,
// so a site works from any folder of any static host.
import { App } from './app.js';
import { fontFaceCss } from './fonts.js';
import baseCss from './styles.css?inline';

// styles.css holds the shell and the shared look; each element family may add its own
// web/src/elements/<family>.css, picked up here without a line per file.
const familyCss = import.meta.glob('./elements/*.css', { query: '?inline', import: 'default', eager: true });
const css = [fontFaceCss(), baseCss, ...Object.keys(familyCss).sort().map((k) => familyCss[k])].join('\n');

const ASSETS = new URL(/* @vite-ignore */ './', import.meta.url);

export const version = __WASMLIT_VERSION__;

function injectStyles() {
  if (document.querySelector('style[data-wasmlit]')) return;
  const style = document.createElement('style');
  style.dataset.wasmlit = version;
  style.textContent = css;
  document.head.append(style);
}

function asList(value) {
  if (!value) return [];
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  return String(value).split(/[\s,]+/).filter(Boolean);
}

function normaliseFiles(files, base) {
  if (!files) return [];
  const list = Array.isArray(files)
    ? files
    : Object.entries(files).map(([path, v]) => (typeof v === 'string' ? { path, text: v } : { path, ...v }));
  return list.map((f) => (typeof f.text === 'string'
    ? { path: f.path, text: f.text }
    : { path: f.path, url: new URL(f.url ?? f.path, base).href }));
}

/**
 * Work out what the worker must load from mount() options.
 * @param {object} options
 */
async function resolveApp(options) {
  if (location.protocol === 'file:') {
    throw Object.assign(new Error('This wasmlit app must be served over HTTP: browsers do not let a page opened from a file start Python. Run `python -m http.server` in its folder (or `wasmlit serve app.py`) and open http://127.0.0.1:8000/.'), { name: 'NeedsHTTP' });
  }
  const base = new URL(options.base ?? document.baseURI, document.baseURI);
  if (options.manifest) {
    const url = new URL(options.manifest, base);
    const failed = (why) => Object.assign(new Error(`Could not download ${url} (${why}). Check the connection and that the site is complete, then reload the page.`), { name: 'DownloadError' });
    let res;
    try {
      res = await fetch(url);
    } catch {
      throw failed('the network request failed (offline, or the server cannot be reached)');
    }
    if (!res.ok) throw failed(`HTTP ${res.status}`);
    const manifest = await res.json();
    const appBase = new URL(manifest.app_dir ?? './', url);
    return {
      siteBase: new URL('./', url).href, // where the site's files are (custom components)
      entrypoint: manifest.entrypoint,
      files: (manifest.files ?? []).map((path) => ({ path, url: new URL(path, appBase).href })),
      requirements: asList(manifest.requirements),
      wheels: asList(manifest.wheels).map((w) => new URL(w, url).href),
      indexURLs: asList(manifest.index_urls).map((u) => new URL(u, url).href),
      // Resolved by `wasmlit build`: the site's lock file, and what to load with the interpreter.
      lock: manifest.lock ? new URL(manifest.lock, url).href : null,
      packages: asList(manifest.packages),
      title: manifest.title,
      config: manifest.config ?? {},
      config_notes: manifest.config_notes ?? [],
      secrets: manifest.secrets ?? '',
    };
  }
  let entrypoint = options.entrypoint ?? 'app.py';
  const files = normaliseFiles(options.files, base);
  if (typeof options.code === 'string') {
    files.push({ path: entrypoint, text: options.code });
  } else if (!files.some((f) => f.path === entrypoint)) {
    const url = new URL(entrypoint, base);
    entrypoint = url.pathname.split('/').pop() || 'app.py';
    files.push({ path: entrypoint, url: url.href });
  }
  return {
    siteBase: base.href,
    entrypoint,
    files,
    requirements: asList(options.requirements),
    wheels: asList(options.wheels).map((w) => new URL(w, base).href),
    config: options.config ?? {},
    indexURLs: asList(options.indexURLs).map((u) => new URL(u, base).href),
  };
}

/**
 * The prerendered first view `wasmlit build` wrote (see wasmlit/prerender.py): an object, the
 * URL of a JSON file (a site's `first-view.json`), or nothing.
 * @returns {object|Promise<object|null>|null}
 */
function loadFirstView(view, base) {
  if (!view) return null;
  if (typeof view !== 'string') return view;
  return fetch(new URL(view, base)).then((res) => (res.ok ? res.json() : null), () => null);
}

/** The first view embedded in a built site's index.html, if the build prerendered one. */
function embeddedFirstView() {
  const el = document.getElementById('wasmlit-first-view');
  if (!el) return null;
  try {
    return JSON.parse(el.textContent);
  } catch (err) {
    console.error('wasmlit: the first view in this page is not valid JSON', err);
    return null;
  }
}

/**
 * Start an app inside `element`. Each call starts its own worker, so several apps on one
 * page run independently.
 * @param {HTMLElement} element
 * @param {{code?: string, entrypoint?: string, files?: object, requirements?: string[]|string,
 *   wheels?: string[], indexURLs?: string[], manifest?: string, base?: string,
 *   fullPage?: boolean, firstView?: object|string, config?: {client?: object, runner?: object,
 *   theme?: object}}} options  `requirements` are installed by micropip in the page, from
 *   PyPI or the package indexes `indexURLs` (a built site resolves its own at build time).
 *   `firstView`: the app's prerendered first view (or its URL, e.g. a built site's
 *   `first-view.json`), shown until Python has run the script. `config`: as app.json's, i.e.
 *   .streamlit/config.toml's sections.
 * @returns {App}
 */
export function mount(element, options = {}) {
  injectStyles();
  const boot = resolveApp(options).then((app) => ({
    pyodideURL: new URL('pyodide/', ASSETS).href,
    wasmlitURL: new URL('wasmlit.zip.gz', ASSETS).href,
    app,
  }));
  const firstView = loadFirstView(options.firstView, new URL(options.base ?? document.baseURI, document.baseURI));
  const app = new App(element, boot, { fullPage: options.fullPage, firstView, keepPython: options.offline });
  element.wasmlit = app;
  return app;
}

function dedent(text) {
  const lines = text.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((l) => l.slice(cut)).join('\n')}\n`;
}

/** <wasmlit-app src="app.py" requirements="..."> or with the Python inline (best inside a
 * <script type="text/python"> so that the HTML parser leaves `<` alone). */
class WasmlitAppElement extends HTMLElement {
  connectedCallback() {
    if (this.wasmlit) return;
    const go = () => {
      if (this.wasmlit || !this.isConnected) return;
      const script = this.querySelector('script');
      const inline = script ? script.textContent : this.textContent;
      const src = this.getAttribute('src');
      mount(this, {
        ...(src ? { entrypoint: src } : { code: dedent(inline ?? '') }),
        requirements: this.getAttribute('requirements') ?? undefined,
        firstView: this.getAttribute('first-view') ?? undefined,
      });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
    else go();
  }

  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected && this.wasmlit) {
        this.wasmlit.destroy();
        this.wasmlit = undefined;
      }
    });
  }
}

if (!customElements.get('wasmlit-app')) customElements.define('wasmlit-app', WasmlitAppElement);

/** Ask the service worker for an answer through a port of its own. */
function ask(worker, message) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * A built site (its mount point has data-wasmlit-offline, written by `wasmlit build`):
 * once the app has started, register the site's service worker (wasmlit-sw.js beside
 * wasmlit.js; scope: that folder), so that the next visit boots from the browser's cache and
 * a visited site works offline. Embedded apps (mount(), <wasmlit-app>) never register one: the
 * page that embeds them owns its origin's service workers. stApp's data-offline tells how it
 * went: "pending" until the app has started, "caching", then "ready" once every file of this
 * build is cached; "off" where the browser offers no service worker (e.g. plain http on an
 * address other than localhost); "error" (the console says why; the app runs on regardless).
 * @param {App} app
 */
async function enableOffline(app) {
  const set = (state) => app.root.setAttribute('data-offline', state);
  if (!window.isSecureContext || !('serviceWorker' in navigator)) {
    set('off');
    return;
  }
  // After the first run: the first visit's own downloads come first, and are then mostly
  // revalidated (304) rather than downloaded again.
  await app.started;
  set('caching');
  try {
    await navigator.serviceWorker.register(new URL('wasmlit-sw.js', ASSETS), { scope: ASSETS.href });
    const registration = await navigator.serviceWorker.ready;
    const reply = await ask(registration.active, { type: 'wasmlit-offline-status' });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    set('ready');
  } catch (err) {
    console.warn(`wasmlit: this site will not open offline: ${err.message}`);
    set('error');
  }
}

// A site built by `wasmlit build`: index.html holds <div data-wasmlit-site="app.json">.
function autoMount() {
  if (location.protocol === 'file:') return; // index.html already explains why nothing runs
  for (const el of document.querySelectorAll('[data-wasmlit-site]')) {
    if (el.wasmlit) continue;
    const offline = el.hasAttribute('data-wasmlit-offline');
    const app = mount(el, {
      manifest: el.dataset.wasmlitSite, fullPage: true, offline, firstView: embeddedFirstView(),
    });
    if (offline) {
      app.root.setAttribute('data-offline', 'pending');
      enableOffline(app);
    }
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount, { once: true });
else autoMount();
