// One running app: its DOM shell, its worker (through a Client), the patcher, the run_every
// timers and the Stop control. main.js creates one App per mount point.
import { Client } from './client.js';
import { h } from './dom/h.js';
import { Tree } from './dom/patch.js';
import { createRegistry } from './elements/registry.js';
import { Timers } from './timers.js';

/** How long Stop waits for the worker to go idle before it restarts Python. */
const STOP_GRACE_MS = 1000;

/**
 * @typedef {object} BootConfig what the worker needs to start (sent to it as JSON)
 * @property {string} pyodideURL absolute URL of the site's pyodide/ folder (ends with /)
 * @property {string} wasmlitURL absolute URL of wasmlit.zip
 * @property {{entrypoint: string, files: {path: string, url?: string, text?: string}[],
 *   requirements?: string[], wheels?: string[]}} app
 */

export class App {
  /**
   * @param {HTMLElement} host the element the app renders into
   * @param {Promise<BootConfig>} bootConfig
   * @param {{fullPage?: boolean}} [options]
   */
  constructor(host, bootConfig, options = {}) {
    this.host = host;
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
    this.buildShell(Boolean(options.fullPage));
    this.tree = new Tree([this.mainBlock, this.sidebarBlock, this.eventHost, this.bottomHost],
      createRegistry(), this.rendererContext());
    this.timers = new Timers((fid) => this.send('rerun-fragment', { fragment_id: fid, auto: true }));
    this.start();
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
      this.stopButton);
    this.notices = h('div', { class: 'wl-notices', testid: 'stNotices', 'aria-live': 'polite' });
    this.sidebar = h('section', { class: 'wl-sidebar', testid: 'stSidebar' }, this.sidebarBlock);
    this.main = h('section', { class: 'wl-main', testid: 'stMain' },
      h('div', { class: 'wl-main-container', testid: 'stMainBlockContainer' }, this.mainBlock),
      h('div', { class: 'wl-bottom', testid: 'stBottom' }, this.bottomHost));
    this.body = h('div', { class: 'wl-body' }, this.main);
    this.root = h('div', {
      class: `wl-app${fullPage ? ' wl-fullpage' : ''}`, testid: 'stApp',
      'data-test-script-state': 'initial', 'data-test-connection-state': 'INITIAL',
    }, this.toolbar, this.notices, this.bootBox, this.body, this.eventHost);
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
    const used = this.tree.roots[1].children.length > 0;
    if (used && !this.sidebar.isConnected) this.body.prepend(this.sidebar);
    else if (!used && this.sidebar.isConnected) this.sidebar.remove();
  }

  // ---- worker ---------------------------------------------------------------------------

  async start() {
    // Start the worker before the boot configuration (app.json) has arrived: it begins loading
    // Pyodide at once (worker.js), so that download overlaps the manifest's round trip.
    let worker = null;
    let earlyError = null;
    if (location.protocol !== 'file:') {
      worker = new Worker(new URL('./worker/worker.js', import.meta.url), { type: 'module', name: 'wasmlit' });
      worker.onerror = (event) => { // until the Client takes over (a script that did not load)
        event.preventDefault?.();
        earlyError = { name: 'WorkerError', message: event.message || 'the worker failed to start' };
      };
    }
    let config;
    try {
      config = await this.bootConfig;
    } catch (err) {
      worker?.terminate();
      this.onFatal({ name: err.name || 'Error', message: err.message, stack: err.stack });
      return;
    }
    this.client = new Client(worker, config, {
      onMessage: (msg) => this.onMessage(msg),
      onFatal: (error) => this.onFatal(error),
    }, () => ++this.seq);
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
        break;
      case 'patches':
        this.tree.apply(msg.ops ?? []);
        this.syncSidebar();
        break;
      case 'run-finished':
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
          this.setScript('notRunning');
          if (!this.booted) {
            this.booted = true;
            this.root.dataset.bootMs = String(Math.round(performance.now() - this.bootStarted));
          }
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
    this.bootBox.hidden = true;
    if (this.restarting) {
      this.restarting = false;
      this.clearOnNextRun = true;
      if (this.snapshot) this.send('restore', { snapshot: this.snapshot });
    }
    this.send('run-script');
  }

  onFatal(error) {
    this.setConnection('DISCONNECTED');
    this.setScript('notRunning');
    this.timers.clear();
    this.bootBox.hidden = true;
    this.body.inert = false;
    const title = this.client?.ready || this.booted ? 'Python stopped working' : 'wasmlit could not start this app';
    const box = h('div', { class: 'wl-fatal', testid: 'stFatalError', role: 'alert' },
      h('h2', {}, title),
      h('p', { class: 'wl-fatal-message' }, `${error.name}: ${error.message}`));
    if (error.stack) box.append(h('details', {}, h('summary', {}, 'Details'), h('pre', {}, error.stack)));
    this.root.querySelector('.wl-fatal')?.remove();
    this.root.insertBefore(box, this.body);
  }

  // ---- Stop -------------------------------------------------------------------------------

  /** Ask the run to stop; if the worker does not go idle in time, restart Python. */
  stop() {
    if (this.scriptState !== 'running' || !this.client?.ready || this.restarting) return;
    const seq = this.send('stop');
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => {
      if (this.idleSeq < seq && !this.client.dead) this.restart();
    }, STOP_GRACE_MS);
  }

  /** Terminate the worker (the script never yields) and boot a fresh one, restoring state. */
  restart() {
    this.client.terminate();
    this.timers.clear();
    this.restarting = true;
    this.setConnection('CONNECTING');
    this.body.inert = true;
    this.root.classList.add('wl-restarting');
    let base = 'Stopped the run: the script did not reach a point where it could stop, so Python was restarted';
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
        else this.send('widget-changed', { values: { [props.id]: true } });
      },
      change: (props, value) => {
        if (props.form_id) {
          if (!this.forms.has(props.form_id)) this.forms.set(props.form_id, new Map());
          this.forms.get(props.form_id).set(props.id, value);
        } else {
          this.send('widget-changed', { values: { [props.id]: value } });
        }
      },
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
    this.send('widget-changed', { values });
  }

  /** Stop everything (the element left the page). */
  destroy() {
    clearTimeout(this.stopTimer);
    this.timers.clear();
    this.client?.terminate();
  }
}
