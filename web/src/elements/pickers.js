// menu_button (a button that opens a menu; a pick is sent as {index, n}) and pagination (page
// buttons; the value is the page number). Mirrors py/wasmlit/elements/pickers.py.
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';
import { setTooltip } from './tooltip.js';
import { applyButtonWidth } from './button.js';

const propsOf = (el) => el.wlProps;
let picks = 0;

// ---- menu_button -------------------------------------------------------------------------------

function closeMenu(el) {
  const body = el.querySelector('[data-testid=stMenuButtonBody]');
  if (!body) return;
  body.remove();
  el.querySelector('button').setAttribute('aria-expanded', 'false');
  document.removeEventListener('pointerdown', el.wlOutside, true);
}

function openMenu(el, ctx) {
  const props = propsOf(el);
  const items = props.options.map((label, index) => {
    const item = h('button', { type: 'button', role: 'menuitem', class: 'wl-menu-item', tabindex: '-1' });
    renderMarkdown(item, label, { inline: true });
    item.addEventListener('click', () => {
      closeMenu(el);
      picks += 1;
      ctx.change(propsOf(el), { index, n: `${Date.now()}-${picks}` }, el);
    });
    return item;
  });
  const body = h('div', { testid: 'stMenuButtonBody', class: 'wl-menu-body', role: 'menu', 'aria-label': props.label || 'Menu' }, ...items);
  body.addEventListener('keydown', (event) => {
    const list = [...body.querySelectorAll('[role=menuitem]')];
    const at = list.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length;
      list[next].focus();
    } else if (event.key === 'Escape') {
      closeMenu(el);
      el.querySelector('button').focus();
    }
  });
  el.append(body);
  el.querySelector('button').setAttribute('aria-expanded', 'true');
  el.wlOutside = (event) => { if (!el.contains(event.target)) closeMenu(el); };
  document.addEventListener('pointerdown', el.wlOutside, true);
  items[0]?.focus();
}

export const menu_button = {
  create(props, ctx) {
    const button = h('button', { type: 'button', testid: 'stMenuButtonButton', 'aria-haspopup': 'menu', 'aria-expanded': 'false' });
    const el = h('div', { testid: 'stMenuButton', class: 'stMenuButton wl-button-wrap wl-menu-button' }, button);
    button.addEventListener('click', () => {
      if (propsOf(el).disabled) return;
      if (el.querySelector('[data-testid=stMenuButtonBody]')) closeMenu(el);
      else openMenu(el, ctx);
    });
    el.wlProps = props;
    menu_button.update(el, props, {});
    return el;
  },
  update(el, props) {
    const button = el.querySelector('button');
    const type = ['primary', 'secondary', 'tertiary'].includes(props.type) ? props.type : 'secondary';
    button.className = `wl-button wl-button-${type}${props.wrap === false ? ' wl-nowrap' : ''}`;
    button.disabled = Boolean(props.disabled);
    setTooltip(button, props.help);
    const label = h('span', { class: 'wl-button-label' });
    renderMarkdown(label, props.label ?? '', { inline: true });
    button.replaceChildren(...[renderIcon(props.icon), label, renderIcon(':material/expand_more:', { className: 'wl-menu-chevron' })].filter(Boolean));
    applyButtonWidth(el, props.width);
    if (props.disabled) closeMenu(el);
  },
};

// ---- pagination --------------------------------------------------------------------------------

/** The page numbers to show (null for an ellipsis): first, last and a window around `page`. */
export function visiblePages(page, count, max) {
  if (max === null || max === undefined || count <= max) return Array.from({ length: count }, (_, i) => i + 1);
  if (max <= 0) return [];
  if (max < 5) {
    const start = Math.min(Math.max(1, page - Math.floor((max - 1) / 2)), count - max + 1);
    return Array.from({ length: max }, (_, i) => start + i);
  }
  const inner = max - 2; // slots between the first and the last page
  let start = Math.max(2, page - Math.floor((inner - 1) / 2));
  let end = start + inner - 1;
  if (end > count - 1) {
    end = count - 1;
    start = end - inner + 1;
  }
  const out = [1];
  for (let p = start; p <= end; p++) out.push(p);
  out.push(count);
  if (start > 2) out[1] = null;
  if (end < count - 1) out[out.length - 2] = null;
  return out;
}

export const pagination = {
  create(props, ctx) {
    const el = h('nav', { testid: 'stPagination', class: 'stPagination wl-pagination', 'aria-label': 'Pagination' });
    el.wlGo = (page) => {
      const current = propsOf(el);
      if (current.disabled || page < 1 || page > current.num_pages || page === el.wlPage) return;
      el.wlPage = page;
      draw(el);
      ctx.change(current, page, el);
    };
    el.wlProps = props;
    pagination.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    if (props.value !== old.value || el.wlPage === undefined) el.wlPage = props.value;
    draw(el);
  },
};

function draw(el) {
  const props = propsOf(el);
  const page = el.wlPage;
  const disabled = Boolean(props.disabled);
  const arrow = (testid, label, target, name) => h('button', {
    type: 'button', testid, class: 'wl-page-arrow', 'aria-label': label,
    disabled: disabled || target < 1 || target > props.num_pages, onclick: () => el.wlGo(target),
  }, renderIcon(name));
  const pages = visiblePages(page, props.num_pages, props.max_visible_pages).map((p) => (p === null
    ? h('span', { testid: 'stPaginationEllipsis', class: 'wl-page-ellipsis', 'aria-hidden': 'true' }, '…')
    : h('button', {
      type: 'button', class: `wl-page${p === page ? ' wl-page-current' : ''}`, 'aria-label': `Page ${p}`,
      'aria-current': p === page ? 'page' : null, disabled, onclick: () => el.wlGo(p),
    }, String(p))));
  el.replaceChildren(arrow('stPaginationPrev', 'Previous page', page - 1, ':material/chevron_left:'), ...pages,
    arrow('stPaginationNext', 'Next page', page + 1, ':material/chevron_right:'));
  el.classList.toggle('wl-full', props.width === 'stretch');
  el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
}

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { menu_button, pagination };
