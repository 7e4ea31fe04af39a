// web/src/elements/markdown.js: plain text skips marked and DOMPurify, with the same result.
// (Compared with marked's own HTML: DOMPurify keeps a <p> and its text as they are in a
// browser, but happy-dom's parser loses the <p>, so the sanitised HTML is not the reference.)
import { window } from './dom.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPlainText, parseMarkdown, renderMarkdown } from '../../web/src/elements/markdown.js';

const { document } = window;

const PLAIN = [
  'Fragment says it ran 2 times.', 'Rerun full app', 'A', 'Counter 3', 'Is it (really) done?',
  "It's \"quoted\"; fine!", 'Total 1,234.50 in 3 parts', 'Hello  two  spaces', 'x1',
];
const MARKDOWN = [
  '', ' leading space', 'trailing space ', '1. a list', '# heading', 'a *b*', 'a_b_', 'a `code`',
  'see www.example.com', 'see WWW.example.com', 'a :smile:', 'a -> b', 'a -- b', 'x <b>y</b>',
  'a & b', 'a [link](x)', 'two\nlines', 'a ~~b~~', 'cost $1$', 'a\\b', 'a | b', 'Émile',
  ':material/home:', 'a:red[b]', 'x >= y',
];

describe('renderMarkdown of plain text', () => {
  test('plain texts are recognised, anything markdown could change is not', () => {
    for (const s of PLAIN) assert.ok(isPlainText(s), s);
    for (const s of MARKDOWN) assert.ok(!isPlainText(s), JSON.stringify(s));
  });

  test('a plain text renders exactly as marked renders it', () => {
    for (const s of PLAIN) {
      for (const inline of [false, true]) {
        const fast = renderMarkdown(document.createElement('div'), s, { inline });
        const slow = document.createElement('div');
        slow.innerHTML = parseMarkdown(s, { inline });
        assert.equal(fast.innerHTML, slow.innerHTML, `${JSON.stringify(s)} inline=${inline}`);
        assert.equal(fast.childNodes.length, slow.childNodes.length);
      }
    }
  });

  test('a rerender replaces what was there', () => {
    const el = document.createElement('div');
    renderMarkdown(el, '**bold** text');
    renderMarkdown(el, 'Now plain');
    assert.equal(el.innerHTML, '<p>Now plain</p>\n');
  });
});
