// Keyboard shortcuts of st.button / st.form_submit_button / st.download_button (the
// `shortcut` prop, normalised by Python: modifiers ctrl, cmd, alt, shift in that order, then
// one key, e.g. "ctrl+shift+k", "enter", "f2"). Ctrl and Cmd are interchangeable, as in
// Streamlit: either key satisfies either modifier. One document listener serves every
// button; a shortcut without Ctrl/Cmd/Alt does not fire while the user types in a field.

const NAMED = {
  enter: 'Enter', space: ' ', tab: 'Tab', escape: 'Escape', backspace: 'Backspace', delete: 'Delete',
  home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown', left: 'ArrowLeft',
  right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown',
};
const LABELS = {
  enter: 'Enter', space: 'Space', tab: 'Tab', escape: 'Esc', backspace: 'Backspace', delete: 'Delete',
  home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown', left: '←', right: '→', up: '↑', down: '↓',
};
const ARIA = { space: 'Space', left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' };

/** "ctrl+shift+k" -> { mod, alt, shift, key: "k" } (mod: Ctrl or Cmd). */
export function parseShortcut(text) {
  const tokens = String(text ?? '').toLowerCase().split('+').filter(Boolean);
  const key = tokens.pop() ?? '';
  return { mod: tokens.includes('ctrl') || tokens.includes('cmd'), alt: tokens.includes('alt'), shift: tokens.includes('shift'), key };
}

/** The key a KeyboardEvent stands for, in the shortcut's terms ("k", "4", "f2", "enter"). */
function eventKey(event) {
  // event.code first: Shift/Alt change event.key ("K", "˚") but not the physical key
  const code = event.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  const key = event.key ?? '';
  for (const [name, value] of Object.entries(NAMED)) if (key === value) return name;
  return key.toLowerCase();
}

/** Whether a keydown event is this (parsed) shortcut. */
export function matches(shortcut, event) {
  return eventKey(event) === shortcut.key
    && Boolean(event.ctrlKey || event.metaKey) === shortcut.mod
    && Boolean(event.altKey) === shortcut.alt
    && Boolean(event.shiftKey) === shortcut.shift;
}

/** What the button shows: "Ctrl+Shift+K", or "⌘⇧K" on Apple platforms. */
export function shortcutLabel(text, apple = isApple()) {
  const s = parseShortcut(text);
  const key = LABELS[s.key] ?? s.key.toUpperCase();
  if (apple) return `${s.mod ? '⌘' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${key}`;
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The aria-keyshortcuts value (WAI-ARIA key names), e.g. "Control+Shift+K". */
export function ariaShortcut(text, apple = isApple()) {
  const s = parseShortcut(text);
  const key = ARIA[s.key] ?? NAMED[s.key] ?? s.key.toUpperCase();
  return [s.mod && (apple ? 'Meta' : 'Control'), s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}

function isApple() {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');
}

function typing(target) {
  return Boolean(target?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable=true]'));
}

const bound = new Map(); // button element -> parsed shortcut
let listening = false;

function onKeyDown(event) {
  if (event.defaultPrevented || event.repeat) return;
  for (const [button, shortcut] of bound) {
    if (!button.isConnected) { bound.delete(button); continue; }
    if (!matches(shortcut, event)) continue;
    if (!shortcut.mod && !shortcut.alt && typing(event.target)) continue;
    if (button.disabled || button.closest('[inert]')) continue;
    event.preventDefault();
    button.click();
    return;
  }
}

/** Give `button` the shortcut `text` (or none), with its hint and aria-keyshortcuts. */
export function bindShortcut(button, text) {
  button.querySelector(':scope > kbd.wl-shortcut')?.remove();
  if (!text) {
    bound.delete(button);
    button.removeAttribute('aria-keyshortcuts');
    return;
  }
  bound.set(button, parseShortcut(text));
  button.setAttribute('aria-keyshortcuts', ariaShortcut(text));
  const hint = document.createElement('kbd');
  hint.className = 'wl-shortcut';
  hint.setAttribute('aria-hidden', 'true');
  hint.textContent = shortcutLabel(text);
  button.append(hint);
  if (!listening) {
    document.addEventListener('keydown', onKeyDown);
    listening = true;
  }
}
