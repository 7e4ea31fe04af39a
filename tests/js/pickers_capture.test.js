// web/src/elements/pickers.js (which page numbers pagination shows) and capture.js (the WAV a
// recording becomes).
import './dom.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { visiblePages } from '../../web/src/elements/pickers.js';
import { encodeWav } from '../../web/src/elements/capture.js';

describe('visiblePages', () => {
  test('every page when they fit, or when there is no limit', () => {
    assert.deepEqual(visiblePages(2, 5, 7), [1, 2, 3, 4, 5]);
    assert.deepEqual(visiblePages(9, 12, null), Array.from({ length: 12 }, (_, i) => i + 1));
  });

  test('first and last page, a window around the current one, ellipses (null) for gaps', () => {
    assert.deepEqual(visiblePages(1, 20, 7), [1, 2, 3, 4, 5, null, 20]);
    assert.deepEqual(visiblePages(10, 20, 7), [1, null, 9, 10, 11, null, 20]);
    assert.deepEqual(visiblePages(20, 20, 7), [1, null, 16, 17, 18, 19, 20]);
  });

  test('never more entries than max_visible_pages', () => {
    for (let page = 1; page <= 30; page++) {
      for (const max of [1, 3, 5, 7, 9]) {
        const shown = visiblePages(page, 30, max);
        assert.ok(shown.length <= max, `${page}/${max}: ${shown}`);
        assert.ok(shown.includes(page), `${page}/${max} shows the current page: ${shown}`);
      }
    }
    assert.deepEqual(visiblePages(3, 30, 0), []);
  });
});

describe('encodeWav', () => {
  test('a mono 16-bit PCM RIFF file at the given rate', async () => {
    const blob = encodeWav(new Float32Array([0, 1, -1, 0.5]), 16000);
    assert.equal(blob.type, 'audio/wav');
    const view = new DataView(await blob.arrayBuffer());
    const text = (at, n) => String.fromCharCode(...new Uint8Array(view.buffer, at, n));
    assert.equal(text(0, 4), 'RIFF');
    assert.equal(text(8, 4), 'WAVE');
    assert.equal(view.getUint16(22, true), 1, 'mono');
    assert.equal(view.getUint32(24, true), 16000);
    assert.equal(view.getUint16(34, true), 16);
    assert.equal(view.getUint32(40, true), 8, 'four samples of two bytes');
    assert.deepEqual([0, 1, 2, 3].map((i) => view.getInt16(44 + i * 2, true)), [0, 32767, -32768, 16383]);
  });
});
