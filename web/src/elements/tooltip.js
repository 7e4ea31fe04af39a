// One tooltip for every element. A `help=` text shows, rendered as inline-capable markdown, in a
// floating box (data-testid stTooltipContent) while the pointer rests on, or the keyboard focus
// is in, its target: the small "?" (stTooltipIcon) that widgets and texts carry, or the element
// itself (a button, a pill, a tab). One box per app root, reused; it never takes focus.
import { renderMarkdown } from './markdown.js';

const QUESTION_SVG = '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="10"/><path d="M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3"/><path d="M12 17h.01"/></svg>';

let shownFor = null;
let tip = null;
let counter = 0;
let watch = null; // hides the box when its target leaves the page (a rerun replaced it)

function box(target) {
  const root = target.closest('.wl-app') ?? target.ownerDocument.body;
  if (!tip || tip.ownerDocument !== target.ownerDocument) {
    tip = target.ownerDocument.createElement('div');
    tip.className = 'wl-tooltip';
    tip.dataset.testid = 'stTooltipContent';
    tip.setAttribute('role', 'tooltip');
    counter += 1;
    tip.id = `wl-tooltip-${counter}`;
  }
  if (tip.parentNode !== root) root.append(tip);
  return tip;
}

/** Put the box above the target (below when there is no room), inside the viewport. */
function place(el, target) {
  const view = target.ownerDocument.defaultView;
  const r = target.getBoundingClientRect();
  const t = el.getBoundingClientRect();
  const gap = 6;
  let top = r.top - t.height - gap;
  if (top < 4) top = r.bottom + gap;
  const left = Math.min(Math.max(4, r.left + r.width / 2 - t.width / 2), Math.max(4, (view?.innerWidth ?? 0) - t.width - 4));
  el.style.top = `${Math.round(top)}px`;
  el.style.left = `${Math.round(left)}px`;
}

function show(target) {
  const help = target.wlHelp;
  if (!help || !target.isConnected) return;
  const el = box(target);
  renderMarkdown(el, help);
  el.hidden = false;
  shownFor = target;
  target.setAttribute('aria-describedby', el.id);
  place(el, target);
  clearInterval(watch);
  watch = setInterval(() => { if (!target.isConnected) hide(target); }, 300);
}

function hide(target) {
  if (shownFor !== target) return;
  shownFor = null;
  clearInterval(watch);
  target.removeAttribute('aria-describedby');
  if (tip) {
    tip.hidden = true;
    tip.replaceChildren();
  }
}

/**
 * Give `target` the tooltip `help` (markdown); a falsy help removes it. Safe to call on every
 * update: the listeners are added once and read the latest text.
 * @param {HTMLElement} target
 * @param {string|null|undefined} help
 */
export function setTooltip(target, help) {
  const text = help === null || help === undefined || help === '' ? null : String(help);
  target.wlHelp = text;
  if (text && !target.wlTooltip) {
    target.wlTooltip = true;
    target.addEventListener('mouseenter', () => show(target));
    target.addEventListener('mouseleave', () => hide(target));
    target.addEventListener('focusin', () => show(target));
    target.addEventListener('focusout', () => hide(target));
    target.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(target); });
  }
  if (!text) hide(target);
  else if (shownFor === target) show(target);
}

/**
 * The "?" beside a label, heading or text that shows `help` on hover or focus; null for no help.
 * @param {string|null|undefined} help
 * @returns {HTMLElement|null}
 */
export function helpIcon(help) {
  if (help === null || help === undefined || help === '') return null;
  const icon = document.createElement('span');
  icon.className = 'wl-help';
  icon.dataset.testid = 'stTooltipIcon';
  icon.tabIndex = 0;
  icon.setAttribute('aria-label', String(help));
  const target = document.createElement('span');
  target.className = 'wl-help-target';
  target.dataset.testid = 'stTooltipHoverTarget';
  target.innerHTML = QUESTION_SVG;
  icon.append(target);
  setTooltip(icon, help);
  return icon;
}
