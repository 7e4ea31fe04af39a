// Builds the browser runtime into py/wasmlit/_web/, so the assets ship inside the Python
// package and `wasmlit build` needs no npm. See docs/web.md.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8'));
const outDir = resolve(here, 'py/wasmlit/_web');
const PYODIDE_FILES = [
  'pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json',
];

/** Copy the Pyodide runtime (and the micropip wheel, when cached) next to the bundles. */
function copyPyodide() {
  return {
    name: 'wasmlit-copy-pyodide',
    apply: 'build',
    writeBundle() {
      const dest = join(outDir, 'pyodide');
      mkdirSync(dest, { recursive: true });
      const src = resolve(here, 'node_modules/pyodide');
      for (const f of PYODIDE_FILES) copyFileSync(join(src, f), join(dest, f));
      // The pinned Pyodide's version and its official package base (the CDN), which
      // `wasmlit build` uses by default for packages of Pyodide's own set.
      const { version } = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
      writeFileSync(join(dest, 'wasmlit-pyodide.json'), `${JSON.stringify({
        version, cdn: `https://cdn.jsdelivr.net/pyodide/v${version}/full/`,
      }, null, 2)}\n`);
      const wheels = resolve(here, '.cache/wheels');
      if (!existsSync(wheels)) return;
      // The micropip wheel from PyPI is not byte-identical to the one Pyodide's lock file
      // describes: record its real name and hash so that loadPackage('micropip') accepts it.
      const lockPath = join(dest, 'pyodide-lock.json');
      const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
      for (const f of readdirSync(wheels)) {
        if (!/^micropip-.*\.whl$/.test(f)) continue;
        copyFileSync(join(wheels, f), join(dest, f));
        const entry = lock.packages.micropip;
        if (entry) {
          entry.file_name = f;
          entry.sha256 = createHash('sha256').update(readFileSync(join(wheels, f))).digest('hex');
          entry.version = f.split('-')[1];
        }
      }
      writeFileSync(lockPath, JSON.stringify(lock));
    },
  };
}

/**
 * Write `lazy.json`: the bundle's files that only a dynamic import reaches (the chart, grid,
 * diagram and highlighter chunks, their CSS and assets). A site's service worker caches them
 * when a page first uses them, not with the rest of the site (py/wasmlit/offline.py), so only
 * the pages that use a heavy library download it.
 */
function lazyList() {
  return {
    name: 'wasmlit-lazy-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const eager = new Set();
      const visit = (name) => {
        if (eager.has(name) || !byName.has(name)) return;
        eager.add(name);
        for (const dep of byName.get(name).imports) visit(dep);
      };
      for (const c of chunks) if (c.isEntry) visit(c.fileName);
      const needed = new Set(eager);
      for (const name of eager) {
        const meta = byName.get(name).viteMetadata;
        for (const f of [...(meta?.importedCss ?? []), ...(meta?.importedAssets ?? [])]) needed.add(f);
      }
      const lazy = new Set();
      for (const c of chunks) {
        if (eager.has(c.fileName)) continue;
        lazy.add(c.fileName);
        for (const f of [...(c.viteMetadata?.importedCss ?? []), ...(c.viteMetadata?.importedAssets ?? [])]) {
          if (!needed.has(f)) lazy.add(f);
        }
      }
      this.emitFile({ type: 'asset', fileName: 'lazy.json', source: `${JSON.stringify([...lazy].sort(), null, 0)}\n` });
    },
  };
}

/**
 * Name the worker's file in index.html, which starts the worker before wasmlit.js has loaded
 * (web/public/index.html, `%WASMLIT_WORKER%`).
 */
function earlyWorker() {
  return {
    name: 'wasmlit-early-worker',
    apply: 'build',
    writeBundle(_options, bundle) {
      const worker = Object.keys(bundle).find((f) => /^assets\/worker-[\w-]+\.js$/.test(f));
      if (!worker) throw new Error('wasmlit-early-worker: the build has no assets/worker-*.js');
      const index = join(outDir, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('%WASMLIT_WORKER%', `./${worker}`));
    },
  };
}

const require = createRequire(import.meta.url);

/**
 * Data modules generated at build time from npm packages, so the page ships only what it uses:
 * - `virtual:wasmlit-hljs`: a lazy loader per highlight.js language and each alias's language
 *   (read from the languages' own definitions), for elements/highlighter.js;
 * - `virtual:wasmlit-emoji`: gemoji's shortcode -> emoji pairs (without its tags and
 *   descriptions), for the markdown emoji shortcodes.
 */
function dataModules() {
  const ids = { 'virtual:wasmlit-hljs': hljsModule, 'virtual:wasmlit-emoji': emojiModule };
  return {
    name: 'wasmlit-data-modules',
    resolveId: (id) => (Object.hasOwn(ids, id) ? `\0${id}` : null),
    load: (id) => (id.startsWith('\0') && Object.hasOwn(ids, id.slice(1)) ? ids[id.slice(1)]() : null),
  };
}

function hljsModule() {
  const hljs = require('highlight.js');
  const loaders = [];
  const aliases = {};
  for (const name of hljs.listLanguages()) {
    loaders.push(`  ${JSON.stringify(name)}: () => import(${JSON.stringify(`highlight.js/lib/languages/${name}`)}),`);
    for (const alias of hljs.getLanguage(name).aliases ?? []) aliases[alias.toLowerCase()] ??= name;
  }
  return `export const LOADERS = {\n${loaders.join('\n')}\n};\nexport const ALIASES = ${JSON.stringify(aliases)};\n`;
}

async function emojiModule() {
  const { gemoji } = await import('gemoji');
  const pairs = {};
  for (const { emoji, names } of gemoji) for (const name of names) pairs[name] ??= emoji;
  return `export const EMOJI = new Map(Object.entries(${JSON.stringify(pairs)}));\n`;
}

export default defineConfig({
  root: resolve(here, 'web'),
  base: './',
  publicDir: resolve(here, 'web/public'),
  define: { __WASMLIT_VERSION__: JSON.stringify(pkg.version) },
  optimizeDeps: { exclude: ['pyodide'] },
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: true,
    rollupOptions: {
      input: resolve(here, 'web/src/main.js'),
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'wasmlit.js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        // A lazy chunk that itself imports lazily (the highlighter's languages) needs Vite's
        // dynamic-import helper; in a chunk of its own, it keeps wasmlit.js the entry's code
        // (otherwise Rollup moves it all into a second chunk behind a facade, as the entry may
        // export nothing but its API).
        // DOMPurify likewise: the page's markdown and the lazy Mermaid chunk both use it.
        manualChunks: (id) => {
          if (id.includes('vite/preload-helper')) return 'preload-helper';
          if (id.includes('/node_modules/dompurify/')) return 'dompurify';
          if (id.includes('/node_modules/@hpcc-js/wasm-graphviz/')) return 'graphviz'; // (a name, not "dist")
          return undefined;
        },
      },
    },
  },
  plugins: [dataModules(), copyPyodide(), lazyList(), earlyWorker()],
});
