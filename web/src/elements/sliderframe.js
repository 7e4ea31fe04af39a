// The frame shared by st.slider (inputs.js) and st.select_slider (choices.js), laid out as in
// Streamlit 1.67: under the label, a 2.5rem body with a 4px track, filled with the primary
// colour up to the thumb (or between the two thumbs), each thumb's value just above it, and
// the bounds under the track, shown while the pointer is over the slider or it has focus.
// The thumbs are native range inputs (keyboard, form semantics); styles.css draws them.
import { h } from '../dom/h.js';
import { widgetLabel } from './label.js';

/** The slider's element: label, then the body holding the values, the track and the bounds. */
export function sliderFrame(props, id, className) {
  const body = h('div', { class: 'wl-slider-body' },
    h('div', { class: 'wl-slider-values' }),
    h('div', { class: 'wl-slider-track' }),
    h('div', { class: 'wl-slider-bounds', testid: 'stSliderTickBar' }, h('span', {}), h('span', {})));
  const el = h('div', { testid: 'stSlider', class: `stSlider wl-widget ${className}`.trim() }, widgetLabel(props, id), body);
  el.wlId = id; // the first thumb's id, which the label points at (ensureThumbs)
  return el;
}

/** One range input per thumb (re-created when a slider turns into a range or back); returns
 * whether they were re-created, so that the caller sets their values again. */
export function ensureThumbs(el, props, attrs = {}) {
  const track = el.querySelector('.wl-slider-track');
  const count = props.is_range ? 2 : 1;
  if (track.children.length === count) return false;
  track.replaceChildren(...Array.from({ length: count }, (_, i) => h('input', {
    ...attrs, type: 'range', class: 'wl-range', id: i === 0 ? el.wlId : undefined,
    'aria-label': props.is_range ? (i === 0 ? 'Lower value' : 'Upper value') : undefined,
  })));
  return true;
}

/** The bounds' texts, under the ends of the track. */
export function showBounds(el, low, high) {
  const [first, last] = el.querySelectorAll('.wl-slider-bounds span');
  first.textContent = low;
  last.textContent = high;
}

/** Each thumb's text above it and the filled part of the track. `fractions` are the thumbs'
 * places along the track, from 0 to 1. */
export function placeThumbs(el, fractions, texts) {
  const clamp = (f) => String(Math.min(1, Math.max(0, Number.isFinite(f) ? f : 0)));
  el.querySelector('.wl-slider-values').replaceChildren(...texts.map((text, i) => {
    const span = h('span', { testid: 'stSliderThumbValue', class: 'wl-thumb-value' }, text);
    span.style.setProperty('--wl-at', clamp(fractions[i]));
    return span;
  }));
  const body = el.querySelector('.wl-slider-body');
  body.style.setProperty('--wl-lo', fractions.length > 1 ? clamp(fractions[0]) : '0');
  body.style.setProperty('--wl-hi', clamp(fractions[fractions.length - 1]));
}
