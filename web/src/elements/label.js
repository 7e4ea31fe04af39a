// The label every widget carries: a real <label> tied to its input, with the help tooltip.
import { h } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';
import { helpIcon } from './tooltip.js';

/**
 * Fill (or refill) a widget label.
 * @param {HTMLElement} label a <label> (or a <div> for groups such as radio)
 * @param {object} props the widget's props (label, help, label_visibility)
 */
export function fillLabel(label, props) {
  const text = h('span', { class: 'wl-label-text' });
  renderMarkdown(text, props.label ?? '', { inline: true });
  label.replaceChildren(text);
  const icon = helpIcon(props.help);
  if (icon) label.append(' ', icon);
  label.classList.toggle('wl-label-hidden', props.label_visibility === 'hidden');
  label.classList.toggle('wl-label-collapsed', props.label_visibility === 'collapsed');
}

/** A <label for=inputId> with data-testid stWidgetLabel. */
export function widgetLabel(props, inputId) {
  const label = h('label', { testid: 'stWidgetLabel', class: 'wl-label', for: inputId });
  fillLabel(label, props);
  return label;
}

/** Common per-update work: label, disabled state. */
export function refreshLabel(el, props, old) {
  if (props.label !== old.label || props.help !== old.help || props.label_visibility !== old.label_visibility) {
    const label = el.querySelector(':scope > [data-testid=stWidgetLabel], :scope > * > [data-testid=stWidgetLabel]');
    if (label) fillLabel(label, props);
  }
  el.classList.toggle('wl-disabled', Boolean(props.disabled));
}

/**
 * A typed field commits its value on Enter and when it loses focus; Enter in a form then
 * submits the form (Streamlit's `enter_to_submit`, checked by `ctx.enterInForm`).
 * @param {HTMLInputElement} field
 * @param {HTMLElement} el the widget (its current props are `el.wlProps`)
 * @param {object} ctx the renderer context
 * @param {() => void} commit sends the value if it changed
 * @param {(event: KeyboardEvent) => void} [onOtherKey] any other key
 */
export function commitOnEnterAndBlur(field, el, ctx, commit, onOtherKey) {
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') {
      onOtherKey?.(event);
      return;
    }
    commit();
    if (el.wlProps?.form_id) ctx.enterInForm(el.wlProps.form_id, el);
  });
  field.addEventListener('blur', commit);
}
