// wasmlit's service worker. A built site's page registers it once the app has started
// (scope: the site's folder), so that the next visit boots from Cache Storage instead of
// downloading Pyodide, wasmlit and the app again, and a visited site opens with the network gone.
//
// wasmlit-build.json (written by `wasmlit build`) names every file of the build with its
// SHA-256 (its first HASH_HEX hex digits, py/wasmlit/offline.py). It is read from the network
// on every visit (from the cache only when the network fails), and a file is served from the
// cache only when the cached copy has the hash that this manifest names: unchanged files come
// from the cache, changed ones from the network (checked against their hash before they are
// cached), so a rebuilt site never mixes old and new files.
// When the site has no manifest any more (404, e.g. `wasmlit serve` now answers on the same
// address), the worker drops its caches and unregisters itself.
// See docs/web.md, "Caching and offline". A plain script (no imports, no build step).
'use strict';

const SCHEMA = 'v1';
const SCOPE = self.registration.scope; // the site's folder, ends with '/'
const SCOPE_PATH = new URL(SCOPE).pathname;
const MANIFEST_URL = new URL('wasmlit-build.json', SCOPE).href;
// Cache names: `${PREFIX}${build id}` per build, and META for the newest manifest seen. Cache
// Storage belongs to the whole origin, so the names carry the scope (several sites, one host).
const PREFIX = `wasmlit-${SCHEMA} ${SCOPE} `;
const META = `${PREFIX}meta`;
// The worker's memory snapshot of a started Python (web/src/worker/worker.js) lives here too.
const SNAPSHOT = `${PREFIX}snapshot`;
const DOWNLOADS = 4; // files fetched at once while filling a build's cache
const HASH_HEX = 16; // hex digits of a file's SHA-256 that the manifest names (offline.HASH_HEX)

/** @type {{build: string, files: Record<string, string>} | null} the newest manifest seen */
let current = null;
/** `${build} ${path}` -> Promise<boolean>: one download (and hash check) per file at a time */
const inflight = new Map();
/** build -> Promise: filling that build's cache */
const completing = new Map();

const buildCache = (build) => `${PREFIX}${build}`;
const urlOf = (path) => new URL(path.split('/').map(encodeURIComponent).join('/'), SCOPE).href;
const isOurs = (name) => name.startsWith(PREFIX);
const json = (value) => new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });

/** The site path of a URL inside the scope; a folder stands for its index.html. */
function sitePath(url) {
  let path = url.pathname.slice(SCOPE_PATH.length).split('/').map(decodeURIComponent).join('/');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return path;
}

/** The start of `buffer`'s SHA-256 in hex, as the manifest names it. */
async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, HASH_HEX);
}

/** The site's manifest from the network; null when it has none; throws when offline. */
async function manifestFromNetwork() {
  const res = await fetch(MANIFEST_URL, { cache: 'no-store', credentials: 'same-origin' });
  if (res.status === 404 || res.status === 410) return null;
  if (!res.ok) throw new Error(`${MANIFEST_URL}: HTTP ${res.status}`);
  const m = await res.json();
  if (typeof m?.build !== 'string' || typeof m.files !== 'object' || m.files === null) {
    throw new Error(`${MANIFEST_URL} is not a wasmlit build manifest`);
  }
  return m;
}

/** The newest manifest seen (kept in META, since the browser stops idle service workers). */
async function stored() {
  if (current) return current;
  const res = await (await caches.open(META)).match(MANIFEST_URL);
  current = res ? await res.json() : null;
  return current;
}

/** The files a memory snapshot of Python depends on: the runtime's and wasmlit's package. */
const runtimeOf = (m) => JSON.stringify(Object.entries(m?.files ?? {})
  .filter(([p]) => p.startsWith('pyodide/') || p === 'wasmlit.zip.gz').sort());

async function remember(m) {
  const before = await stored();
  if (before && runtimeOf(before) !== runtimeOf(m)) await caches.delete(SNAPSHOT);
  current = m;
  await (await caches.open(META)).put(MANIFEST_URL, json(m));
  // Each build's cache keeps its own manifest: a later build reuses the files whose hash is
  // the same instead of downloading them again.
  await (await caches.open(buildCache(m.build))).put(MANIFEST_URL, json(m));
}

/** On a visit: the site's manifest now (network first), or null when it is gone. */
async function refresh() {
  let m;
  try {
    m = await manifestFromNetwork();
  } catch {
    return stored(); // offline (or the host failed): the last build seen
  }
  if (m === null) {
    await retire();
    return null;
  }
  if (m.build !== (await stored())?.build) await remember(m);
  return m;
}

/** The site no longer ships a manifest: forget it, and stop handling its requests. */
async function retire() {
  current = null;
  for (const name of await caches.keys()) if (isOurs(name)) await caches.delete(name);
  await self.registration.unregister();
}

/** A copy of `path` with `hash` from an older build's cache of this site, if there is one. */
async function fromOlderBuild(m, path, hash) {
  for (const name of await caches.keys()) {
    if (!isOurs(name) || name === META || name === SNAPSHOT || name === buildCache(m.build)) continue;
    const cache = await caches.open(name);
    const old = await cache.match(MANIFEST_URL);
    if (!old || (await old.json()).files?.[path] !== hash) continue;
    const res = await cache.match(urlOf(path));
    if (res) return res;
  }
  return null;
}

/** `path` from the browser's HTTP cache (never the network), if it holds it with `hash`. */
async function fromHttpCache(path, hash) {
  const res = await fetch(urlOf(path), { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' });
  if (!res.ok) return null;
  const body = await res.arrayBuffer();
  if ((await sha256(body)) !== hash) return null;
  const headers = new Headers(res.headers);
  headers.delete('Content-Encoding');
  headers.set('Content-Length', String(body.byteLength));
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

/**
 * Put `path` of build `m` into its cache: from an older build when the hash is the same, else
 * from the network (revalidating the HTTP cache, so a file the page has just downloaded costs
 * a 304), kept only if its bytes have the manifest's hash. Resolves to whether it is cached.
 */
function obtain(m, path) {
  const key = `${m.build} ${path}`;
  if (!inflight.has(key)) {
    const job = (async () => {
      const hash = m.files[path];
      const cache = await caches.open(buildCache(m.build));
      const reused = await fromOlderBuild(m, path, hash);
      if (reused) {
        await cache.put(urlOf(path), reused);
        return true;
      }
      const res = await fetch(urlOf(path), { cache: 'no-cache', credentials: 'same-origin' });
      if (!res.ok || res.type !== 'basic' || res.redirected) return false;
      const body = await res.arrayBuffer();
      // Another hash: the site was rebuilt since this manifest was read. Not cached; the
      // page gets the network's copy, and the next visit reads the new manifest.
      if ((await sha256(body)) !== hash) return false;
      const headers = new Headers(res.headers);
      headers.delete('Content-Encoding'); // the body is decoded already
      headers.set('Content-Length', String(body.byteLength));
      await cache.put(urlOf(path), new Response(body, { status: res.status, statusText: res.statusText, headers }));
      return true;
    })();
    inflight.set(key, job);
    job.catch(() => false).then(() => inflight.delete(key));
  }
  return inflight.get(key).catch(() => false);
}

/** Cache every file of build `m`; then drop this site's older builds. */
function complete(m) {
  if (!completing.has(m.build)) {
    const job = (async () => {
      const cache = await caches.open(buildCache(m.build));
      await cache.put(MANIFEST_URL, json(m));
      const have = new Set((await cache.keys()).map((r) => r.url));
      // Lazily imported files (charts, grids, diagrams...) come when a page first uses them
      // (respond() caches them then); here only a copy an older build already holds is kept.
      const lazy = new Set(Array.isArray(m.lazy) ? m.lazy : []);
      // (on a first visit, those the page used before this worker took it over are still in
      // the browser's HTTP cache: kept from there, without a download).
      for (const path of lazy) {
        if (have.has(urlOf(path))) continue;
        const reused = await fromOlderBuild(m, path, m.files[path]).catch(() => null)
          ?? await fromHttpCache(path, m.files[path]).catch(() => null);
        if (reused) await cache.put(urlOf(path), reused);
      }
      const todo = Object.keys(m.files).filter((path) => !lazy.has(path) && !have.has(urlOf(path)));
      const missing = [];
      const worker = async () => {
        while (todo.length) {
          const path = todo.shift();
          if (!(await obtain(m, path))) missing.push(path);
        }
      };
      await Promise.all(Array.from({ length: DOWNLOADS }, worker));
      if (missing.length) throw new Error(`could not cache ${missing.join(', ')}`);
      if ((await stored())?.build === m.build) {
        for (const name of await caches.keys()) {
          if (isOurs(name) && name !== META && name !== SNAPSHOT && name !== buildCache(m.build)) await caches.delete(name);
        }
      }
      return { build: m.build, files: Object.keys(m.files).length };
    })();
    completing.set(m.build, job);
    job.catch(() => completing.delete(m.build)); // try again on the next visit
  }
  return completing.get(m.build);
}

/** A file of the site: from the build's cache, else fetched into it, else the network. */
async function respond(request, url, m) {
  const path = sitePath(url);
  const hash = m?.files[path];
  if (!hash) return fetch(request); // not part of the build (e.g. a page added by hand)
  const cache = await caches.open(buildCache(m.build));
  const hit = await cache.match(urlOf(path));
  if (hit) return hit;
  if (await obtain(m, path)) {
    const res = await cache.match(urlOf(path));
    if (res) return res;
  }
  return fetch(request);
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Caches of this scope left by an older version of this worker.
    for (const name of await caches.keys()) {
      if (name.startsWith('wasmlit-') && name.includes(` ${SCOPE} `) && !isOurs(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (!url.href.startsWith(SCOPE) || url.href.split(/[?#]/)[0] === MANIFEST_URL) return;
  if (request.mode === 'navigate') {
    // A visit: read the manifest first, so that every file of this page load is of one build.
    event.respondWith((async () => {
      const m = await refresh();
      if (!m) return fetch(request);
      event.waitUntil(complete(m).catch(() => {}));
      return respond(request, url, m);
    })());
    return;
  }
  event.respondWith(stored().then((m) => respond(request, url, m)));
});

// The page asks once the app has started: the answer comes when this build is fully cached.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'wasmlit-offline-status' || !event.ports[0]) return;
  const port = event.ports[0];
  event.waitUntil((async () => {
    try {
      const m = (await stored()) ?? (await refresh());
      if (!m) throw new Error('this site has no wasmlit-build.json');
      port.postMessage({ ok: true, ...(await complete(m)) });
    } catch (err) {
      port.postMessage({ ok: false, error: String(err?.message ?? err) });
    }
  })());
});
