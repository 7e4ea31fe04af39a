// Buttons: st.button and st.form_submit_button (props.is_submit). A click is a trigger:
// widget-changed {values: {id: true}} (forms: the pending values plus the submit id).
// width: "content" (fits its label), "stretch" (fills the container) or pixels; wrap: False
// keeps one line and ends an overflowing label with an ellipsis (the full label as a title
// when there is no help); icon_position: left or right; shortcut: see shortcuts.js.
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';
import { renderMarkdown } from './markdown.js';
import { bindShortcut } from './shortcuts.js';

function kindOf(props) {
  const type = ['primary', 'secondary', 'tertiary'].includes(props.type) ? props.type : 'secondary';
  return props.is_submit ? `${type}FormSubmit` : type;
}

/** The width prop on a button's wrapper (also used by the other button-like elements). */
export function applyButtonWidth(el, width) {
  const w = width ?? 'content';
  el.classList.toggle('wl-full', w === 'stretch' || typeof w === 'number');
  el.style.width = typeof w === 'number' ? `${w}px` : '';
  el.style.maxWidth = typeof w === 'number' ? '100%' : '';
}

function fill(el, props) {
  el.dataset.testid = props.is_submit ? 'stFormSubmitButton' : 'stButton';
  el.className = `${props.is_submit ? 'stFormSubmitButton' : 'stButton'} wl-button-wrap`;
  applyButtonWidth(el, props.width);
  const button = el.querySelector('button');
  button.dataset.testid = `stBaseButton-${kindOf(props)}`;
  button.className = `wl-button wl-button-${props.type || 'secondary'}${props.wrap === false ? ' wl-nowrap' : ''}`;
  button.disabled = Boolean(props.disabled);
  setTooltip(button, props.help);
  const label = h('span', { class: 'wl-button-label' });
  renderMarkdown(label, props.label ?? '', { inline: true });
  const icon = renderIcon(props.icon);
  const parts = props.icon_position === 'right' ? [label, icon] : [icon, label];
  button.replaceChildren(...parts.filter(Boolean));
  if (props.wrap === false && !props.help) label.title = label.textContent;
  bindShortcut(button, props.shortcut);
}

export const button = {
  create(props, ctx) {
    const el = h('div', {});
    const btn = h('button', {
      type: 'button',
      onclick: () => ctx.click(el.wlProps ?? props, el),
    });
    el.append(btn);
    fill(el, props);
    return el;
  },
  update(el, props) {
    fill(el, props);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { button };
