#!/usr/bin/env node
// Precompile wasmlit's Python package to bytecode with the very Pyodide the site ships, so the
// worker imports wasmlit without compiling ~120 KB of source at every cold start (part of
// `npm run build`). Writes py/wasmlit/_web/bytecode.zip: wasmlit/**/__pycache__/*.pyc,
// hash-checked pycs, so a pyc whose source has changed since is simply ignored by Python.
// `wasmlit build` (site.package_zip) adds these to the site's wasmlit.zip.gz, beside the
// sources slimmed by py/wasmlit/packing.py: the pycs are compiled from those same slimmed
// sources (packing.slim), so that their hashes match.
//
// It also rewrites the site's copy of Pyodide's standard library (py/wasmlit/_web/pyodide/
// python_stdlib.zip): Pyodide ships it as source, so every page load compiles the ~150 modules
// that Python's start and `import wasmlit` need (most of the interpreter's start: 2.3 s against
// 0.9 s under Node). Those modules go in as sourceless bytecode (unchecked-hash pycs, as
// Pyodide ships its own packages), the rest stays source. The file grows by about 0.8 MB.

import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PYODIDE_DIR = join(REPO, "node_modules", "pyodide");
const SRC = join(REPO, "py", "wasmlit");
const OUT = join(SRC, "_web", "bytecode.zip");
const STDLIB_OUT = join(SRC, "_web", "pyodide", "python_stdlib.zip");
// Where the worker unpacks wasmlit.zip.gz (web/src/worker/worker.js, PKG_DIR).
const PKG_DIR = "/home/pyodide/.wasmlit";

// Never imported in the browser (site.NOT_IN_BROWSER).
const SKIP = '{"cli.py", "site.py", "server.py", "prerender.py", "requirements.py", "packages.py", "offline.py", "testing", "component_assets.py", "precompile.py", "packing.py"}';

const COMPILE = `
import importlib.util, io, pathlib, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

src = pathlib.Path("/wasmlit-src")
spec = importlib.util.spec_from_file_location("wasmlit_packing", src / "packing.py")
packing = importlib.util.module_from_spec(spec)
spec.loader.exec_module(packing)
SKIP = ${SKIP}
buf = io.BytesIO()
count = 0
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src)
        if rel.parts[0] == "_web" or "__pycache__" in rel.parts or rel.parts[0] in SKIP:
            continue
        source = packing.slim(path.read_bytes())
        target = f"${PKG_DIR}/wasmlit/{rel.as_posix()}"
        code = compile(source, target, "exec", dont_inherit=True)
        pyc = importlib.util.cache_from_source(target)
        data = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=True)
        zf.writestr(pyc.removeprefix("${PKG_DIR}/"), bytes(data))
        count += 1
pathlib.Path("/tmp/bytecode.zip").write_bytes(buf.getvalue())
count
`;

// Which stdlib modules a page imports before the app's own imports: those of Python's start,
// `import wasmlit` and the worker's bridge, and a few that apps commonly import.
const STDLIB = `
SKIP = ${SKIP}
import importlib.util, io, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

sys.path.insert(0, "/wasmlit-py")
import importlib, pathlib
# every module of wasmlit the browser can import (element families load on first use)
for path in sorted(pathlib.Path("/wasmlit-py/wasmlit").rglob("*.py")):
    rel = path.relative_to("/wasmlit-py/wasmlit")
    if rel.parts[0] == "_web" or rel.parts[0] in SKIP:
        continue
    name = ".".join(("wasmlit",) + rel.with_suffix("").parts).removesuffix(".__init__")
    try:
        importlib.import_module(name)
    except ImportError as err:
        print(f"compile-pyc: {name} not imported ({err})", file=sys.stderr)
# and what wasmlit imports where it is used (config files, URLs, snapshots), and what apps
# often import
for name in ("pickle", "sqlite3", "tomllib", "urllib.parse",
             "calendar", "csv", "datetime", "decimal", "difflib", "fractions", "html", "pprint",
             "random", "statistics", "string", "textwrap", "uuid", "zoneinfo"):
    __import__(name)

ZIP = f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip"
imported = {getattr(m, "__file__", None) for m in list(sys.modules.values())}
buf = io.BytesIO()
count = 0
with zipfile.ZipFile(ZIP) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
    for info in src.infolist():
        data = src.read(info)
        path = f"{ZIP}/{info.filename}"
        if info.filename.endswith(".py") and path in imported:
            code = compile(data, path, "exec", dont_inherit=True)
            pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            out.writestr(zipfile.ZipInfo(info.filename + "c", info.date_time), bytes(pyc),
                         compress_type=zipfile.ZIP_DEFLATED)
            count += 1
        else:
            out.writestr(info, data)
open("/tmp/python_stdlib.zip", "wb").write(buf.getvalue())
count
`;

async function main() {
  if (!existsSync(join(PYODIDE_DIR, "pyodide.mjs"))) {
    process.stderr.write("compile-pyc: node_modules/pyodide is missing; skipped (the site compiles at boot)\n");
    return;
  }
  if (!existsSync(dirname(OUT))) {
    process.stderr.write(`compile-pyc: ${dirname(OUT)} is missing; run vite build first\n`);
    process.exit(1);
  }
  const { loadPyodide } = await import(join(PYODIDE_DIR, "pyodide.mjs"));
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_DIR + "/",
    env: { HOME: "/home/pyodide", PYTHONDONTWRITEBYTECODE: "1" },
    stdout: () => {},
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  pyodide.mountNodeFS("/wasmlit-src", SRC);
  const count = pyodide.runPython(COMPILE);
  writeFileSync(OUT, pyodide.FS.readFile("/tmp/bytecode.zip"));
  process.stdout.write(`compile-pyc: ${count} modules -> ${OUT.slice(REPO.length + 1)}\n`);
  if (existsSync(dirname(STDLIB_OUT))) {
    pyodide.mountNodeFS("/wasmlit-py", dirname(SRC));
    pyodide.registerJsModule("wasmlit_host", {}); // what the worker gives the bridge (unused here)
    const n = pyodide.runPython(STDLIB);
    writeFileSync(STDLIB_OUT, pyodide.FS.readFile("/tmp/python_stdlib.zip"));
    process.stdout.write(`compile-pyc: ${n} stdlib modules -> ${STDLIB_OUT.slice(REPO.length + 1)}\n`);
  }
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`compile-pyc: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
