// st.page_link: a link to a page of the app (a real URL; a plain click runs the page in place,
// like a menu item) or to an external site (a new tab).
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';
import { applyWidth } from './choices.js';
import { renderMarkdown } from './markdown.js';

function fill(el, props, ctx) {
  const page = {
    hash: props.page_hash ?? '',
    url_path: props.external ? '' : props.page ?? '',
    external_url: props.external ? props.page ?? '' : '',
  };
  const attrs = { testid: 'stPageLink-NavLink', class: 'wl-page-link' };
  const a = ctx.link ? ctx.link(page, props.query ?? '', attrs) : h('a', { href: page.external_url || '#', ...attrs });
  if (!props.external) a.rel = 'noreferrer';
  if (props.disabled) {
    a.setAttribute('aria-disabled', 'true');
    a.tabIndex = -1;
  }
  setTooltip(a, props.help);
  const label = h('span', { class: 'wl-page-link-label' });
  renderMarkdown(label, props.label ?? '', { inline: true });
  const icon = renderIcon(props.icon);
  const parts = [icon, label].filter(Boolean);
  if (props.icon_position === 'right') parts.reverse();
  a.append(...parts);
  el.replaceChildren(h('div', {}, a));
  applyWidth(el, props.width, 'content');
}

export const page_link = {
  create(props, ctx) {
    const el = h('div', { testid: 'stPageLink', class: 'wl-page-link-wrap' });
    fill(el, props, ctx);
    return el;
  },
  update(el, props, old, ctx) {
    fill(el, props, ctx);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { page_link };
