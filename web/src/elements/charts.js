// Charts: one `vega_lite` kind for every st.*_chart, drawn by vega-embed. vega, vega-lite and
// vega-embed are imported dynamically, so they are separate chunks that a page without
// charts never downloads. Mirrors py/wasmlit/elements/charts.py.
import { h } from '../dom/h.js';
import { themedElements } from './theme-watch.js';

const DEFAULT_HEIGHT = 350;
// Streamlit's categorical palette (light and dark variants of its theme).
const CATEGORY = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];

let embedModule;
/** vega-embed, fetched on first use. */
function loadEmbed() {
  embedModule ??= import('vega-embed').then((m) => m.default);
  return embedModule;
}

/** Charts on the page, re-drawn when an app's theme changes (theme.js: OS, menu, config). */
const live = themedElements((el) => draw(el, el._wl.props));

/** A Vega config from the app's CSS variables, so charts follow the light/dark theme. */
function themeConfig(el) {
  const css = getComputedStyle(el);
  const v = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const fg = v('--wl-fg', '#31333f');
  const muted = v('--wl-muted', '#6b6f7b');
  const grid = v('--wl-border', '#d6d8de');
  const font = v('--wl-font', 'sans-serif');
  return {
    background: 'transparent',
    font,
    view: { stroke: 'transparent', continuousHeight: DEFAULT_HEIGHT },
    axis: {
      labelColor: muted, titleColor: fg, gridColor: grid, domainColor: grid, tickColor: grid,
      labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelFont: font, titleFont: font,
    },
    legend: { labelColor: muted, titleColor: fg, symbolFillColor: CATEGORY[0], symbolStrokeColor: CATEGORY[0], labelFontSize: 12, titleFontSize: 12, labelFont: font, titleFont: font },
    title: { color: fg, font, fontSize: 16, anchor: 'start' },
    header: { labelColor: fg, titleColor: fg },
    text: { color: fg },
    range: { category: CATEGORY },
    mark: { color: CATEGORY[0] },
    bar: { color: CATEGORY[0] },
    line: { color: CATEGORY[0], strokeWidth: 2 },
    area: { color: CATEGORY[0] },
    point: { color: CATEGORY[0] },
    circle: { color: CATEGORY[0] },
  };
}

function isUnitOrLayer(spec) {
  return spec && (spec.mark !== undefined || Array.isArray(spec.layer));
}

/** The spec to draw: sizes from the element's width/height props. */
function sized(props) {
  const spec = { ...props.spec };
  delete spec.$schema; // the bundled vega-lite compiles it, whatever version it names
  const simple = isUnitOrLayer(spec);
  if (simple) {
    if (typeof props.width === 'number') spec.width = props.width;
    else if (props.width === 'stretch' || (props.width == null && spec.width === undefined)) spec.width = 'container';
    if (typeof props.height === 'number') spec.height = props.height;
    // st.line_chart & co. (chart: line/area/bar/scatter) are 350 px high unless told otherwise
    else if (spec.height === undefined && !String(props.chart).endsWith('_chart')) spec.height = DEFAULT_HEIGHT;
    spec.autosize = spec.autosize ?? { type: 'fit', contains: 'padding' };
  }
  return spec;
}

async function draw(el, props) {
  const state = el._wl;
  state.token += 1;
  const token = state.token;
  let embed;
  try {
    embed = await loadEmbed();
  } catch (err) {
    showError(el, `Cannot load the chart library: ${err.message}`);
    return;
  }
  if (token !== state.token || state.destroyed) return;
  // In the page before drawing, so that width "container" can measure it; the previous
  // drawing stays until this one is ready.
  const target = h('div', { class: 'wl-chart-view' });
  el.append(target);
  try {
    const options = {
      actions: false,
      renderer: 'svg',
      ...(props.theme === 'streamlit' ? { config: themeConfig(el) } : {}),
      tooltip: { theme: el.closest('.wl-app')?.dataset.theme === 'dark' ? 'dark' : 'light' },
    };
    const result = await embed(target, sized(props), options);
    if (token !== state.token) {
      result.finalize();
      return;
    }
    state.view?.finalize();
    state.view = result;
    for (const child of [...el.children]) if (child !== target) child.remove();
    el.dataset.rendered = 'true';
  } catch (err) {
    target.remove();
    if (token === state.token) showError(el, `Cannot draw this chart: ${err.message}`);
  }
}

function showError(el, message) {
  console.error(`wasmlit: ${message}`);
  el.replaceChildren(h('div', { class: 'wl-chart-error', role: 'alert' }, message));
}

export const vega_lite = {
  create(props) {
    const el = h('div', {
      testid: 'stVegaLiteChart', class: 'stVegaLiteChart wl-chart', role: 'figure',
      'aria-label': props.alt || null,
    });
    el._wl = { props, token: 0, view: null };
    live.add(el);
    vega_lite.update(el, props);
    return el;
  },
  update(el, props) {
    el._wl.props = props;
    el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    el.setAttribute('aria-label', props.alt || '');
    if (!props.alt) el.removeAttribute('aria-label');
    draw(el, props);
  },
  destroy(el) {
    live.delete(el);
    el._wl.destroyed = true;
    el._wl.token += 1;
    el._wl.view?.finalize();
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { vega_lite };
