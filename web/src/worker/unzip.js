// Reading a zip whose entries are stored, not compressed (wasmlit's package: one gzip over a
// stored zip, py/wasmlit/packing.py), without Python: unpacking it with Pyodide's
// unpackArchive() imports zipfile and shutil and costs tens of milliseconds at every boot.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * The files of a zip archive, as `{path, data}` (`data` a view into `bytes`), in the order of
 * its central directory; folders (names ending in `/`) are left out. Null when the archive is
 * one this does not read: an entry compressed or encrypted, zip64, a path that is absolute or
 * climbs out with `..`, or anything malformed. The caller then unpacks it another way.
 * @param {Uint8Array} bytes
 * @returns {{path: string, data: Uint8Array}[] | null}
 */
export function storedZipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at) => view.getUint16(at, true);
  const u32 = (at) => view.getUint32(at, true);
  // The end-of-directory record (22 bytes) is followed by a comment of at most 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const names = new TextDecoder('utf-8', { fatal: true });
  const files = [];
  try {
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return null;
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const size = u32(at + 20);
      const stored = method === 0 && size === u32(at + 24) && !(flags & 1); // not encrypted
      const local = u32(at + 42);
      const nameLength = u16(at + 28);
      const path = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at += 46 + nameLength + u16(at + 30) + u16(at + 32);
      if (!stored || size === 0xffffffff || local === 0xffffffff) return null; // or zip64
      if (path.startsWith('/') || path.split('/').includes('..')) return null;
      if (path.endsWith('/')) continue;
      if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) return null;
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + size > bytes.length) return null;
      files.push({ path, data: bytes.subarray(start, start + size) });
    }
  } catch {
    return null; // a name that is not UTF-8, or a field past the end
  }
  return files;
}
