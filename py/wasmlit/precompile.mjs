#!/usr/bin/env node
// Compile the pure-Python modules of wheels to bytecode with the very Pyodide a site ships
// (wasmlit/precompile.py runs this during `wasmlit build`): node precompile.mjs PYODIDE_DIR
// WORK_DIR. WORK_DIR/jobs.json lists {"src": wheel, "dest": wheel to write}, file names in WORK_DIR. Each `pkg/mod.py` becomes
// `pkg/mod.pyc` (sourceless, as Pyodide ships its own packages), compiled under the name it has
// once installed, so the page imports it without compiling it first. Prints one JSON line:
// {"<src>": number of modules compiled, ...}.

import { join } from "node:path";

const COMPILE = `
import base64, csv, hashlib, io, json, pathlib, sys, zipfile

SITE = f"/lib/python{sys.version_info[0]}.{sys.version_info[1]}/site-packages"

def record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

def compile_wheel(src, dest):
    compiled = 0
    with zipfile.ZipFile(src) as zin:
        members = [(info, zin.read(info)) for info in zin.infolist() if not info.is_dir()]
    out, record_name = [], None
    for info, data in members:
        name = info.filename
        top = name.split("/", 1)[0]
        if name.endswith(".dist-info/RECORD"):
            record_name = name
            continue
        if name.endswith(".py") and not top.endswith((".data", ".dist-info")):
            try:
                code = compile(data, f"{SITE}/{name}", "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                pass  # not Python 3 (a template, a test fixture): shipped as it is
            else:
                import importlib._bootstrap_external as ext
                data = bytes(ext._code_to_timestamp_pyc(code, 0, 0))
                name = name + "c"
                compiled += 1
        out.append((name, data))
    if compiled == 0:
        return 0
    rows = [[name, record_hash(data), str(len(data))] for name, data in out]
    if record_name:
        rows.append([record_name, "", ""])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\\n").writerows(rows)
    if record_name:
        out.append((record_name, buf.getvalue().encode()))
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            zout.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)
    return compiled

work = pathlib.Path("/work")
done = {job["src"]: compile_wheel(work / job["src"], work / job["dest"])
        for job in json.loads((work / "jobs.json").read_text())}
json.dumps(done)
`;

async function main() {
  const [pyodideDir, workDir] = process.argv.slice(2);
  const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));
  const pyodide = await loadPyodide({
    indexURL: pyodideDir.endsWith("/") ? pyodideDir : `${pyodideDir}/`,
    env: { HOME: "/home/pyodide", PYTHONDONTWRITEBYTECODE: "1" },
    stdout: () => {},
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
  pyodide.FS.mkdirTree("/work");
  pyodide.mountNodeFS("/work", workDir);
  process.stdout.write(`${pyodide.runPython(COMPILE)}\n`);
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`precompile: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
