// The worker: boots Pyodide, loads wasmlit and the app, and relays strings between the page
// and wasmlit._pyodide_bridge (docs/protocol.md). Only strings cross postMessage.
import { PROTOCOL_VERSION } from '../protocol.js';
import { storedZipEntries } from './unzip.js';

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

/**
 * For measuring only (bench/): once `self.__wasmlit.trace` is an array, `[what, time]` pairs
 * go into it (this worker's performance.now()): a request's arrival ('in'), each pump() call
 * ('pump', 'pumped') and each message about to be posted (its type).
 */
const note = (what) => self.__wasmlit?.trace?.push(what, performance.now());
/** For measuring only (bench/): this worker's performance.now() at each step of its boot. */
const bootMarks = {};
const bootMark = (name) => { bootMarks[name] ??= performance.now(); };
const postedType = (text) => /"type":"([a-z-]+)"/.exec(text.slice(0, 40))?.[1] ?? '?';
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
  post: (text) => {
    if (self.__wasmlit?.trace) for (const line of String(text).split('\n')) note(postedType(line));
    self.postMessage(String(text));
  },
  poll: () => JSON.stringify(inbox.splice(0)),
  yield_now: yieldNow,
};

/**
 * Run pump() until the inbox stays empty. Never re-entered while Python runs. pump() is given
 * the inbox itself (saving a poll()); a long-lived Python waiting for requests with run_sync
 * would answer later: a stack switch costs more than entering Python afresh.
 */
async function drive() {
  if (pumping || !bridge || dead) return;
  pumping = true;
  try {
    do {
      note('pump');
      await bridge.pump.callPromising(host.poll());
      note('pumped');
      bootMark('first idle');
    } while (inbox.length > 0 && !dead);
  } catch (err) {
    fatal(err);
  } finally {
    pumping = false;
  }
}

// ---- downloads during boot ---------------------------------------------------------------
// Pyodide fetches its own files (the .wasm, the standard library, the lock file) and, when one
// is missing, fails with an unrelated message or never settles at all. While booting, every
// fetch in this worker is watched: the first failed download becomes the boot's error, named.

const NETWORK_FAILED = 'the network request failed (offline, or the server cannot be reached)';

/** A boot download that failed: the page shows `DownloadError: Could not download ...`. */
function downloadError(url, why) {
  return Object.assign(new Error(`Could not download ${url} (${why}). Check the connection and that the site is complete, then reload the page.`), { name: 'DownloadError' });
}

/** @type {{url: string, why: string}[]} downloads that failed while booting */
const failedDownloads = [];
let watching = true;
let onDownloadFailed = () => {};
const plainFetch = self.fetch.bind(self);
const noteFailure = (url, why) => {
  if (!watching) return;
  failedDownloads.push({ url, why });
  onDownloadFailed();
};
self.fetch = async (input, init) => {
  const url = String(input?.url ?? input);
  let res;
  try {
    res = await plainFetch(input, init);
  } catch (err) {
    noteFailure(url, NETWORK_FAILED);
    throw err;
  }
  if (!res.ok) noteFailure(url, `HTTP ${res.status}`);
  return res;
};

/** Rejects with a DownloadError once a download under `baseURL` has failed. */
function downloadFailedUnder(baseURL) {
  const failed = new Promise((_, reject) => {
    onDownloadFailed = () => {
      const first = failedDownloads.find((d) => d.url.startsWith(baseURL));
      if (first) reject(downloadError(first.url, first.why));
    };
    onDownloadFailed();
  });
  failed.catch(() => {});
  return failed;
}

/** After boot, the app's own requests (pyodide.http) are none of boot's business. */
function stopWatchingDownloads() {
  watching = false;
  self.fetch = plainFetch;
}

async function fetchBytes(url) {
  let res;
  try {
    res = await plainFetch(url);
  } catch {
    throw downloadError(url, NETWORK_FAILED);
  }
  if (!res.ok) throw downloadError(url, `HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * wasmlit.zip.gz as a zip: gunzipped natively (py/wasmlit/packing.py). A host that served it
 * with its own `Content-Encoding: gzip` left the zip itself, which passes as it is.
 */
async function gunzipped(bytes, url) {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (err) {
    const why = `${url} is damaged (${err?.message ?? err})`;
    throw new Error(`${why}. Check that the site is complete, then reload the page.`, { cause: err });
  }
}

/** wasmlit's package, fetched and gunzipped once per URL (the snapshot path and boot share it). */
const packageDownloads = new Map();
function wasmlitPackage(url) {
  if (!packageDownloads.has(url)) packageDownloads.set(url, fetchBytes(url).then((bytes) => gunzipped(bytes, url)));
  return packageDownloads.get(url);
}

/** Write `files` ({path, data}, paths relative to `dir`) into Pyodide's file system. */
function writeFiles(FS, dir, files) {
  for (const { path, data } of files) {
    const full = `${dir}/${path}`;
    FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    FS.writeFile(full, data);
  }
}

/** Pyodide -> the wasmlit package URL unpacked into it (a snapshot-making boot does it early). */
const installed = new WeakMap();

/**
 * Unpack wasmlit's package into PKG_DIR and put that on sys.path, once per interpreter. Its
 * stored zip is written file by file from here; any other zip goes through Pyodide's
 * unpackArchive().
 */
async function installWasmlit(pyodide, url) {
  if (installed.get(pyodide) === url) return;
  const bytes = await wasmlitPackage(url);
  const { FS } = pyodide;
  FS.mkdirTree(PKG_DIR);
  const files = storedZipEntries(bytes);
  if (files === null) {
    pyodide.unpackArchive(bytes, 'zip', { extractDir: PKG_DIR });
  } else {
    writeFiles(FS, PKG_DIR, files);
  }
  // A restored snapshot remembers the folders' listings of the visit that made it: forget them.
  const dir = JSON.stringify(PKG_DIR);
  pyodide.runPython(`import sys
[sys.path_importer_cache.pop(d) for d in list(sys.path_importer_cache) if d.startswith(${dir})]
if ${dir} not in sys.path:
    sys.path.insert(0, ${dir})`);
  installed.set(pyodide, url);
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
    if (app.indexURLs?.length) {
      const urls = pyodide.toPy(app.indexURLs);
      micropip.set_index_urls(urls);
      urls.destroy();
    }
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

/** Normalized package name, as Pyodide compares them. */
const norm = (name) => String(name).toLowerCase().replace(/[-_.]+/g, '-');

/**
 * Name on screen (a `log` warning, shown above the app) the packages that did not load, and
 * why. One more try, with an error callback, gives the reason (a network failure, a hash
 * mismatch); a package that loads then is simply there.
 */
async function checkPackages(pyodide, packages) {
  const loaded = () => new Set(Object.keys(pyodide.loadedPackages).map(norm));
  let missing = packages.filter((p) => !loaded().has(norm(p)));
  if (missing.length === 0) return;
  const errors = [];
  try {
    await pyodide.loadPackage(missing, { messageCallback: () => {}, errorCallback: (m) => errors.push(String(m)) });
  } catch (err) {
    errors.push(plainError(err).message);
  }
  const now = loaded();
  missing = missing.filter((p) => !now.has(norm(p)));
  if (missing.length === 0) return;
  const reasons = [...new Set(errors.filter((m) => !/^The following error occurred/.test(m))
    .map((m) => m.trim().split('\n').pop()))].filter(Boolean);
  const s = missing.length > 1 ? 's' : '';
  log('warning', `Could not load the package${s} ${missing.join(', ')}${reasons.length ? ` (${reasons.join('; ')})` : ''}. The app runs without ${s ? 'them' : 'it'}, so importing ${s ? 'them' : 'it'} fails.`);
}

// Start loading Pyodide as soon as the worker runs, from where a built site keeps it (this
// file is assets/worker-*.js, the runtime is pyodide/), with the site's own lock file and
// packages, which the worker reads from the site's app.json itself: the page's copy arrives
// later, with the boot configuration, which confirms these URLs (or names others, loaded then).
const EARLY_URL = new URL('../pyodide/', import.meta.url).href;

/**
 * A built site that caches itself (the page names this worker "wasmlit snapshot"; see
 * docs/web.md, "Caching and offline") also keeps a memory snapshot of the freshly started
 * interpreter, with wasmlit imported, in Cache Storage, beside the service worker's caches:
 * a later visit restores it instead of starting Python and importing wasmlit again, which is
 * most of a boot once the files are cached. Pyodide checks that a snapshot comes from the
 * very same build of its runtime; the snapshot records the SHA-256 of the wasmlit package it
 * imported, and one of another package is never used. Anything wrong with one (or with
 * restoring it) and the worker starts Python afresh and replaces it.
 */
const SITE_URL = new URL('../', import.meta.url).href;
const EARLY_PACKAGE_URL = `${SITE_URL}wasmlit.zip.gz`;
const snapshots = self.name === 'wasmlit snapshot' && self.caches ? {
  cache: () => caches.open(`wasmlit-v1 ${SITE_URL} snapshot`),
  key: `${SITE_URL}wasmlit-snapshot`,
  /**
   * The saved snapshot, if any: `{bytes}`, a promise of its bytes that rejects with
   * StaleSnapshot unless it was taken with the package `tag` (a promise of its SHA-256)
   * names. Its body is read while the tag is computed and Pyodide fetches its runtime.
   */
  async find(tag) {
    const res = await (await this.cache()).match(this.key);
    if (!res) return null;
    const body = res.arrayBuffer();
    body.catch(() => {});
    const bytes = (async () => {
      if (res.headers.get('X-Wasmlit-Package') !== await tag) throw new StaleSnapshot();
      return new Uint8Array(await body);
    })();
    bytes.catch(() => {}); // (loadPyodide awaits it)
    return { bytes };
  },
  async save(bytes, tag) {
    await (await this.cache()).put(this.key, new Response(bytes, {
      headers: { 'Content-Type': 'application/octet-stream', 'X-Wasmlit-Package': tag },
    }));
  },
  async drop() {
    await (await this.cache()).delete(this.key);
  },
} : null;
/** A saved snapshot taken with another wasmlit package (or none could be compared). */
class StaleSnapshot extends Error {}
/** How this worker's Python started: 'fresh', 'snapshot made', 'from snapshot', and the ms
 * taking the snapshot cost (for bench/ and tests). */
let started = 'fresh';
let snapshotMs = null;
/** wasmlit's modules imported in a snapshot taken at this boot (for tests). */
let snapshotModules = null;
/** Bytes of a snapshot taken at this boot, saved once the app has started. */
let newSnapshot = null;
/** The SHA-256 (hex) of the wasmlit package a snapshot imports. */
async function packageTag(url) {
  const digest = await crypto.subtle.digest('SHA-256', await wasmlitPackage(url));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Load Pyodide from `indexURL`; with a site's lock file (`lockFileURL`), also load `packages`
 * while the interpreter starts (their downloads overlap its own). A site that caches itself
 * and loads no packages at boot restores (or makes) a memory snapshot of the interpreter.
 */
async function loadRuntime(indexURL, options = {}) {
  const entry = new URL('pyodide.mjs', indexURL).href;
  const [{ loadPyodide }, { lockFileURL = null, packages = [], warm = [] }] = await Promise.all([
    import(/* @vite-ignore */ entry).catch(() => { throw downloadError(entry, 'missing file, or no network'); }),
    options,
  ]);
  const base = {
    indexURL,
    ...(lockFileURL ? { lockFileURL, packages } : {}),
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  };
  // A snapshot holds the interpreter and wasmlit: packages loaded at boot would not be in it.
  if (!snapshots || indexURL !== EARLY_URL || packages.length > 0) return loadPyodide(base);
  const { tag, saved: found } = savedSnapshot;
  const saved = await found;
  if (saved) {
    try {
      const pyodide = await loadPyodide({ ...base, _loadSnapshot: saved.bytes });
      started = 'from snapshot';
      return pyodide;
    } catch (err) {
      if (!(err instanceof StaleSnapshot)) {
        console.warn(`wasmlit: starting Python afresh, the saved snapshot did not load (${plainError(err).message})`);
      }
      if (await tag !== null) await snapshots.drop().catch(() => {});
    }
  }
  if (await tag === null) return loadPyodide(base); // boot() names the failed download
  const pyodide = await loadPyodide({ ...base, _makeSnapshot: true });
  try {
    // The snapshot holds wasmlit imported too (pure Python, no JS object kept): a later visit
    // skips that import as well. The service worker drops the snapshot when a rebuild changes
    // wasmlit.zip.gz or the runtime. The files are not in the snapshot: boot() unpacks them.
    await installWasmlit(pyodide, EARLY_PACKAGE_URL);
    // wasmlit and its bridge (which takes wasmlit_host only at boot), the families nearly
    // every app draws with, and those the app's first run imported at build time (app.json's
    // "warm_modules"): the first run in the page then compiles none of them
    pyodide.runPython('import wasmlit, wasmlit._pyodide_bridge\n'
      + 'import wasmlit.elements.write, wasmlit.elements.text, wasmlit.elements.feedback\n'
      + `import importlib\nfor name in ${JSON.stringify(warm)}:\n`
      + '    try:\n        importlib.import_module(name)\n    except Exception:\n        pass');
    snapshotModules = JSON.parse(pyodide.runPython(
      'import json, sys\njson.dumps(sorted(m for m in sys.modules if m.startswith("wasmlit")))'));
    const t0 = performance.now();
    newSnapshot = { bytes: pyodide.makeMemorySnapshot(), tag: await tag }; // before the app or the bridge runs
    snapshotMs = performance.now() - t0;
    started = 'snapshot made';
  } catch (err) {
    console.warn(`wasmlit: no snapshot of Python for the next visit (${plainError(err).message})`);
  }
  return pyodide;
}

// The saved snapshot's lookup starts with the worker, beside the runtime's and app.json's.
const savedSnapshot = (() => {
  if (!snapshots) return null;
  const tag = packageTag(EARLY_PACKAGE_URL).catch(() => null);
  return { tag, saved: snapshots.find(tag).catch(() => null) };
})();
const SITE_MANIFEST = new URL('../app.json', import.meta.url).href;
const earlyPackages = fetch(SITE_MANIFEST)
  .then((res) => (res.ok ? res.json() : null))
  .then((m) => ({
    lockFileURL: m?.lock ? new URL(m.lock, SITE_MANIFEST).href : null,
    packages: Array.isArray(m?.packages) ? m.packages.map(String) : [],
    warm: (Array.isArray(m?.warm_modules) ? m.warm_modules : []).filter((name) => /^wasmlit(\.\w+)+$/.test(name)),
  }))
  .catch(() => ({ lockFileURL: null, packages: [], warm: [] }));
const early = loadRuntime(EARLY_URL, earlyPackages); // pyodide.mjs and app.json in parallel
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
  // Start every download at once: the runtime with the app's packages, the wasmlit package
  // and the app's files.
  const pkgP = wasmlitPackage(config.wasmlitURL);
  const filesP = fetchAppFiles(config.app.files ?? []);
  const lockFileURL = config.app.lock ?? null;
  const packages = config.app.packages ?? [];
  const earlyOpts = await earlyPackages;
  const pyodideP = config.pyodideURL === EARLY_URL && earlyOpts.lockFileURL === lockFileURL
    ? early : loadRuntime(config.pyodideURL, { lockFileURL, packages });
  // Awaited below, after the runtime; meanwhile a failure must not count as unhandled.
  pkgP.catch(() => {});
  filesP.catch(() => {});
  let pyodide;
  // A failed download of Pyodide's own files can leave loadPyodide() pending forever, and
  // otherwise fails with an unrelated message (exit(1), a JSON error): name the download.
  const runtimeFailed = downloadFailedUnder(config.pyodideURL);
  try {
    pyodide = await Promise.race([pyodideP, runtimeFailed]);
    bootMark('python started');
  } catch (err) {
    const named = await Promise.race([runtimeFailed, Promise.resolve(null)]).catch((e) => e);
    // pyodide.mjs imports pyodide.asm.mjs itself (an import, not a fetch)
    const lost = /Failed to fetch dynamically imported module: (\S+)/.exec(String(err?.message));
    throw named ?? (lost ? downloadError(lost[1], 'missing file, or no network') : err);
  } finally {
    clearInterval(creep);
  }
  // The page writes 2 (SIGINT) here when Stop finds a script that never yields: Python raises
  // KeyboardInterrupt in the script, and the session ends the run as stopped.
  if (interruptBuffer) pyodide.setInterruptBuffer(new Uint8Array(interruptBuffer));
  // For measuring only (bench/, DevTools): the worker's global scope is reachable from nowhere
  // else, and nothing in wasmlit reads this but note() above.
  self.__wasmlit = { pyodide, started, snapshotMs, snapshotModules, trace: null, boot: bootMarks };

  progress('Loading wasmlit', 0.7);
  await installWasmlit(pyodide, config.wasmlitURL);
  bootMark('wasmlit unpacked');

  progress('Loading the app', 0.75);
  pyodide.FS.mkdirTree(APP_DIR);
  writeFiles(pyodide.FS, APP_DIR, await filesP);
  pyodide.FS.chdir(APP_DIR);
  bootMark('app files written');
  const sysPath = pyodide.pyimport('sys').path;
  sysPath.insert(0, APP_DIR);
  sysPath.destroy();

  // Packages the build resolved: loaded with the interpreter (above); name any that failed.
  if (lockFileURL) {
    progress('Loading packages', 0.8);
    await checkPackages(pyodide, packages);
  }
  // Requirements given to mount() (no build): micropip resolves them here.
  await installRequirements(pyodide, config.app);

  progress('Starting the app', 0.95);
  pyodide.registerJsModule('wasmlit_host', host);
  stopWatchingDownloads();
  bootMark('packages loaded');
  bridge = pyodide.pyimport('wasmlit._pyodide_bridge');
  bootMark('wasmlit imported');
  // The page already shows the prerendered first view (if any): the session starts from it.
  const options = JSON.stringify({
    config: config.app.config ?? {}, secrets: config.app.secrets ?? '', first_view: config.firstView ?? null,
  });
  await bridge.boot.callPromising(APP_DIR, config.app.entrypoint, options);
  bootMark('ready');
  if (newSnapshot) { // stored after the boot, so it takes nothing from it
    const { bytes, tag } = newSnapshot;
    newSnapshot = null;
    snapshots.save(bytes, tag).catch((err) => console.warn(`wasmlit: could not keep the snapshot of Python: ${err.message}`));
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
  note('in');
  drive();
};
