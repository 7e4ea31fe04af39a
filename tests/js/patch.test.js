// web/src/dom/patch.js: which DOM operations each tree op costs. As preact's keyed-children
// tests count insertBefore/removeChild, these record every mutation (MutationObserver) and
// assert the exact list: a rerun must touch only what changed.
import { mutations, window } from './dom.js';
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { Tree } from '../../web/src/dom/patch.js';

const { document } = window;

// Element kinds for the tests: `text` updates in place, `frozen` has no update() (re-created on
// new props), `box` and `other` are blocks (`box` updates its props in place).
const destroyed = [];
const RENDERERS = {
  text: {
    create(props) {
      const el = document.createElement('p');
      el.dataset.name = props.name;
      el.textContent = props.body ?? '';
      return el;
    },
    update(el, props) {
      if (el.dataset.name !== props.name) el.dataset.name = props.name;
      el.textContent = props.body ?? '';
    },
    destroy(el) { destroyed.push(el.dataset.name); },
  },
  frozen: {
    create(props) {
      const el = document.createElement('span');
      el.dataset.name = props.name;
      return el;
    },
  },
  box: {
    create(props) {
      const el = document.createElement('section');
      el.dataset.name = props.name;
      el.append(document.createElement('div'));
      return el;
    },
    update(el, props) { el.title = props.title ?? ''; },
    host: (el) => el.firstChild,
    destroy(el) { destroyed.push(el.dataset.name); },
  },
  other: {
    create(props) {
      const el = document.createElement('aside');
      el.dataset.name = props.name;
      return el;
    },
  },
};
const registry = { get: (kind) => RENDERERS[kind] };

const text = (name, body = name) => ({ kind: 'text', props: { name, body }, fid: null, block: false });
const put = (path, node) => ({ op: 'put', path, node });

let main;
let tree;

/** The root's elements by name, in DOM order (a block lists its children in parentheses). */
function shape(host = main) {
  return [...host.children].map((el) => {
    const inner = el.dataset.testid === 'stElementContainer' ? el.firstChild : el;
    const host2 = inner.tagName === 'SECTION' ? inner.firstChild : null;
    return host2 ? `${inner.dataset.name}(${shape(host2).join(' ')})` : inner.dataset.name;
  });
}

function paths(host = main) {
  return [...host.querySelectorAll('[data-path]')].map((el) => el.dataset.path);
}

function apply(...ops) {
  let changed;
  const log = mutations(main, () => { changed = tree.apply(ops); });
  return { log, changed };
}

beforeEach(() => {
  document.body.replaceChildren();
  main = document.createElement('div');
  main.dataset.name = 'main';
  document.body.append(main);
  const hosts = [main, document.createElement('div'), document.createElement('div'), document.createElement('div')];
  tree = new Tree(hosts, registry, {});
  destroyed.length = 0;
  tree.apply([put([0, 0], text('a')), put([0, 1], text('b')), put([0, 2], text('c'))]);
});

describe('put', () => {
  test('insert at the end is one append and nothing else', () => {
    const { log, changed } = apply(put([0, 3], text('d')));
    assert.deepEqual(log, ['add main: [d]']);
    assert.equal(changed, 1);
    assert.deepEqual(shape(), ['a', 'b', 'c', 'd']);
    assert.deepEqual(paths(), ['[0,0]', '[0,1]', '[0,2]', '[0,3]']);
  });

  test('insert at the start: same-kind elements are updated in place, the last is appended', () => {
    const before = [...main.children];
    // what the Python tree sends when a run writes x, a, b, c
    const { log } = apply(put([0, 0], text('x')), put([0, 1], text('a')), put([0, 2], text('b')),
      put([0, 3], text('c')));
    assert.deepEqual(log, [
      'attr x data-name', 'remove x: "a"', 'add x: "x"',
      'attr a data-name', 'remove a: "b"', 'add a: "a"',
      'attr b data-name', 'remove b: "c"', 'add b: "b"',
      'add main: [c]',
    ]);
    assert.deepEqual(shape(), ['x', 'a', 'b', 'c']);
    assert.deepEqual([...main.children].slice(0, 3), before, 'the first three containers are kept');
    assert.deepEqual(destroyed, []);
  });

  test('insert in the middle touches only the elements from there on', () => {
    const { log } = apply(put([0, 1], text('m')), put([0, 2], text('b')), put([0, 3], text('c')));
    assert.deepEqual(log, [
      'attr m data-name', 'remove m: "b"', 'add m: "m"',
      'attr b data-name', 'remove b: "c"', 'add b: "b"',
      'add main: [c]',
    ]);
    assert.deepEqual(shape(), ['a', 'm', 'b', 'c']);
  });

  test('a different kind at a place replaces that one element (one remove + add)', () => {
    const { log } = apply(put([0, 1], { kind: 'frozen', props: { name: 'f' }, fid: null, block: false }));
    assert.deepEqual(log, ['add main: [f]', 'remove main: [b]']);
    assert.deepEqual(shape(), ['a', 'f', 'c']);
    assert.deepEqual(destroyed, ['b']);
    assert.deepEqual(paths(), ['[0,0]', '[0,1]', '[0,2]']);
  });

  test('the same node again changes nothing', () => {
    const { log, changed } = apply(put([0, 1], text('b')));
    assert.deepEqual(log, []);
    assert.equal(changed, 0);
  });

  test('an index past the end is refused, and the next ops still apply', () => {
    const errors = [];
    const error = console.error;
    console.error = (msg) => errors.push(msg);
    try {
      const { log, changed } = apply(put([0, 5], text('z')), put([0, 3], text('d')));
      assert.deepEqual(log, ['add main: [d]']);
      assert.equal(changed, 1);
    } finally {
      console.error = error;
    }
    assert.equal(errors.length, 1);
    assert.match(errors[0], /index 5 out of range \(3 children\)/);
  });
});

describe('props', () => {
  test('new props update the element in place and nothing else', () => {
    const { log } = apply({ op: 'props', path: [0, 1], props: { name: 'b', body: 'new' }, fid: null });
    assert.deepEqual(log, ['remove b: "b"', 'add b: "new"']);
    assert.equal(main.children[1].firstChild.wlProps.body, 'new');
  });

  test('equal props are no mutation at all', () => {
    const { log, changed } = apply({ op: 'props', path: [0, 1], props: { name: 'b', body: 'b' }, fid: null });
    assert.deepEqual(log, []);
    assert.equal(changed, 0);
  });

  test('a kind without update() is re-created inside its container, with its new props', () => {
    apply(put([0, 3], { kind: 'frozen', props: { name: 'f' }, fid: null, block: false }));
    const wrap = main.children[3];
    const { log } = apply({ op: 'props', path: [0, 3], props: { name: 'g' }, fid: null });
    assert.deepEqual(log, ['add [g]: g', 'remove [g]: f']);
    assert.equal(main.children[3], wrap, 'the container stays');
    assert.equal(wrap.firstChild.dataset.name, 'g');
    assert.deepEqual(wrap.firstChild.wlProps, { name: 'g' }, 'the fresh element carries its props');
  });
});

describe('remove', () => {
  test('removing the first element is one remove plus renumbering the later ones', () => {
    const { log } = apply({ op: 'remove', path: [0, 0] });
    assert.deepEqual(log, ['remove main: [a]', 'attr [b] data-path', 'attr [c] data-path']);
    assert.deepEqual(shape(), ['b', 'c']);
    assert.deepEqual(paths(), ['[0,0]', '[0,1]']);
    assert.deepEqual(destroyed, ['a']);
  });

  test('removing the last element renumbers nothing', () => {
    const { log } = apply({ op: 'remove', path: [0, 2] });
    assert.deepEqual(log, ['remove main: [c]']);
  });

  test('removing past the end is refused', () => {
    const error = console.error;
    console.error = () => {};
    try {
      assert.deepEqual(apply({ op: 'remove', path: [0, 3] }).log, []);
    } finally {
      console.error = error;
    }
  });
});

describe('move and reorder', () => {
  test('moving the last element to the front rewrites the texts, keeps the containers', () => {
    const before = [...main.children];
    const { log } = apply(put([0, 0], text('c')), put([0, 1], text('a')), put([0, 2], text('b')));
    assert.equal(log.filter((m) => m.startsWith('add main') || m.startsWith('remove main')).length, 0);
    assert.equal(log.length, 9); // per element: its name and its text
    assert.deepEqual(shape(), ['c', 'a', 'b']);
    assert.deepEqual([...main.children], before);
  });

  test('reversing, then removing the surplus, leaves the right order and paths', () => {
    apply(put([0, 3], text('d')));
    const { log } = apply(put([0, 0], text('c')), put([0, 1], text('b')), put([0, 2], text('a')),
      { op: 'remove', path: [0, 3] });
    assert.deepEqual(log.slice(-1), ['remove main: [d]']);
    assert.deepEqual(shape(), ['c', 'b', 'a']);
    assert.deepEqual(paths(), ['[0,0]', '[0,1]', '[0,2]']);
  });
});

describe('nested blocks', () => {
  const box = (name, props = {}) => ({ kind: 'box', props: { name, ...props }, fid: null, block: true });

  test('children go into the block host; paths nest', () => {
    apply(put([0, 3], box('k')));
    const { log } = apply(put([0, 3, 0], text('x')), put([0, 3, 1], text('y')));
    assert.deepEqual(log, ['add div: [x]', 'add div: [y]']);
    assert.deepEqual(shape(), ['a', 'b', 'c', 'k(x y)']);
    assert.deepEqual(paths().slice(3), ['[0,3]', '[0,3,0]', '[0,3,1]']);
  });

  test('new props for a block touch the block only, never its children', () => {
    apply(put([0, 3], box('k')), put([0, 3, 0], text('x')));
    const child = main.querySelector('[data-name=x]');
    const { log } = apply({ op: 'props', path: [0, 3], props: { name: 'k', title: 'T' }, fid: null });
    assert.deepEqual(log, ['attr k title']);
    assert.equal(main.querySelector('[data-name=x]'), child);
  });

  test('a block of another kind replaces the block and its subtree, destroying them', () => {
    apply(put([0, 3], box('k')), put([0, 3, 0], text('x')));
    const { log } = apply(put([0, 3], { kind: 'other', props: { name: 'o' }, fid: null, block: true }));
    assert.deepEqual(log, ['add main: o', 'remove main: k']);
    assert.deepEqual(destroyed, ['x', 'k']);
    assert.deepEqual(shape(), ['a', 'b', 'c', 'o']);
  });

  test('a block without update() keeps its children when re-created', () => {
    apply(put([0, 3], { kind: 'other', props: { name: 'o' }, fid: null, block: true }),
      put([0, 3, 0], text('x')));
    const child = main.querySelector('[data-name=x]').parentNode;
    apply({ op: 'props', path: [0, 3], props: { name: 'p' }, fid: null });
    const block = main.children[3];
    assert.equal(block.dataset.name, 'p');
    assert.equal(block.dataset.path, '[0,3]');
    assert.equal(block.firstChild, child);
    assert.deepEqual(block.wlProps, { name: 'p' });
    // and the tree now points at the new element: later children go into it
    apply(put([0, 3, 1], text('y')));
    assert.deepEqual(shape(), ['a', 'b', 'c', 'p']);
    assert.equal(block.children.length, 2);
  });

  test('removing inside a block renumbers only that block\'s later children', () => {
    apply(put([0, 3], box('k')), put([0, 3, 0], text('x')), put([0, 3, 1], text('y')));
    const { log } = apply({ op: 'remove', path: [0, 3, 0] });
    assert.deepEqual(log, ['remove div: [x]', 'attr [y] data-path']);
    assert.deepEqual(paths().slice(3), ['[0,3]', '[0,3,0]']);
  });
});
