// Buttons: st.button and st.form_submit_button (props.is_submit). A click is a trigger:
// widget-changed {values: {id: true}} (forms: the pending values plus the submit id).
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';
import { renderMarkdown } from './markdown.js';

function kindOf(props) {
  const type = ['primary', 'secondary', 'tertiary'].includes(props.type) ? props.type : 'secondary';
  return props.is_submit ? `${type}FormSubmit` : type;
}

function fill(el, props) {
  el.dataset.testid = props.is_submit ? 'stFormSubmitButton' : 'stButton';
  el.className = `${props.is_submit ? 'stFormSubmitButton' : 'stButton'} wl-button-wrap${props.use_container_width ? ' wl-full' : ''}`;
  const button = el.querySelector('button');
  button.dataset.testid = `stBaseButton-${kindOf(props)}`;
  button.className = `wl-button wl-button-${props.type || 'secondary'}`;
  button.disabled = Boolean(props.disabled);
  setTooltip(button, props.help);
  const label = h('span', { class: 'wl-button-label' });
  renderMarkdown(label, props.label ?? '', { inline: true });
  button.replaceChildren(...[renderIcon(props.icon), label].filter(Boolean));
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
