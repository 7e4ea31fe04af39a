// The worker: boots Pyodide, loads wasmlit and the app, and relays strings between the page
// and wasmlit._pyodide_bridge (docs/protocol.md). Only strings cross postMessage.
import { PROTOCOL_VERSION } from '../protocol.js';

const APP_DIR = '/home/pyodide/app';
const PKG_DIR = '/home/pyodide/.wasmlit';

/** @type {string[]} requests received and not yet taken by Python */
const inbox = [];
let bridge = null; // PyProxy of wasmlit._pyodide_bridge once booted
let pumping = false;
let dead = false;
/** @type {SharedArrayBuffer|null} the page's interrupt buffer (cross-origin isolated pages only) */
let interruptBuffer = null;

const post = (obj) => self.postMessage(JSON.stringify({ v: PROTOCOL_VERSION, ...obj }));
const progress = (stage, fraction) => post({ type: 'progress', stage, fraction });
const log = (level, message) => post({ type: 'log', level, message });

/** Turn anything thrown (an Error, a PythonError, a string) into plain strings. */
function plainError(err) {
  return {
    name: String(err?.type || err?.name || 'Error'),
    message: String(err?.message ?? err),
    stack: String(err?.stack ?? ''),
  };
}

function fatal(err) {
  if (dead) return;
  dead = true;
  post({ type: 'fatal', error: plainError(err) });
}

// yield_now(): resolve after one macrotask, so that pending onmessage events run first.
const channel = new MessageChannel();
const waiters = [];
channel.port1.onmessage = () => waiters.shift()?.();
function yieldNow() {
  return new Promise((resolve) => {
    waiters.push(resolve);
    channel.port2.postMessage(0);
  });
}

const host = {
  post: (text) => self.postMessage(String(text)),
  poll: () => JSON.stringify(inbox.splice(0)),
  yield_now: yieldNow,
};

/** Run pump() until the inbox stays empty. Never re-entered while Python runs. */
async function drive() {
  if (pumping || !bridge || dead) return;
  pumping = true;
  try {
    do {
      await bridge.pump.callPromising();
    } while (inbox.length > 0 && !dead);
  } catch (err) {
    fatal(err);
  } finally {
    pumping = false;
  }
}

async function fetchBytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not fetch ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function fetchAppFiles(files) {
  return Promise.all(files.map(async (f) => {
    if (typeof f.text === 'string') return { path: f.path, data: f.text };
    return { path: f.path, data: await fetchBytes(f.url) };
  }));
}

/**
 * Install an app's requirements with micropip: wheels shipped in the site first, then names.
 * A failure is reported (a `log` error the page shows) and boot goes on.
 */
async function installRequirements(pyodide, app) {
  const wheels = app.wheels ?? [];
  const names = app.requirements ?? [];
  if (wheels.length === 0 && names.length === 0) return;
  progress('Installing requirements', 0.8);
  const problems = [];
  try {
    await pyodide.loadPackage('micropip', { messageCallback: () => {}, errorCallback: (m) => problems.push(m) });
  } catch (err) {
    problems.push(plainError(err).message);
  }
  if (!pyodide.loadedPackages.micropip) {
    const missing = [...wheels.map((w) => w.split('/').pop()), ...names].join(', ');
    log('warning', `Could not load micropip, so these requirements are missing: ${missing} (${problems.join('; ') || 'unknown error'})`);
    return;
  }
  const micropip = pyodide.pyimport('micropip');
  try {
    for (const req of [...wheels, ...names]) {
      const label = req.split('/').pop();
      progress(`Installing ${label}`, 0.82);
      try {
        await micropip.install.callPromising(req);
      } catch (err) {
        const detail = plainError(err).message.trim().split('\n').pop();
        log('warning', `Could not install requirement ${label}: ${detail}`);
      }
    }
  } finally {
    micropip.destroy();
  }
}

// Start loading Pyodide as soon as the worker runs, from where a built site keeps it (this
// file is assets/worker-*.js, the runtime is pyodide/); the boot configuration, which the page
// sends once it has read app.json, confirms that URL (or names another, loaded then).
const EARLY_URL = new URL('../pyodide/', import.meta.url).href;

/**
 * A built site that caches itself (the page names this worker "wasmlit snapshot"; see
 * docs/web.md, "Caching and offline") also keeps a memory snapshot of the freshly started
 * interpreter in Cache Storage, beside the service worker's caches: a later visit restores
 * it instead of starting Python again, which is most of a boot once the files are cached.
 * Pyodide checks that a snapshot comes from the very same build of its runtime; anything
 * wrong with one (or with restoring it) and the worker starts Python afresh and replaces it.
 */
const SITE_URL = new URL('../', import.meta.url).href;
const snapshots = self.name === 'wasmlit snapshot' && self.caches ? {
  cache: () => caches.open(`wasmlit-v1 ${SITE_URL} snapshot`),
  key: `${SITE_URL}wasmlit-snapshot`,
  async load() {
    const res = await (await this.cache()).match(this.key);
    return res ? new Uint8Array(await res.arrayBuffer()) : null;
  },
  async save(bytes) {
    await (await this.cache()).put(this.key, new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } }));
  },
  async drop() {
    await (await this.cache()).delete(this.key);
  },
} : null;
/** How this worker's Python started: 'fresh', 'snapshot made', 'from snapshot', and the ms
 * taking the snapshot cost (for bench/ and tests). */
let started = 'fresh';
let snapshotMs = null;
/** Bytes of a snapshot taken at this boot, saved once the app has started. */
let newSnapshot = null;

async function loadRuntime(indexURL) {
  const { loadPyodide } = await import(/* @vite-ignore */ new URL('pyodide.mjs', indexURL).href);
  const options = {
    indexURL,
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  };
  if (!snapshots || indexURL !== EARLY_URL) return loadPyodide(options);
  const saved = await snapshots.load().catch(() => null);
  if (saved) {
    try {
      const pyodide = await loadPyodide({ ...options, _loadSnapshot: saved });
      started = 'from snapshot';
      return pyodide;
    } catch (err) {
      console.warn(`wasmlit: starting Python afresh, the saved snapshot did not load (${plainError(err).message})`);
      await snapshots.drop().catch(() => {});
    }
  }
  const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
  try {
    const t0 = performance.now();
    newSnapshot = pyodide.makeMemorySnapshot(); // before anything else runs in this Python
    snapshotMs = performance.now() - t0;
    started = 'snapshot made';
  } catch (err) {
    console.warn(`wasmlit: no snapshot of Python for the next visit (${plainError(err).message})`);
  }
  return pyodide;
}

const early = loadRuntime(EARLY_URL);
early.catch(() => {}); // a failure counts only if the configuration confirms this URL

async function boot(config) {
  progress('Loading the Python runtime', 0.05);
  // loadPyodide() reports nothing while it downloads and starts the interpreter (most of the
  // boot): creep the bar towards 60% so the page shows that something is happening.
  const t0 = performance.now();
  const creep = setInterval(() => {
    const s = (performance.now() - t0) / 1000;
    progress(s < 1 ? 'Loading the Python runtime' : 'Starting Python', 0.05 + 0.55 * (1 - Math.exp(-s / 2.5)));
  }, 250);
  // Start every download at once: the runtime, the wasmlit package and the app's files.
  const pyodideP = config.pyodideURL === EARLY_URL ? early : loadRuntime(config.pyodideURL);
  const pkgP = fetchBytes(config.wasmlitURL);
  const filesP = fetchAppFiles(config.app.files ?? []);
  // Awaited below, after the runtime; meanwhile a failure must not count as unhandled.
  pkgP.catch(() => {});
  filesP.catch(() => {});
  let pyodide;
  try {
    pyodide = await pyodideP;
  } finally {
    clearInterval(creep);
  }
  // The page writes 2 (SIGINT) here when Stop finds a script that never yields: Python raises
  // KeyboardInterrupt in the script, and the session ends the run as stopped.
  if (interruptBuffer) pyodide.setInterruptBuffer(new Uint8Array(interruptBuffer));
  // For measuring only (bench/, DevTools): the worker's global scope is reachable from nowhere
  // else, and nothing in wasmlit reads this.
  self.__wasmlit = { pyodide, started, snapshotMs };

  progress('Loading wasmlit', 0.7);
  pyodide.FS.mkdirTree(PKG_DIR);
  pyodide.unpackArchive(await pkgP, 'zip', { extractDir: PKG_DIR });

  progress('Loading the app', 0.75);
  pyodide.FS.mkdirTree(APP_DIR);
  for (const { path, data } of await filesP) {
    const full = `${APP_DIR}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    pyodide.FS.writeFile(full, data);
  }
  pyodide.FS.chdir(APP_DIR);
  const sysPath = pyodide.pyimport('sys').path;
  sysPath.insert(0, PKG_DIR);
  sysPath.insert(0, APP_DIR);
  sysPath.destroy();

  await installRequirements(pyodide, config.app);

  progress('Starting the app', 0.95);
  pyodide.registerJsModule('wasmlit_host', host);
  bridge = pyodide.pyimport('wasmlit._pyodide_bridge');
  await bridge.boot.callPromising(APP_DIR, config.app.entrypoint);
  if (newSnapshot) { // stored after the boot, so it takes nothing from it
    const bytes = newSnapshot;
    newSnapshot = null;
    snapshots.save(bytes).catch((err) => console.warn(`wasmlit: could not keep the snapshot of Python: ${err.message}`));
  }
}

self.onmessage = (event) => {
  const data = event.data;
  // (SharedArrayBuffer is not even defined on pages that are not cross-origin isolated.)
  if (self.booting === undefined && self.crossOriginIsolated && data?.interruptBuffer instanceof SharedArrayBuffer) {
    interruptBuffer = data.interruptBuffer;
    return;
  }
  if (typeof data !== 'string') {
    console.error('wasmlit worker: ignored a message that is not a string');
    return;
  }
  if (self.booting === undefined) {
    // The first message is the boot configuration; every later one is a protocol request.
    let config;
    try {
      config = JSON.parse(data).boot;
      if (!config) throw new Error('the first message must be the boot configuration');
    } catch (err) {
      fatal(err);
      return;
    }
    self.booting = boot(config).then(drive, fatal);
    return;
  }
  inbox.push(data);
  drive();
};
