// web/src/elements/shortcuts.js: matching keydown events to a button's normalised shortcut,
// and what the button shows for it.
import { window } from './dom.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ariaShortcut, bindShortcut, matches, parseShortcut, shortcutLabel } from '../../web/src/elements/shortcuts.js';

const { document } = window;
const key = (init) => new window.KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('matches', () => {
  test('a letter with modifiers, by physical key, Ctrl and Cmd interchangeable', () => {
    const s = parseShortcut('ctrl+shift+k');
    assert.ok(matches(s, key({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true })));
    assert.ok(matches(s, key({ key: 'K', code: 'KeyK', metaKey: true, shiftKey: true })));
    assert.ok(!matches(s, key({ key: 'k', code: 'KeyK', ctrlKey: true })), 'Shift is missing');
    assert.ok(!matches(s, key({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true, altKey: true })), 'extra Alt');
  });

  test('a plain key, a digit, a function key and named keys', () => {
    assert.ok(matches(parseShortcut('a'), key({ key: 'a', code: 'KeyA' })));
    assert.ok(!matches(parseShortcut('a'), key({ key: 'a', code: 'KeyA', ctrlKey: true })));
    assert.ok(matches(parseShortcut('4'), key({ key: '4', code: 'Digit4' })));
    assert.ok(matches(parseShortcut('f2'), key({ key: 'F2', code: 'F2' })));
    assert.ok(matches(parseShortcut('enter'), key({ key: 'Enter', code: 'Enter' })));
    assert.ok(matches(parseShortcut('left'), key({ key: 'ArrowLeft', code: 'ArrowLeft' })));
    assert.ok(matches(parseShortcut('space'), key({ key: ' ', code: 'Space' })));
  });
});

describe('labels', () => {
  test('shown as Ctrl+Shift+K, or with Apple symbols', () => {
    assert.equal(shortcutLabel('ctrl+shift+k', false), 'Ctrl+Shift+K');
    assert.equal(shortcutLabel('cmd+alt+escape', true), '⌘⌥Esc');
    assert.equal(ariaShortcut('ctrl+enter', false), 'Control+Enter');
    assert.equal(ariaShortcut('space', false), 'Space');
  });
});

describe('bindShortcut', () => {
  test('the shortcut clicks its button, not while typing in a field unless it has a modifier', () => {
    const button = document.createElement('button');
    const field = document.createElement('input');
    document.body.append(button, field);
    let clicks = 0;
    button.addEventListener('click', () => { clicks += 1; });
    bindShortcut(button, 'k');
    assert.equal(button.getAttribute('aria-keyshortcuts'), 'K');
    assert.equal(button.querySelector('kbd').textContent, 'K');
    document.body.dispatchEvent(key({ key: 'k', code: 'KeyK' }));
    assert.equal(clicks, 1);
    field.dispatchEvent(key({ key: 'k', code: 'KeyK' }));
    assert.equal(clicks, 1, 'typing a k in a field is not the shortcut');
    button.disabled = true;
    document.body.dispatchEvent(key({ key: 'k', code: 'KeyK' }));
    assert.equal(clicks, 1, 'a disabled button ignores its shortcut');
    button.disabled = false;
    bindShortcut(button, 'ctrl+k');
    field.dispatchEvent(key({ key: 'k', code: 'KeyK', ctrlKey: true }));
    assert.equal(clicks, 2, 'with a modifier it works from a field too');
    assert.equal(button.querySelectorAll('kbd').length, 1);
    bindShortcut(button, null);
    document.body.dispatchEvent(key({ key: 'k', code: 'KeyK', ctrlKey: true }));
    assert.equal(clicks, 2);
    assert.equal(button.querySelector('kbd'), null);
    button.remove();
    field.remove();
  });
});
