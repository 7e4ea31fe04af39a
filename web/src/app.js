// One running app: its DOM shell, its worker (through a Client), the patcher, the run_every
// timers and the Stop control. main.js creates one App per mount point.
import { Client } from './client.js';
import { Nav } from './nav.js';
import { h } from './dom/h.js';
import { Tree } from './dom/patch.js';
import { Staleness } from './dom/stale.js';
import { logoNode } from './elements/diagrams.js';
import { createRegistry } from './elements/registry.js';
import { MainMenu, showsDeveloperItems } from './menu.js';
import { ThemeController } from './theme.js';
import { Timers } from './timers.js';

/** How long Stop waits for the worker to go idle before it interrupts or restarts Python. */
const STOP_GRACE_MS = 1000;

/** Pyodide's interrupt buffer takes a signal number; 2 is SIGINT (KeyboardInterrupt). */
const SIGINT = 2;

/** How long an interrupted script may take to unwind before Python is restarted anyway
 * (generous: a busy machine can take a while to deliver the run's end). */
const INTERRUPT_GRACE_MS = 5000;

/**
 * @typedef {{format: number, ops: object[], page_config?: object}} FirstView the script's
 *   first run as `put` ops, prerendered by `wasmlit build` (wasmlit/prerender.py)
 *
 * @typedef {object} BootConfig what the worker needs to start (sent to it as JSON)
 * @property {string} pyodideURL absolute URL of the site's pyodide/ folder (ends with /)
 * @property {string} wasmlitURL absolute URL of wasmlit.zip.gz
 * @property {{entrypoint: string, files: {path: string, url?: string, text?: string}[],
 *   requirements?: string[], wheels?: string[]}} app
 */

export class App {
  /**
   * @param {HTMLElement} host the element the app renders into
   * @param {Promise<BootConfig>} bootConfig
   * @param {{fullPage?: boolean, firstView?: FirstView|Promise<FirstView|null>,
   *   keepPython?: boolean}} [options]
   *   `firstView`: the script's first run, prerendered at build time (`wasmlit build`), shown
   *   at once and interactive while Python loads (see showFirstView); `keepPython`: the worker
   *   keeps a memory snapshot of Python for the next visit (built sites that cache themselves)
   */
  constructor(host, bootConfig, options = {}) {
    this.host = host;
    this.keepPython = Boolean(options.keepPython);
    this.bootConfig = bootConfig;
    this.seq = 0; // last request seq stamped (shared across worker restarts)
    this.lastSent = 0;
    this.idleSeq = 0;
    this.snapshot = '';
    this.unrestorable = [];
    this.forms = new Map(); // form id -> Map(widget id -> pending value)
    this.restarting = false;
    this.clearOnNextRun = false;
    this.bootStarted = performance.now();
    this.booted = false;
    this.runsOnClient = 0; // runs finished by the current worker (a crash before any is fatal)
    this.workerStarts = 0;
    this.nav = new Nav(this, { fullPage: Boolean(options.fullPage) });
    /** resolves at the first idle: the app has started and shown its first run */
    this.started = new Promise((resolve) => { this.markStarted = resolve; });
    this.buildShell(Boolean(options.fullPage));
    this.theme = new ThemeController(this.root, () => this.sidebar, { fullPage: Boolean(options.fullPage) });
    this.menu = new MainMenu({
      rerun: () => this.send('run-script'),
      clearCache: () => this.send('clear-cache'),
      theme: this.theme,
      version: __WASMLIT_VERSION__,
      host: this.host,
      fullPage: Boolean(options.fullPage),
    });
    this.root.insertBefore(this.menu.el, this.toolbar);
    this.clientOptions = {};
    this.tree = new Tree([this.mainBlock, this.sidebarBlock, this.eventHost, this.bottomHost],
      createRegistry(), this.rendererContext());
    this.stale = new Staleness(this.tree);
    this.timers = new Timers((fid) => this.send('rerun-fragment', { fragment_id: fid, auto: true }));
    /** requests the user made on the first view before Python's first run, sent after it */
    this.early = [];
    this.firstView = null; // the ops shown from the first view, until Python takes them over
    const view = options.firstView;
    this.firstViewReady = view && typeof view.then === 'function'
      ? view.then((v) => this.showFirstView(v), () => null)
      : Promise.resolve(this.showFirstView(view));
    this.start();
  }

  /**
   * Render the prerendered first view now, with the live renderers: widgets show their values
   * and take input, which waits in `this.early` until Python's first run is over. The worker's
   * session starts from the same tree, so an identical first run changes nothing on screen.
   * @param {FirstView|null|undefined} view
   * @returns {FirstView|null} the view shown (null when there is none, or Python won the race)
   */
  showFirstView(view) {
    if (!view || !Array.isArray(view.ops) || this.client?.ready || this.booted) return null;
    try {
      this.tree.apply(view.ops);
    } catch (err) {
      console.error('wasmlit: the prerendered first view could not be shown', err);
      this.tree.clear();
      return null;
    }
    if (view.page_config) this.applyPageConfig(view.page_config);
    this.syncSidebar();
    this.firstView = view;
    this.bootBox.hidden = true;
    this.root.dataset.firstView = 'shown';
    this.toolbar.toggleAttribute('data-getting-ready', true);
    return view;
  }

  /** A request from the user: held while the first view waits for Python's first run. */
  request(type, fields = {}) {
    if (this.firstView && !this.booted) {
      this.early.push([type, fields]);
      return 0;
    }
    return this.send(type, fields);
  }

  // ---- DOM shell ------------------------------------------------------------------------

  buildShell(fullPage) {
    const vblock = () => h('div', { testid: 'stVerticalBlock', class: 'wl-vblock wl-root-block' });
    this.mainBlock = vblock();
    this.sidebarBlock = vblock();
    this.eventHost = h('div', { class: 'wl-event', testid: 'stEventContainer' });
    this.bottomHost = h('div', { class: 'wl-vblock wl-bottom-block' });
    this.stage = h('div', { class: 'wl-boot-stage' }, 'Starting');
    this.barFill = h('div', { class: 'wl-bar-fill' });
    this.bar = h('div', { class: 'wl-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0', 'aria-label': 'Loading' }, this.barFill);
    this.bootBox = h('div', { class: 'wl-boot', testid: 'stBootProgress' }, this.stage, this.bar);
    this.stopButton = h('button', {
      type: 'button', class: 'wl-stop', testid: 'stStopButton', onclick: () => this.stop(),
    }, 'Stop');
    this.toolbar = h('div', { class: 'wl-toolbar', testid: 'stToolbar' },
      h('span', { class: 'wl-status', testid: 'stStatusWidget', role: 'status' },
        h('i', { class: 'wl-status-dot', 'aria-hidden': 'true' }), 'Running…'),
      h('span', { class: 'wl-getting-ready', testid: 'stAppGettingReady', role: 'status' },
        h('i', { class: 'wl-status-dot', 'aria-hidden': 'true' }), 'Starting Python…'),
      this.stopButton);
    this.notices = h('div', { class: 'wl-notices', testid: 'stNotices', 'aria-live': 'polite' });
    this.sidebar = h('section', { class: 'wl-sidebar stSidebar', testid: 'stSidebar', 'aria-expanded': 'true', 'data-collapsed': 'false' },
      h('button', { type: 'button', class: 'wl-sidebar-collapse', testid: 'stSidebarCollapseButton', 'aria-label': 'Collapse sidebar', onclick: () => this.setSidebarOpen(false) }, '«'),
      this.nav.sidebarNav, this.sidebarBlock);
    this.sidebarOpener = h('div', { class: 'wl-sidebar-opener', testid: 'stSidebarCollapsedControl', hidden: true },
      h('button', { type: 'button', class: 'wl-sidebar-expand', testid: 'stExpandSidebarButton', 'aria-label': 'Expand sidebar', onclick: () => this.setSidebarOpen(true) }, '»'));
    this.main = h('section', { class: 'wl-main', testid: 'stMain' },
      h('div', { class: 'wl-main-container', testid: 'stMainBlockContainer' }, this.mainBlock),
      h('div', { class: 'wl-bottom', testid: 'stBottom' }, this.bottomHost));
    this.body = h('div', { class: 'wl-body' }, this.sidebarOpener, this.main);
    this.root = h('div', {
      class: `wl-app${fullPage ? ' wl-fullpage' : ''}`, testid: 'stApp',
      'data-test-script-state': 'initial', 'data-test-connection-state': 'INITIAL',
    }, this.nav.header, this.toolbar, this.notices, this.bootBox, this.body, this.eventHost);
    this.host.replaceChildren(this.root);
  }

  setScript(state) {
    this.scriptState = state;
    this.root.setAttribute('data-test-script-state', state);
    this.toolbar.toggleAttribute('data-running', state === 'running');
  }

  setConnection(state) {
    this.root.setAttribute('data-test-connection-state', state);
  }

  showProgress(stage, fraction) {
    this.stage.textContent = `${stage}…`;
    const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    this.barFill.style.width = `${pct}%`;
    this.bar.setAttribute('aria-valuenow', String(pct));
  }

  /**
   * A small notice above the app (stop/restart, failed requirements).
   * @param {string} text
   * @param {string} [kind]
   */
  notice(text, kind = 'info') {
    const item = h('div', { class: `wl-notice wl-notice-${kind}`, testid: 'stNotice', role: 'status' },
      h('span', {}, text),
      h('button', { type: 'button', class: 'wl-notice-close', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'));
    this.notices.append(item);
    return item;
  }

  syncSidebar() {
    const elements = this.tree.roots[1].children.length > 0;
    this.nav.setSidebarElements(elements);
    const used = elements || this.nav.inSidebar;
    if (used && !this.sidebar.isConnected) this.body.prepend(this.sidebar);
    else if (!used && this.sidebar.isConnected) this.sidebar.remove();
    this.sidebarOpener.hidden = !used || this.sidebar.getAttribute('aria-expanded') !== 'false';
    // Streamlit's own attribute, which components read (st.components.v2's docs do)
    const collapsed = String(this.sidebar.getAttribute('aria-expanded') === 'false');
    if (this.sidebar.dataset.collapsed !== collapsed) this.sidebar.dataset.collapsed = collapsed;
    this.placeLogo();
  }

  /**
   * st.logo: the logo element (elements/diagrams.js) reports its props here, null when it
   * goes; the latest one written is shown.
   */
  setLogo(el, props) {
    this.logos ??= new Map();
    this.logos.delete(el);
    if (props) this.logos.set(el, props);
    this.placeLogo();
  }

  /**
   * Where Streamlit puts the logo: at the top of an open sidebar; otherwise at the top left
   * (in the top menu's header when there is one), drawn from icon_image when it has one.
   */
  placeLogo() {
    this.logoNodes?.forEach((node) => node.remove());
    this.logoNodes = [];
    const props = this.logos?.size ? [...this.logos.values()].at(-1) : null;
    if (!props) return;
    const sidebarOpen = this.sidebar.isConnected && this.sidebar.getAttribute('aria-expanded') !== 'false';
    if (sidebarOpen) {
      const header = h('div', { testid: 'stSidebarHeader', class: 'wl-sidebar-header' },
        logoNode(props, 'stSidebarLogo', false));
      this.sidebar.querySelector('.wl-sidebar-collapse').after(header);
      this.logoNodes.push(header);
      return;
    }
    const corner = h('div', { class: 'wl-header-logo' }, logoNode(props, 'stHeaderLogo', true));
    if (!this.nav.header.hidden) this.nav.header.prepend(corner);
    else {
      corner.classList.toggle('wl-beside-opener', this.sidebar.isConnected);
      this.root.insertBefore(corner, this.body);
    }
    this.logoNodes.push(corner);
  }

  /** The sidebar's collapse control (a page-only choice, kept across reruns). */
  setSidebarOpen(open) {
    this.sidebar.setAttribute('aria-expanded', String(open));
    this.syncSidebar();
    (open ? this.sidebar.querySelector('.wl-sidebar-collapse') : this.sidebarOpener.querySelector('button'))?.focus();
  }

  /**
   * st.set_page_config: the layout and the sidebar's first state; for a full-page app also
   * the tab's title and icon (an embedded app does not own its page's head).
   * @param {{title?: string, icon?: string, layout?: string, sidebar?: string, menu_items?: object}} config
   * menu_items go to the app menu (menu.js).
   */
  applyPageConfig(config) {
    if (config.menu_items && Object.keys(config.menu_items).length) this.menu.setItems(config.menu_items);
    if (config.layout) this.root.classList.toggle('wl-wide', config.layout === 'wide');
    if (config.sidebar && !this.sidebarConfigured) {
      this.sidebarConfigured = true; // "initial": the user's own choice wins afterwards
      if (config.sidebar === 'collapsed' || config.sidebar === 'expanded') {
        this.sidebar.setAttribute('aria-expanded', String(config.sidebar === 'expanded'));
        this.syncSidebar();
      }
    }
    if (!this.root.classList.contains('wl-fullpage')) return;
    if (config.title) document.title = config.title;
    if (config.icon && !config.icon.startsWith(':material/')) {
      const isUrl = /^(https?:|data:image\/|\.{0,2}\/)/.test(config.icon);
      const href = isUrl ? config.icon : `data:image/svg+xml,${encodeURIComponent(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${config.icon.replace(/[<&>]/g, '')}</text></svg>`)}`;
      let link = document.querySelector('link[rel~="icon"]');
      if (!link) link = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'icon' }));
      link.href = href;
    }
  }

  /**
   * config.toml, as the build put it in app.json: the theme, the menu, and the build's notes
   * about the file (shown on the page only to developers, see menu.js; always in the console).
   * @param {{config?: object, config_notes?: string[]}} app
   */
  applyAppConfig(app) {
    this.configured = true;
    const config = app?.config ?? {};
    this.theme.configure(config.theme ?? {});
    this.setClientOptions(config.client ?? {});
    for (const note of app?.config_notes ?? []) {
      console.warn(`wasmlit: ${note}`);
      if (showsDeveloperItems(this.clientOptions.toolbarMode)) this.notice(note, 'warning');
    }
  }

  /** client.* options: from app.json at boot, then from st.set_option (client-config). */
  setClientOptions(options) {
    this.clientOptions = { ...this.clientOptions, ...options };
    this.menu.setMode(this.clientOptions.toolbarMode);
    this.root.classList.toggle('wl-has-menu', !this.menu.el.hidden);
  }

  // ---- worker ---------------------------------------------------------------------------

  async start() {
    // Start the worker before the boot configuration (app.json) has arrived: it begins loading
    // Pyodide at once (worker.js), so that download overlaps the manifest's round trip.
    let worker = null;
    let earlyError = null;
    const failedToStart = (message) => ({
      name: 'WorkerError',
      message: message || 'the worker failed to start: its script did not load (a missing file, or no network). Check the connection and that the site is complete, then reload the page.',
    });
    const name = this.keepPython ? 'wasmlit snapshot' : 'wasmlit';
    // A built site's index.html starts the worker itself, while wasmlit.js is still loading
    // (web/public/index.html): the first start takes that one over.
    const early = this.workerStarts === 0 ? this.host.wlEarlyWorker : null;
    if (early) delete this.host.wlEarlyWorker;
    if (early && early.wlName === name) {
      worker = early;
      if (early.wlFailed) earlyError = failedToStart(typeof early.wlFailed === 'string' ? early.wlFailed : '');
      worker.onerror = (event) => { event.preventDefault?.(); earlyError = failedToStart(event.message); };
    } else if (location.protocol !== 'file:') {
      early?.terminate();
      // The worker's name asks it to keep a memory snapshot of Python (sites that cache themselves).
      worker = new Worker(new URL('./worker/worker.js', import.meta.url), { type: 'module', name });
      worker.onerror = (event) => { // until the Client takes over (a script that did not load)
        event.preventDefault?.();
        earlyError = failedToStart(event.message);
      };
    }
    this.runsOnClient = 0;
    let config;
    try {
      config = await this.bootConfig;
      this.siteBase = config.app?.siteBase ?? this.siteBase;
      // Only the first worker starts from the first view; after a restart the page shows
      // the restored session's own tree.
      const shown = this.workerStarts++ ? null : await this.firstViewReady;
      if (shown) config = { ...config, firstView: shown.ops };
    } catch (err) {
      worker?.terminate();
      this.onFatal({ name: err.name || 'Error', message: err.message, stack: err.stack });
      return;
    }
    this.nav.config = config.app?.config ?? null; // client.showSidebarNavigation
    if (!this.configured) this.applyAppConfig(config.app);
    // Shared memory exists only on cross-origin isolated pages (COOP/COEP headers); elsewhere
    // Stop falls back to restarting the worker.
    this.interrupt = globalThis.crossOriginIsolated ? new Uint8Array(new SharedArrayBuffer(1)) : null;
    this.client = new Client(worker, config, {
      onMessage: (msg) => this.onMessage(msg),
      onFatal: (error) => this.onFatal(error),
    }, () => ++this.seq, this.interrupt?.buffer);
    if (earlyError) this.client.fail(earlyError);
  }

  /**
   * Send a request; the app is "running" from this moment until an idle covers it.
   * @returns {number} the request's seq
   */
  send(type, fields = {}) {
    if (!this.client || this.client.dead) return 0;
    const seq = this.client.send(type, fields);
    this.lastSent = seq;
    this.setScript('running');
    return seq;
  }

  onMessage(msg) {
    switch (msg.type) {
      case 'progress':
        this.showProgress(msg.stage ?? '', msg.fraction ?? 0);
        break;
      case 'ready':
        this.onReady(msg);
        break;
      case 'run-started':
        if (this.clearOnNextRun) {
          this.clearOnNextRun = false;
          this.tree.clear();
          this.forms.clear();
          this.body.inert = false;
          this.root.classList.remove('wl-restarting');
        }
        this.runId = msg.run_id;
        this.stale.runStarted(msg.fragment_ids ?? []);
        break;
      case 'patches':
        this.tree.apply(msg.ops ?? []);
        if (msg.reached?.length) this.stale.reached(msg.reached);
        this.syncSidebar();
        break;
      case 'page-config':
        this.applyPageConfig(msg);
        break;
      case 'navigation':
        this.nav.onNavigation(msg);
        this.syncSidebar();
        break;
      case 'page-info':
        this.nav.onPageInfo(msg);
        break;
      case 'client-config':
        this.setClientOptions(msg.options ?? {});
        break;
      case 'run-finished':
        this.runsOnClient += 1;
        this.stale.runFinished();
        this.timers.sync(msg.timers ?? {});
        if (msg.snapshot) this.snapshot = msg.snapshot;
        this.unrestorable = msg.unrestorable ?? [];
        if (this.restartNotice) {
          // The first run after a restart names what the restore could not bring back.
          const lost = [...new Set([...this.restartNotice.lost, ...this.unrestorable])];
          if (lost.length) this.restartNotice.text.textContent = `${this.restartNotice.base} Could not restore: ${lost.join(', ')}.`;
          this.restartNotice = null;
        }
        this.root.dataset.lastRunStatus = msg.status ?? '';
        break;
      case 'idle':
        this.idleSeq = Math.max(this.idleSeq, msg.seq ?? 0);
        this.timers.idle(this.idleSeq);
        if (this.idleSeq >= this.lastSent) {
          if (!this.booted) {
            this.booted = true;
            this.root.dataset.bootMs = String(Math.round(performance.now() - this.bootStarted));
            this.toolbar.toggleAttribute('data-getting-ready', false);
            // What the user did on the first view, in order, now that the widgets exist.
            for (const [type, fields] of this.early.splice(0)) this.send(type, fields);
            this.markStarted();
          }
          if (this.idleSeq >= this.lastSent) this.setScript('notRunning');
        }
        break;
      case 'log': {
        const level = ['debug', 'info', 'warning', 'error'].includes(msg.level) ? msg.level : 'info';
        const fn = { debug: console.debug, info: console.info, warning: console.warn, error: console.error }[level];
        fn(`wasmlit: ${msg.message}`);
        // Warnings are meant for the user (e.g. a requirement that could not be installed);
        // errors are for developers (e.g. a rejected message) and stay in the console.
        if (level === 'warning') this.notice(msg.message, 'warning');
        break;
      }
      default:
        console.error(`wasmlit protocol error: no handler for ${msg.type}`);
    }
  }

  onReady(msg) {
    this.setConnection('CONNECTED');
    if (!this.root.dataset.readyMs) this.root.dataset.readyMs = String(Math.round(performance.now() - this.bootStarted));
    this.root.dataset.canRunSync = String(Boolean(msg.can_run_sync));
    if (!this.bootBox.hidden) this.bootBox.hidden = true;
    if (this.restarting) {
      this.restarting = false;
      this.clearOnNextRun = true;
      if (this.snapshot) this.send('restore', { snapshot: this.snapshot });
    }
    this.nav.boot(); // a `navigate` for the URL's page and query (or, after a restart, the page shown)
  }

  onFatal(error) {
    if (this.client?.ready && this.runsOnClient > 0 && !this.destroyed) {
      // Python died under a running app (a wasm trap, an abort, an uncaught worker error):
      // restart it and restore the last finished run, as Stop does. A worker that dies again
      // before finishing a run gets the error box instead (no restart loop).
      console.error(`wasmlit: Python crashed: ${error.name}: ${error.message}`, error.stack ?? '');
      const first = `${error.name}: ${error.message}`.split('\n')[0].slice(0, 200);
      this.restart(`Python crashed (${first}) and was restarted`);
      return;
    }
    this.setConnection('DISCONNECTED');
    this.setScript('notRunning');
    this.timers.clear();
    this.stale.runFinished();
    this.bootBox.hidden = true;
    this.body.inert = false;
    const title = this.client?.ready || this.booted ? 'Python stopped working' : 'wasmlit could not start this app';
    const box = h('div', { class: 'wl-fatal', testid: 'stFatalError', role: 'alert' },
      h('h2', {}, title),
      h('p', { class: 'wl-fatal-message' }, `${error.name}: ${error.message}`),
      h('button', { type: 'button', class: 'wl-fatal-reload', onclick: () => location.reload() }, 'Reload the page'));
    if (error.stack) box.append(h('details', {}, h('summary', {}, 'Details'), h('pre', {}, error.stack)));
    this.root.querySelector('.wl-fatal')?.remove();
    this.root.insertBefore(box, this.body);
  }

  // ---- Stop -------------------------------------------------------------------------------

  /**
   * Ask the run to stop. A script that yields stops at its next `st.*` call or sleep. If the
   * worker is not idle in time, interrupt Python (cross-origin isolated pages), and failing
   * that restart it.
   */
  stop() {
    if (this.scriptState !== 'running' || !this.client?.ready || this.restarting) return;
    const seq = this.send('stop');
    const client = this.client;
    const stillBusy = () => this.idleSeq < seq && this.client === client && !client.dead;
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => {
      if (!stillBusy()) return;
      if (!this.interrupt) {
        this.restart();
        return;
      }
      Atomics.store(this.interrupt, 0, SIGINT);
      this.stopTimer = setTimeout(() => {
        if (stillBusy()) this.restart();
      }, INTERRUPT_GRACE_MS);
    }, STOP_GRACE_MS);
  }

  /**
   * Terminate the worker (the script never yields, or Python crashed) and boot a fresh one,
   * restoring state.
   * @param {string} [reason] what the notice says happened
   */
  restart(reason) {
    this.client.terminate();
    this.timers.clear();
    this.stale.runFinished();
    this.restarting = true;
    this.setConnection('CONNECTING');
    this.body.inert = true;
    this.root.classList.add('wl-restarting');
    let base = reason ?? 'Stopped the run: the script did not reach a point where it could stop, so Python was restarted';
    base += this.snapshot ? ' and the session state and widget values of the last finished run were restored.' : '.';
    const lost = [...this.unrestorable];
    const item = this.notice(lost.length ? `${base} Could not restore: ${lost.join(', ')}.` : base, 'stop');
    this.restartNotice = { text: item.firstChild, base, lost };
    this.start();
  }

  // ---- widgets ----------------------------------------------------------------------------

  rendererContext() {
    return {
      click: (props) => {
        if (props.is_submit && props.form_id) this.submitForm(props.form_id, props.id);
        else this.request('widget-changed', { values: { [props.id]: true } });
      },
      change: (props, value) => {
        if (props.form_id) {
          if (!this.forms.has(props.form_id)) this.forms.set(props.form_id, new Map());
          this.forms.get(props.form_id).set(props.id, value);
        } else {
          this.request('widget-changed', { values: { [props.id]: value } });
        }
      },
      /** a site-relative URL (a custom component's frontend) made absolute */
      siteURL: (path) => new URL(path, this.siteBase ?? document.baseURI).href,
      navigate: (pageHash, query) => this.nav.follow(pageHash, query),
      setLogo: (el, props) => this.setLogo(el, props),
      link: (page, query, attrs) => this.nav.link(page, query, attrs),
      enterInForm: (formId, el) => {
        const form = el.closest('form[data-testid=stForm]');
        if (!form || form.wlProps?.enter_to_submit === false) return;
        const submit = form.querySelector('[data-testid=stFormSubmitButton] button');
        if (submit && !submit.disabled) submit.click();
      },
    };
  }

  submitForm(formId, submitId) {
    const values = Object.fromEntries(this.forms.get(formId) ?? []);
    this.forms.delete(formId);
    values[submitId] = true;
    this.request('widget-changed', { values });
  }

  /** Stop everything (the element left the page). */
  destroy() {
    this.destroyed = true;
    this.menu.destroy();
    this.theme.destroy();
    clearTimeout(this.stopTimer);
    this.timers.clear();
    this.stale.runFinished();
    this.nav.destroy();
    this.client?.terminate();
  }
}
