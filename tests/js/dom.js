// A happy-dom window installed as the globals the browser modules expect (document, window,
// Node...), for `node --test`. Import this before any module of web/src.
import { Window } from 'happy-dom';

export const window = new Window({ url: 'http://localhost/' });
for (const name of ['window', 'document', 'Node', 'HTMLElement', 'Element', 'DocumentFragment',
  'MutationObserver', 'NodeFilter', 'getComputedStyle', 'DOMParser', 'XMLSerializer']) {
  const value = name === 'window' ? window : window[name];
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

/**
 * Every DOM mutation under `root` while `fn` runs, as short strings:
 * "add <parent>: <node>", "remove <parent>: <node>",
 * "attr <node> <name>", "text <node>".
 */
export function mutations(root, fn) {
  // (happy-dom reports a replaceWith as an add record, then a remove record)
  const observer = new window.MutationObserver(() => {});
  observer.observe(root, { childList: true, attributes: true, characterData: true, subtree: true });
  fn();
  const records = observer.takeRecords();
  observer.disconnect();
  const out = [];
  for (const r of records) {
    if (r.type === 'attributes') out.push(`attr ${label(r.target)} ${r.attributeName}`);
    else if (r.type === 'characterData') out.push(`text ${label(r.target)}`);
    else {
      for (const n of r.removedNodes) out.push(`remove ${label(r.target)}: ${label(n)}`);
      for (const n of r.addedNodes) {
        out.push(`add ${label(r.target)}: ${label(n)}`);
      }
    }
  }
  return out;
}

/** A node as tests name it: its data-name, else its tag, or #text "..." for text. */
export function label(node) {
  if (node.nodeType === 3) return `"${node.data}"`;
  if (node.dataset?.name) return node.dataset.name;
  if (node.dataset?.testid === 'stElementContainer') return `[${label(node.firstChild)}]`;
  return node.tagName.toLowerCase();
}
