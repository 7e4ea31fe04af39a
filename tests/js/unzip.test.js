// web/src/worker/unzip.js: the worker writes wasmlit's stored zip itself, and leaves any zip
// it does not read (compressed, zip64, unsafe paths, damaged) to Pyodide's unpackArchive().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { storedZipEntries } from '../../web/src/worker/unzip.js';

/** A zip written by Python's zipfile: `files` is [[name, text]], `method` 'stored'/'deflated'. */
function pythonZip(files, method = 'stored', comment = '') {
  const script = `
import io, json, sys, zipfile
files, method, comment = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED if method == "stored" else zipfile.ZIP_DEFLATED) as zf:
    for name, text in files:
        zf.writestr(name, text)
    zf.comment = comment.encode()
sys.stdout.buffer.write(buf.getvalue())`;
  const python = process.env.PYTHON ?? 'python3';
  return new Uint8Array(execFileSync(python, ['-c', script, JSON.stringify(files), method, comment]));
}

const text = (entry) => new TextDecoder().decode(entry.data);

test('a stored zip gives its files, folders left out, in order', () => {
  const zip = pythonZip([['wasmlit/', ''], ['wasmlit/__init__.py', 'x = 1\n'],
    ['wasmlit/elements/widgets.py', 'é = "ü"\n'], ['wasmlit/empty.py', '']], 'stored', 'a comment');
  const files = storedZipEntries(zip);
  assert.deepEqual(files.map((f) => f.path),
    ['wasmlit/__init__.py', 'wasmlit/elements/widgets.py', 'wasmlit/empty.py']);
  assert.deepEqual(files.map(text), ['x = 1\n', 'é = "ü"\n', '']);
});

test('a compressed zip, an unsafe path or damaged bytes are left to Pyodide', () => {
  assert.equal(storedZipEntries(pythonZip([['a.py', 'x = 1\n'.repeat(50)]], 'deflated')), null);
  assert.equal(storedZipEntries(pythonZip([['../outside.py', 'x']])), null);
  assert.equal(storedZipEntries(pythonZip([['/etc/passwd', 'x']])), null);
  const zip = pythonZip([['a.py', 'x = 1\n'], ['b.py', 'y = 2\n']]);
  assert.equal(storedZipEntries(zip.subarray(0, zip.length - 30)), null, 'cut short');
  assert.equal(storedZipEntries(new Uint8Array(10)), null, 'too short to be a zip');
  const broken = zip.slice();
  broken[0] = 0; // the first local header's signature
  assert.equal(storedZipEntries(broken), null);
});
