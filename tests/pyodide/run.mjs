#!/usr/bin/env node
// Run the unit tests a second time, inside Pyodide (CPython 3.14 on WebAssembly),
// under Node: no browser, no network.
//
//   node tests/pyodide/run.mjs                 # tests/unit (when present) + tests/pyodide
//   node tests/pyodide/run.mjs tests/unit -k protocol   # any pytest arguments
//
// The repository is mounted read-write at /repo (NODEFS), so tests see the same files at the
// same relative paths as on CPython; bytecode writing is off so nothing lands in the tree.
// pytest and its pure-Python dependencies are unpacked into site-packages from the wheels
// that `make install` downloads into .cache/wheels (see scripts/pyodide-wheels.txt).
// Exits with pytest's exit code.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PYODIDE_DIR = join(REPO, "node_modules", "pyodide");
const WHEELS_DIR = join(REPO, ".cache", "wheels");
const MOUNT = "/repo";
// Wheels the site needs but the tests do not.
const NOT_FOR_TESTS = new Set(["micropip"]);

function fail(message) {
  process.stderr.write(`tests/pyodide/run.mjs: ${message}\n`);
  process.exit(2);
}

function note(message) {
  process.stderr.write(`[pyodide] ${message}\n`);
}

function rawWriter(stream) {
  return {
    write(buffer) {
      stream.write(Buffer.from(buffer));
      return buffer.length;
    },
  };
}

if (!existsSync(join(PYODIDE_DIR, "pyodide.mjs"))) {
  fail(`${PYODIDE_DIR} is missing; run \`make install\` (npm ci) first`);
}
if (!existsSync(WHEELS_DIR)) {
  fail(`${WHEELS_DIR} is missing; run \`make install\` first`);
}
const wheels = readdirSync(WHEELS_DIR)
  .filter((name) => name.endsWith(".whl"))
  .filter((name) => !NOT_FOR_TESTS.has(name.split("-")[0].toLowerCase()));
if (!wheels.some((name) => name.startsWith("pytest-"))) {
  fail(`no pytest wheel in ${WHEELS_DIR}; run \`make install\` first`);
}

let pytestArgs = process.argv.slice(2);
if (pytestArgs.length === 0) {
  pytestArgs = ["tests/unit", "tests/pyodide"].filter((dir) => existsSync(join(REPO, dir)));
}

async function main() {
  const { loadPyodide } = await import(join(PYODIDE_DIR, "pyodide.mjs"));
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_DIR + "/",
    env: { HOME: "/home/pyodide", PYTHONDONTWRITEBYTECODE: "1" },
    // Until setStdout below, print boot chatter to stderr.
    stdout: (line) => process.stderr.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  const booted = performance.now();

  pyodide.setStdout(rawWriter(process.stdout));
  pyodide.setStderr(rawWriter(process.stderr));

  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  for (const name of wheels) {
    pyodide.unpackArchive(new Uint8Array(readFileSync(join(WHEELS_DIR, name))), "wheel", {
      extractDir: sitePackages,
    });
  }
  pyodide.mountNodeFS(MOUNT, REPO);

  // Stack switching (time.sleep yielding, run_sync) needs JSPI: Node 20 has it only behind
  // --experimental-wasm-stack-switching, and then only inside runPythonAsync/callPromising.
  const canRunSync = await pyodide.runPythonAsync("import pyodide.ffi; pyodide.ffi.can_run_sync()");
  note(
    `Pyodide ${pyodide.version} (Python ${pyodide.runPython("import platform; platform.python_version()")})` +
      ` booted in ${seconds(booted - started)}, ${wheels.length} wheels in ${seconds(performance.now() - booted)};` +
      ` can_run_sync() in runPythonAsync: ${canRunSync}`,
  );

  pyodide.globals.set("PYTEST_ARGS", pyodide.toPy(["-q", "-p", "no:cacheprovider", ...pytestArgs]));
  const exitCode = await pyodide.runPythonAsync(`
import os, sys
sys.dont_write_bytecode = True
os.chdir(${JSON.stringify(MOUNT)})
sys.path.insert(0, ${JSON.stringify(MOUNT + "/py")})
import pytest
int(pytest.main(list(PYTEST_ARGS)))
`);
  note(`pytest exited with ${exitCode} after ${seconds(performance.now() - started)} in total`);
  return exitCode;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error) => {
    // Print the message and stack only: an uncaught error from pyodide.asm.mjs would make
    // Node print its whole (minified, one-line) source.
    process.stderr.write(`tests/pyodide/run.mjs: ${error && error.stack ? error.stack : error}\n`);
    process.exit(3);
  },
);
