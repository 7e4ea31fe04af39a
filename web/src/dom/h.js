// A tiny hyperscript helper: h('div', {testid: 'stText', class: 'x'}, child, 'text').

/**
 * @param {string} tag
 * @param {Record<string, any>} [attrs] `testid` sets data-testid, `class` the class name,
 *   `on*` functions become listeners, `false`/`null`/`undefined` values are skipped
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'testid') el.dataset.testid = value;
    else if (key === 'class') el.className = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

let counter = 0;
/** A page-unique id for tying a <label> to its input. */
export function uid(prefix = 'wl') {
  counter += 1;
  return `${prefix}-${counter}`;
}

