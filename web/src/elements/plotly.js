// st.plotly_chart: the `plotly_chart` kind, drawn by plotly.js (plotly.js-dist-min). The
// library is imported dynamically, so it is a chunk of its own that only pages with a Plotly
// chart download. With selection modes the chart is a widget: a box, lasso or point selection
// sends Streamlit's selection state ({selection: {points, point_indices, box, lasso}}).
// Mirrors py/wasmlit/elements/plotly_chart.py.
import { h } from '../dom/h.js';
import { themedElements } from './theme-watch.js';

// Streamlit's categorical palette, as the vega charts use it (charts.js).
const CATEGORY = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];

let plotlyModule;
/** plotly.js, fetched on first use. */
export function loadPlotly() {
  plotlyModule ??= import('plotly.js-dist-min').then((m) => m.default ?? m);
  return plotlyModule;
}

/** Charts on the page, re-drawn when the app's theme changes (theme.js). */
const live = themedElements((el) => {
  el._wl.drawn = null;
  draw(el, el._wl.props);
});

/** A Plotly template from the app's CSS variables: Streamlit's colours, light or dark. */
function themeTemplate(el) {
  const css = getComputedStyle(el);
  const v = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
  const fg = v('--wl-fg', '#31333f');
  const muted = v('--wl-muted', '#6b6f7b');
  const grid = v('--wl-border', '#d6d8de');
  const bg = v('--wl-bg', '#ffffff');
  const family = v('--wl-font', 'sans-serif');
  const axis = {
    gridcolor: grid, linecolor: grid, zerolinecolor: grid, tickcolor: grid,
    tickfont: { color: muted }, title: { font: { color: fg } }, automargin: true,
  };
  return {
    data: {},
    layout: {
      colorway: CATEGORY,
      font: { family, color: fg, size: 12 },
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      title: { font: { color: fg, size: 16 }, x: 0, xanchor: 'left' },
      legend: { font: { color: muted } },
      hoverlabel: { bgcolor: bg, bordercolor: grid, font: { color: fg, family } },
      xaxis: axis, yaxis: axis,
      polar: { bgcolor: 'rgba(0,0,0,0)', angularaxis: axis, radialaxis: axis },
      scene: { xaxis: axis, yaxis: axis, zaxis: axis },
      margin: { t: 30, r: 10, b: 40, l: 10 },
      colorscale: { sequential: [[0, '#e4f5ff'], [1, '#0068c9']] },
      modebar: { bgcolor: 'rgba(0,0,0,0)', color: muted, activecolor: fg },
    },
  };
}

/** The layout and config to draw with: sizes, theme and the selection set-up. */
export function prepare(props, template) {
  const figure = props.figure ?? {};
  const layout = structuredClone(figure.layout ?? {});
  const config = { displaylogo: false, ...(props.config ?? {}) };
  if (template) layout.template = template;
  if (typeof props.width === 'number') layout.width = props.width;
  else delete layout.width;
  if (typeof props.height === 'number') layout.height = props.height;
  else if (props.height === 'stretch') delete layout.height;
  layout.autosize = true;
  config.responsive = true;
  const modes = props.selection_mode ?? [];
  if (modes.length) {
    layout.clickmode = modes.includes('points') ? 'event+select' : 'event';
    layout.hovermode = layout.hovermode ?? 'closest';
    if (modes.includes('box')) layout.dragmode = layout.dragmode ?? 'select';
    else if (modes.includes('lasso')) layout.dragmode = layout.dragmode ?? 'lasso';
    const remove = new Set(config.modeBarButtonsToRemove ?? []);
    if (!modes.includes('box')) remove.add('select2d');
    if (!modes.includes('lasso')) remove.add('lasso2d');
    config.modeBarButtonsToRemove = [...remove];
  }
  return { data: structuredClone(figure.data ?? []), layout, config };
}

const snake = (key) => key.replace(/\./g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
// What plotly puts on an event's point that is not the point's data (and is circular).
const NOT_DATA = new Set(['data', 'fullData', 'xaxis', 'yaxis', 'bbox']);

function plainValue(value) {
  if (value === undefined || typeof value === 'function') return undefined;
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

/** A plotly.js selection event as Streamlit's selection state. */
export function selectionState(event) {
  const points = [];
  const indices = [];
  for (const pt of event?.points ?? []) {
    const out = {};
    for (const [key, value] of Object.entries(pt)) {
      if (NOT_DATA.has(key)) continue;
      const plain = plainValue(value);
      if (plain !== undefined) out[snake(key)] = plain;
    }
    const group = pt.data?.legendgroup;
    if (group) out.legendgroup = group;
    points.push(out);
    if (pt.pointIndex != null) indices.push(pt.pointIndex);
    if (Array.isArray(pt.pointIndices)) indices.push(...pt.pointIndices);
  }
  const box = [];
  const lasso = [];
  for (const sel of event?.selections ?? []) {
    if (sel.type === 'rect') {
      box.push({ xref: sel.xref, yref: sel.yref, x: [sel.x0, sel.x1], y: [sel.y0, sel.y1] });
    } else if (sel.type === 'path' && typeof sel.path === 'string') {
      const coords = sel.path.replace(/[MZ]/g, '').split('L').map((p) => p.split(',').map(Number));
      lasso.push({ xref: sel.xref, yref: sel.yref, x: coords.map((c) => c[0]), y: coords.map((c) => c[1]) });
    }
  }
  if (!event?.selections) {
    if (event?.range) box.push({ xref: 'x', yref: 'y', x: event.range.x, y: event.range.y });
    if (event?.lassoPoints) lasso.push({ xref: 'x', yref: 'y', x: event.lassoPoints.x, y: event.lassoPoints.y });
  }
  return { selection: { points, point_indices: [...new Set(indices)], box, lasso } };
}

function drawnKey(props, el) {
  return JSON.stringify([props.figure, props.config, props.theme, props.width, props.height,
    props.selection_mode, props.theme === 'streamlit' ? el.closest('.wl-app')?.dataset.theme : null]);
}

async function draw(el, props) {
  const state = el._wl;
  const key = drawnKey(props, el);
  if (state.drawn === key) return; // only the selection (props.value) changed
  state.drawn = key;
  state.token += 1;
  const token = state.token;
  let Plotly;
  try {
    Plotly = await loadPlotly();
  } catch (err) {
    showError(el, `Cannot load the Plotly library: ${err.message}`);
    return;
  }
  if (token !== state.token || state.destroyed) return;
  const { data, layout, config } = prepare(props, props.theme === 'streamlit' ? themeTemplate(el) : null);
  try {
    state.error?.remove();
    await Plotly.react(state.view, data, layout, config);
  } catch (err) {
    if (token === state.token) showError(el, `Cannot draw this Plotly chart: ${err.message}`);
    return;
  }
  if (token !== state.token || state.destroyed) return;
  if (!state.listening && props.selection_mode?.length) {
    state.listening = true;
    const send = (value) => state.ctx?.change(state.props, value, el);
    state.view.on('plotly_selected', (event) => {
      if (event) send(selectionState(event));
    });
    state.view.on('plotly_deselect', () => send(selectionState(null)));
  }
  el.dataset.rendered = 'true';
}

/** A visible error in the chart's place (the chart's previous drawing, if any, stays). */
export function showError(el, message) {
  console.error(`wasmlit: ${message}`);
  el._wl.error?.remove();
  el._wl.error = h('div', { class: 'wl-chart-error', role: 'alert' }, message);
  el.append(el._wl.error);
}

export const plotly_chart = {
  create(props, ctx) {
    const view = h('div', { class: 'wl-plotly-view' });
    const el = h('div', { testid: 'stPlotlyChart', class: 'stPlotlyChart wl-plotly' }, view);
    // As in Streamlit 1.67, the chart sits in a stFullScreenFrame (the element's outer test id).
    const frame = h('div', { testid: 'stFullScreenFrame', class: 'wl-fullscreen-frame' }, el);
    el._wl = { props, ctx, token: 0, view, drawn: null, chart: el };
    frame._wl = el._wl;
    live.add(el);
    plotly_chart.update(frame, props);
    return frame;
  },
  update(frame, props) {
    const el = frame._wl.chart;
    el._wl.props = props;
    el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    el.classList.toggle('wl-plotly-stretch', props.height === 'stretch');
    if (props.alt) el.setAttribute('aria-label', props.alt);
    else el.removeAttribute('aria-label');
    el.setAttribute('role', props.alt ? 'figure' : 'group');
    draw(el, props);
  },
  destroy(frame) {
    const el = frame._wl.chart;
    live.delete(el);
    el._wl.destroyed = true;
    el._wl.token += 1;
    plotlyModule?.then((Plotly) => Plotly.purge(el._wl.view)).catch(() => {});
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { plotly_chart };
