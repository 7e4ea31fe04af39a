// Diagrams and documents: graphviz_chart (Graphviz compiled to WebAssembly), mermaid_chart
// (Mermaid), echarts_chart (Apache ECharts), pdf (pdf.js) and logo (placed by the app in the
// sidebar or the header). Each library is a dynamic import, so a page that does not use it
// never downloads it. A drawing that fails shows its error in the element's place.
// Mirrors py/wasmlit/elements/diagrams.py.
import DOMPurify from 'dompurify';
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';

/** One promise per library: fetched on first use, shared by every element afterwards. */
const libraries = new Map();
function library(name, load) {
  if (!libraries.has(name)) {
    const loading = load();
    loading.catch(() => libraries.delete(name)); // a failed fetch may be retried later
    libraries.set(name, loading);
  }
  return libraries.get(name);
}

const loadGraphviz = () => library('graphviz',
  () => import('@hpcc-js/wasm-graphviz').then((m) => m.Graphviz.load()));
const loadMermaid = () => library('mermaid', () => import('mermaid').then((m) => m.default));
const loadEcharts = () => library('echarts', () => import('echarts'));
const loadPdfjs = () => library('pdfjs', async () => {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
});

function isDark(el) {
  return el.closest('.wl-app')?.dataset.theme === 'dark';
}

function cssVar(el, name, fallback) {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

function px(value) {
  return typeof value === 'number' ? `${value}px` : '';
}

/** The element's error box, in place of its drawing. */
function fail(el, title, err) {
  const message = String(err?.message ?? err ?? 'unknown error').trim();
  console.error(`wasmlit: ${title}: ${message}`);
  const box = h('div', { testid: el._wl.errorTestid, class: 'wl-diagram-error', role: 'alert' },
    h('strong', {}, title), h('pre', {}, message));
  el._wl.view.replaceChildren(box);
  el.dataset.rendered = 'error';
}

/**
 * Drawings that follow the light/dark theme redraw when it changes (theme.js dispatches
 * `wasmlit-theme` on the app's root). Each entry maps an element to its redraw function.
 */
const themed = new Map();
let listening = false;
function followTheme(el, redraw) {
  themed.set(el, redraw);
  if (listening) return;
  listening = true;
  document.addEventListener('wasmlit-theme', (event) => {
    for (const [node, again] of themed) {
      if (!node.isConnected) themed.delete(node); // a drawing inside replaced markdown
      else if (event.target.contains(node)) again();
    }
  });
}

/**
 * A renderer whose drawing is asynchronous: `draw(el, props, isCurrent)` fills el._wl.view;
 * a newer update makes older drawings stop (`isCurrent()` turns false).
 */
function asyncRenderer({ testid, errorTestid, className, draw, size, themedDrawing, cleanup, unchanged }) {
  const redraw = (el) => {
    const state = el._wl;
    state.token += 1;
    const token = state.token;
    const isCurrent = () => !state.destroyed && token === state.token;
    delete el.dataset.rendered;
    Promise.resolve()
      .then(() => draw(el, state.props, isCurrent))
      .then(() => { if (isCurrent()) el.dataset.rendered = 'true'; })
      .catch((err) => { if (isCurrent()) fail(el, state.failTitle, err); });
  };
  return {
    create(props, ctx) {
      const view = h('div', { class: 'wl-diagram-view' });
      const el = h('div', { testid, class: `${testid} wl-diagram ${className}`, role: 'figure' }, view);
      el._wl = { props, ctx, token: 0, view, errorTestid, failTitle: '' };
      if (themedDrawing) followTheme(el, () => redraw(el));
      this.update(el, props, undefined, ctx);
      return el;
    },
    update(el, props, old, ctx) {
      const previous = el._wl.drawnProps;
      el._wl.props = props;
      if (ctx) el._wl.ctx = ctx;
      if (props.alt) el.setAttribute('aria-label', props.alt);
      else el.removeAttribute('aria-label');
      size?.(el, props);
      // e.g. only a widget's value changed: what is drawn already shows it
      if (previous && unchanged?.(previous, props) && el.dataset.rendered === 'true') return;
      el._wl.drawnProps = props;
      redraw(el);
    },
    destroy(el) {
      el._wl.destroyed = true;
      themed.delete(el);
      cleanup?.(el);
    },
  };
}

// ---- Graphviz -------------------------------------------------------------------------------

// Material "fullscreen" and "close" glyphs: the button shows an icon, no text.
const FULLSCREEN = 'M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z';
const CLOSE = 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';

function toolbarIcon(path) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '1.1em');
  svg.setAttribute('height', '1.1em');
  svg.setAttribute('aria-hidden', 'true');
  const shape = document.createElementNS(ns, 'path');
  shape.setAttribute('d', path);
  shape.setAttribute('fill', 'currentColor');
  svg.append(shape);
  return svg;
}

/** Streamlit's fullscreen toggle: the element covers the app until closed (or Escape). */
/** A toolbar button that shows a Material glyph and names itself with `aria-label`. */
function toolbarButton(label, path, onClick) {
  const button = h('button', {
    type: 'button', class: 'wl-toolbar-button', testid: 'stElementToolbarButton', 'aria-label': label,
  }, toolbarIcon(path));
  button.addEventListener('click', () => onClick(button));
  return button;
}

/** The hover toolbar of a frame: `buttons`, then the fullscreen toggle (Escape leaves it). */
function elementToolbar(frame, buttons = []) {
  const setExpanded = (button, on) => {
    frame.classList.toggle('wl-expanded', on);
    button.setAttribute('aria-label', on ? 'Close fullscreen' : 'Fullscreen');
    button.replaceChildren(toolbarIcon(on ? CLOSE : FULLSCREEN));
  };
  const fullscreen = toolbarButton('Fullscreen', FULLSCREEN,
    (button) => setExpanded(button, !frame.classList.contains('wl-expanded')));
  fullscreen.classList.add('wl-fullscreen-button');
  frame.addEventListener('keydown', (event) => { if (event.key === 'Escape') setExpanded(fullscreen, false); });
  return h('div', { class: 'wl-element-toolbar', testid: 'stElementToolbar' }, ...buttons, fullscreen);
}

const graphvizInner = asyncRenderer({
  testid: 'stGraphVizChart',
  errorTestid: 'stGraphVizChartError',
  className: 'wl-graphviz',
  size(el, props) {
    el._wl.failTitle = 'Cannot draw this Graphviz chart';
    el.classList.toggle('wl-stretch', props.width === 'stretch');
    el.style.width = px(props.width);
    el.style.height = px(props.height);
    el.classList.toggle('wl-fixed-height', typeof props.height === 'number');
  },
  async draw(el, props, isCurrent) {
    const graphviz = await loadGraphviz();
    if (!isCurrent()) return;
    const svg = graphviz.layout(props.dot, 'svg', props.engine || 'dot');
    // Graphviz copies URL/href attributes of the DOT into links: keep only what is safe.
    const clean = DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true } });
    el._wl.view.innerHTML = clean;
    const drawn = el._wl.view.querySelector('svg');
    if (!drawn) throw new Error('Graphviz produced no drawing');
    if (props.width === 'stretch') {
      drawn.setAttribute('width', '100%');
      drawn.removeAttribute('height');
    }
  },
});

/**
 * A renderer in an outer wrapper, as Streamlit nests these elements: `stFullScreenFrame` (with
 * the fullscreen button) for the charts, `stMarkdown` for Mermaid (a markdown block there).
 */
function wrapped(inner, wrap) {
  const find = (el) => el.querySelector('.wl-diagram');
  return {
    create(props, ctx) {
      return wrap(inner.create(props, ctx));
    },
    update(el, props, old, ctx) {
      inner.update(find(el), props, old, ctx);
    },
    destroy(el) {
      inner.destroy(find(el));
    },
  };
}

function inFullscreenFrame(content, buttons = []) {
  const frame = h('div', { testid: 'stFullScreenFrame', class: 'wl-fullscreen-frame wl-diagram-frame' });
  frame.append(elementToolbar(frame, buttons), content);
  return frame;
}

const graphviz_chart = wrapped(graphvizInner, inFullscreenFrame);

// ---- Mermaid --------------------------------------------------------------------------------
// As in Streamlit 1.67, the diagram is an image of Mermaid's SVG (its text is not page text),
// named by an accessible alt, in a fullscreen frame whose toolbar downloads a PNG and copies
// the diagram's source.

const DOWNLOAD = 'M18 15v3H6v-3H4v3c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2v-3h-2zm-1-4-1.41-1.41L13 12.17V4h-2v8.17L8.41 9.59 7 11l5 5 5-5z';
const COPY = 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z';
const CHECK = 'M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z';

/** What a diagram's first line starts with (lower case) -> the kind named in its alt text. */
const MERMAID_KINDS = [
  ['graph', 'flowchart'], ['flowchart', 'flowchart'], ['sequencediagram', 'sequence diagram'],
  ['classdiagram', 'class diagram'], ['statediagram', 'state diagram'],
  ['erdiagram', 'entity relationship diagram'], ['journey', 'user journey diagram'],
  ['gantt', 'Gantt chart'], ['pie', 'pie chart'], ['quadrantchart', 'quadrant chart'],
  ['requirementdiagram', 'requirement diagram'], ['gitgraph', 'Git graph'],
  ['mindmap', 'mindmap'], ['timeline', 'timeline'], ['sankey', 'Sankey diagram'],
  ['packet', 'packet diagram'], ['block', 'block diagram'],
  ['architecture', 'architecture diagram'], ['kanban', 'Kanban board'],
  ['xychart', 'XY chart'], ['radar', 'radar chart'], ['treemap', 'treemap'],
];

/**
 * The diagram's accessible name: `alt` if given, else a `%% stAlt:` comment (Streamlit writes
 * one for its `alt`), else the source's accTitle and accDescr, else "Mermaid <kind>".
 */
export function mermaidAlt(source, alt) {
  if (alt) return alt;
  const marker = /^\s*%%\s*stAlt\s*:[^\S\n]*(.+)$/m.exec(source);
  if (marker) return marker[1].trim();
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1].trim();
  const description = (/^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]
    ?? /^\s*accDescr\s*\{([^}]*)\}/m.exec(source)?.[1]?.replace(/\s+/g, ' '))?.trim();
  if (title && description) return `${title}: ${description}`;
  if (title || description) return title || description;
  const first = source.trim().split('\n')[0].trim().toLowerCase();
  const kind = MERMAID_KINDS.find(([start]) => first.startsWith(start))?.[1] ?? 'diagram';
  return `Mermaid ${kind}`;
}

/** Mermaid's SVG with a viewBox and its natural size, so that the image scales as one. */
export function sizedSvg(svg) {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('svg');
  if (!root) return svg;
  let [width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).slice(2).map(Number);
  if (!(width > 0 && height > 0)) {
    width = Number.parseFloat(root.getAttribute('width')) || 100;
    height = Number.parseFloat(root.getAttribute('height')) || 100;
    root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  root.style.removeProperty('max-width');
  return new XMLSerializer().serializeToString(root);
}

/** A CSS colour expression (e.g. `var(--wl-blue)`) as the element's page resolves it: `[r, g, b]`. */
function rgbOf(el, expression) {
  const probe = h('span', { style: `color: ${expression}; display: none` });
  el.append(probe);
  const rgb = getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
  probe.remove();
  return rgb;
}

const hex = (rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * Mermaid's `base` theme coloured from the app's theme, as Streamlit 1.67 colours it: nodes on
 * the secondary background with the border colour, muted lines, and the palette's tones as
 * tints of the background for what has a colour of its own (notes, pie slices, Gantt tasks).
 * Concrete colours, because an image cannot read the page's CSS variables.
 */
function mermaidTheme(el) {
  const dark = isDark(el);
  const bg = rgbOf(el, 'var(--wl-bg)');
  const colour = (name) => hex(rgbOf(el, `var(--wl-${name})`));
  const tint = (name) => {
    const tone = rgbOf(el, `var(--wl-${name})`);
    const share = dark ? 0.2 : 0.1;
    return hex(tone.map((v, i) => v * share + bg[i] * (1 - share)));
  };
  const [blue, green, orange, red, violet, yellow, gray] =
    ['blue', 'green', 'orange', 'red', 'violet', 'yellow', 'gray'].map(tint);
  const text = colour('fg');
  // an image has no web fonts and no system-ui: Source Sans where installed, else sans-serif
  const font = cssVar(el, '--wl-font', 'sans-serif').replace(/\bsystem-ui,\s*/, '');
  return {
    theme: 'base',
    look: 'classic',
    darkMode: dark,
    fontFamily: font,
    fontSize: 14,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    themeVariables: {
      darkMode: dark,
      background: hex(bg),
      mainBkg: colour('bg-2'),
      primaryColor: blue,
      secondaryColor: green,
      tertiaryColor: orange,
      primaryTextColor: text,
      textColor: text,
      primaryBorderColor: colour('border'),
      lineColor: colour('muted'),
      fontFamily: font,
      fontSize: '14px',
      noteBkgColor: yellow,
      noteTextColor: text,
      errorBkgColor: red,
      errorTextColor: colour('red'),
      gridColor: colour('border'),
      sectionBkgColor: colour('bg-2'),
      altSectionBkgColor: hex(bg),
      doneTaskBkgColor: green,
      critBkgColor: red,
      todayLineColor: colour('primary'),
      taskTextColor: text,
      pie1: blue, pie2: green, pie3: orange, pie4: red, pie5: violet, pie6: yellow, pie7: gray,
      pieStrokeColor: colour('border'),
      pieOuterStrokeColor: colour('border'),
    },
  };
}

let mermaidIds = 0;
const mermaidInner = asyncRenderer({
  testid: 'stMermaidChart',
  errorTestid: 'stMermaidError',
  className: 'wl-mermaid',
  themedDrawing: true,
  size(el, props) {
    el._wl.failTitle = 'Cannot draw this Mermaid diagram';
    el.style.width = px(props.width);
  },
  async draw(el, props, isCurrent) {
    const mermaid = await loadMermaid();
    if (!isCurrent()) return;
    mermaid.initialize({
      startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true, ...mermaidTheme(el),
    });
    mermaidIds += 1;
    const { svg } = await mermaid.render(`wl-mermaid-${mermaidIds}`, props.body);
    if (!isCurrent()) return;
    // a data URL, not a blob URL: nothing to revoke when markdown replaces a fence's drawing
    const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sizedSvg(svg))}`;
    el._wl.view.replaceChildren(h('img', { src, alt: mermaidAlt(props.body, props.alt) }));
  },
});

/** The drawn diagram as a PNG at twice its size, on the page's background colour. */
function downloadPng(chart) {
  const image = chart.querySelector('.wl-diagram-view > img');
  if (!image) return;
  const loaded = new Image();
  loaded.addEventListener('load', () => {
    const width = loaded.naturalWidth || 800;
    const height = loaded.naturalHeight || 600;
    const canvas = h('canvas', { width: width * 2, height: height * 2 });
    const context = canvas.getContext('2d');
    context.fillStyle = cssVar(chart, '--wl-bg', '#ffffff');
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(loaded, 0, 0, width, height);
    h('a', { download: 'mermaid-diagram.png', href: canvas.toDataURL('image/png') }).click();
  }, { once: true });
  loaded.addEventListener('error', () => console.error('wasmlit: cannot turn the diagram into a PNG'),
    { once: true });
  loaded.src = image.src;
}

/** Copies the diagram's source; the button says "Copied" (and shows a tick) for two seconds. */
function copySource(chart, button) {
  navigator.clipboard.writeText(chart._wl.props.body).then(() => {
    button.setAttribute('aria-label', 'Copied');
    button.replaceChildren(toolbarIcon(CHECK));
    clearTimeout(button._wlCopied);
    button._wlCopied = setTimeout(() => {
      button.setAttribute('aria-label', 'Copy to clipboard');
      button.replaceChildren(toolbarIcon(COPY));
    }, 2000);
  }).catch((err) => console.error('wasmlit: cannot copy to the clipboard', err));
}

/** A Mermaid diagram in its fullscreen frame, with the PNG and copy buttons. */
function mermaidFrame(props, ctx) {
  const chart = mermaidInner.create(props, ctx);
  return inFullscreenFrame(chart, [
    toolbarButton('Download as PNG', DOWNLOAD, () => downloadPng(chart)),
    toolbarButton('Copy to clipboard', COPY, (button) => copySource(chart, button)),
  ]);
}

/**
 * A ```mermaid fence of st.markdown drawn as a diagram, as Streamlit 1.67's markdown does
 * (markdown.js imports this module only when a text has such a fence).
 */
export function mermaidFromFence(source) {
  return mermaidFrame({ body: source, width: 'stretch', alt: null });
}

const mermaid_chart = {
  create(props, ctx) {
    return h('div', { testid: 'stMarkdown', class: 'stMarkdown wl-mermaid-block' },
      h('div', { testid: 'stMarkdownContainer' }, mermaidFrame(props, ctx)));
  },
  update(el, props, old, ctx) {
    mermaidInner.update(el.querySelector('.wl-diagram'), props, old, ctx);
  },
  destroy(el) {
    mermaidInner.destroy(el.querySelector('.wl-diagram'));
  },
};

// ---- ECharts --------------------------------------------------------------------------------

// Streamlit's categorical palette, as for the Vega-Lite charts.
const PALETTE = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1', '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];

/** An ECharts theme from the app's colours and font (theme="streamlit"). */
function echartsTheme(el) {
  const fg = cssVar(el, '--wl-fg', '#31333f');
  const muted = cssVar(el, '--wl-muted', '#6b6f7b');
  const line = cssVar(el, '--wl-border', '#d6d8de');
  const axis = { axisLine: { lineStyle: { color: line } }, axisTick: { lineStyle: { color: line } },
    axisLabel: { color: muted }, splitLine: { lineStyle: { color: [line] } }, nameTextStyle: { color: fg } };
  return {
    color: PALETTE,
    backgroundColor: 'transparent',
    textStyle: { color: fg, fontFamily: cssVar(el, '--wl-font', 'sans-serif') },
    title: { textStyle: { color: fg }, subtextStyle: { color: muted } },
    legend: { textStyle: { color: fg } },
    categoryAxis: axis, valueAxis: axis, logAxis: axis, timeAxis: axis,
  };
}

// Selections (on_select): Streamlit 1.67's state is {selection: {selected, areas}}, `selected`
// the union of ECharts' own selection (`selectedMode`, clicks) and the brush's, one group per
// series and data type, `areas` the brush regions in data coordinates. A double click clears
// both. The chart is not redrawn when only its value changes; a redraw (new option, theme)
// applies the value again.
const DATA_TYPES = ['main', 'node', 'edge'];
const typeRank = (type) => (DATA_TYPES.includes(type) ? DATA_TYPES.indexOf(type) : DATA_TYPES.length);

function seriesOf(option) {
  const series = option?.series ?? option?.baseOption?.series;
  if (Array.isArray(series)) return series;
  return series ? [series] : [];
}

/**
 * Streamlit's selection state from ECharts' selected items (`selectchanged`: {seriesIndex,
 * dataIndex, dataType}) and brush batches (`brushSelected`: {brushIndex, areas, selected}).
 */
export function echartsSelection(option, native, batches) {
  const groups = new Map();
  const add = (items) => {
    for (const item of items ?? []) {
      if (typeof item?.seriesIndex !== 'number') continue;
      const type = item.dataType || 'main';
      const key = `${item.seriesIndex} ${type}`;
      if (!groups.has(key)) groups.set(key, { series: item.seriesIndex, type, indices: new Set() });
      for (const index of [item.dataIndex ?? []].flat()) if (typeof index === 'number') groups.get(key).indices.add(index);
    }
  };
  add(native);
  const located = (batch) => (batch.areas ?? []).filter((a) => typeof a.brushType === 'string' && Array.isArray(a.coordRange));
  for (const batch of batches ?? []) if (located(batch).length) add(batch.selected);
  const series = seriesOf(option);
  const selected = [...groups.values()].filter((g) => g.indices.size)
    .sort((a, b) => a.series - b.series || typeRank(a.type) - typeRank(b.type))
    .map((g) => ({
      series_index: g.series,
      series_id: series[g.series]?.id ?? null,
      series_name: series[g.series]?.name ?? null,
      data_type: g.type,
      data_indices: [...g.indices].sort((a, b) => a - b),
    }));
  const areas = [...(batches ?? [])].sort((a, b) => (a.brushIndex ?? 0) - (b.brushIndex ?? 0))
    .flatMap((batch) => located(batch).map((area) => ({
      brush_index: batch.brushIndex ?? 0, brush_type: area.brushType, coord_range: area.coordRange,
    })));
  return { selection: { selected, areas } };
}

// How long a selection waits before it is sent: the clicks of a double click (which clears
// the selection) then send nothing of their own.
const SELECT_DELAY_MS = 150;

/** Send the chart's selection (after SELECT_DELAY_MS, or `now`) if it differs from the value. */
function commitSelection(el, now = false) {
  const state = el._wl;
  if (state.restoring || !state.props.id) return;
  clearTimeout(state.commitTimer);
  if (!now) {
    state.commitTimer = setTimeout(() => commitSelection(el, true), SELECT_DELAY_MS);
    return;
  }
  if (state.destroyed) return;
  const value = echartsSelection(state.props.option, state.native, state.batches);
  if (JSON.stringify(value) === JSON.stringify(state.props.value ?? { selection: { selected: [], areas: [] } })) return;
  state.ctx?.change(state.props, value, el);
}

/** Show a selection state on a freshly drawn chart (native selections, then brush areas). */
function restoreSelection(chart, value) {
  const sel = value?.selection;
  for (const group of sel?.selected ?? []) {
    chart.dispatchAction({
      type: 'select', seriesIndex: group.series_index, dataIndex: group.data_indices,
      ...(group.data_type === 'main' ? {} : { dataType: group.data_type }),
    });
  }
  const areas = (sel?.areas ?? []).map((area) => ({
    brushType: area.brush_type, coordRange: area.coord_range,
    ...(area.brush_type === 'lineY' ? { yAxisIndex: 0 } : { xAxisIndex: 0 }),
    ...(area.brush_type === 'rect' || area.brush_type === 'polygon' ? { yAxisIndex: 0 } : {}),
  }));
  if (areas.length) chart.dispatchAction({ type: 'brush', areas });
}

function wireSelection(el, chart) {
  const state = el._wl;
  state.native = [];
  state.batches = [];
  chart.on('selectchanged', (params) => {
    state.native = (params.selected ?? []).map((item) => ({ ...item }));
    commitSelection(el);
  });
  chart.on('brushSelected', (params) => {
    state.batches = params.batch ?? [];
    // a cleared brush sends at once; a drawn one when the drag ends (brushEnd)
    if (state.batches.every((batch) => !(batch.areas ?? []).length)) commitSelection(el);
  });
  chart.on('brushEnd', () => commitSelection(el));
  chart.getZr().on('dblclick', () => {
    state.restoring = true;
    try {
      for (const item of state.native) {
        chart.dispatchAction({ type: 'unselect', seriesIndex: item.seriesIndex, dataIndex: item.dataIndex, dataType: item.dataType });
      }
      chart.dispatchAction({ type: 'brush', areas: [] });
    } finally {
      state.restoring = false;
    }
    state.native = [];
    state.batches = [];
    commitSelection(el, true);
  });
  state.restoring = true;
  try {
    restoreSelection(chart, state.props.value);
  } finally {
    state.restoring = false;
  }
}

/** Props that draw the same chart (a widget's value is shown by the chart itself). */
function sameChart(a, b) {
  const drawn = ({ value, ...rest }) => rest;
  return JSON.stringify(drawn(a)) === JSON.stringify(drawn(b));
}

const echartsInner = asyncRenderer({
  testid: 'stEChartsChart',
  errorTestid: 'stEChartsChartError',
  className: 'wl-echarts',
  themedDrawing: true,
  size(el, props) {
    el._wl.failTitle = 'Cannot draw this ECharts chart';
    el.style.width = px(props.width);
    el._wl.view.style.height = props.height === 'stretch' ? '100%' : px(props.height);
    el.classList.toggle('wl-stretch-height', props.height === 'stretch');
  },
  async draw(el, props, isCurrent) {
    const echarts = await loadEcharts();
    if (!isCurrent()) return;
    const state = el._wl;
    state.chart?.dispose();
    state.chart = null;
    state.view.replaceChildren();
    let theme = null;
    if (props.theme === 'streamlit') theme = echartsTheme(el);
    else if (isDark(el)) theme = 'dark';
    const chart = echarts.init(state.view, theme, { renderer: props.renderer === 'svg' ? 'svg' : 'canvas' });
    state.chart = chart;
    const option = props.alt
      ? { ...props.option, aria: { ...(props.option.aria ?? {}), enabled: true, label: { ...(props.option.aria?.label ?? {}), description: props.alt } } }
      : props.option;
    try {
      chart.setOption(option, true);
    } catch (err) {
      chart.dispose();
      state.chart = null;
      throw err;
    }
    if (props.id) wireSelection(el, chart);
    state.resize ??= new ResizeObserver(() => state.chart?.resize());
    state.resize.observe(state.view);
  },
  unchanged: sameChart,
  cleanup(el) {
    clearTimeout(el._wl.commitTimer);
    el._wl.resize?.disconnect();
    el._wl.chart?.dispose();
  },
});

const echarts_chart = wrapped(echartsInner, inFullscreenFrame);

// ---- PDF ------------------------------------------------------------------------------------

function pdfBytes(source) {
  const bin = atob(source.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

const pdf = asyncRenderer({
  testid: 'stPdf',
  errorTestid: 'stPdfError',
  className: 'wl-pdf',
  size(el, props) {
    el._wl.failTitle = 'Cannot show this PDF';
    el.style.height = props.height === 'stretch' ? '' : px(props.height);
    el.classList.toggle('wl-stretch-height', props.height === 'stretch');
  },
  async draw(el, props, isCurrent) {
    const pdfjs = await loadPdfjs();
    if (!isCurrent()) return;
    const state = el._wl;
    // (pdf.js 6: a document is released through its loading task)
    await state.task?.destroy();
    const source = props.source ?? {};
    const task = pdfjs.getDocument(source.url !== undefined ? { url: source.url } : { data: pdfBytes(source) });
    state.task = task;
    const doc = await task.promise;
    if (!isCurrent()) return;
    state.view.replaceChildren();
    const ratio = window.devicePixelRatio || 1;
    const room = Math.max(200, (state.view.clientWidth || el.clientWidth || 700) - 16);
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      if (!isCurrent()) return;
      const natural = page.getViewport({ scale: 1 });
      const scale = Math.min(room / natural.width, 2);
      const viewport = page.getViewport({ scale: scale * ratio });
      const canvas = h('canvas', { class: 'wl-pdf-canvas', 'aria-label': `Page ${n}` });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
      state.view.append(h('div', { class: 'wl-pdf-page', testid: 'stPdfPage', 'data-page-number': String(n) }, canvas));
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    }
  },
  cleanup(el) {
    el._wl.task?.destroy();
  },
});

// ---- logo -----------------------------------------------------------------------------------

function imageUrl(source) {
  if (!source) return '';
  if (source.url !== undefined) return String(source.url);
  return `data:${source.mime};base64,${source.data}`;
}

/**
 * One logo as Streamlit draws it: an image (or a Material icon) of the size's height, in a
 * link when it has one.
 * @param {object} props the logo's props
 * @param {string} testid stSidebarLogo or stHeaderLogo
 * @param {boolean} collapsed the header's logo shows icon_image when there is one
 */
export function logoNode(props, testid, collapsed) {
  const source = collapsed && props.icon_image ? props.icon_image : props.image;
  const size = ['small', 'medium', 'large'].includes(props.size) ? props.size : 'medium';
  const logo = source.icon
    ? h('div', { testid, class: `stLogo wl-logo wl-logo-${size} wl-logo-icon`, role: 'img', 'aria-label': 'App Logo' },
      renderIcon(source.icon))
    : h('img', { testid, class: `stLogo wl-logo wl-logo-${size}`, src: imageUrl(source), alt: 'Logo' });
  if (!props.link) return logo;
  return h('a', { testid: 'stLogoLink', class: 'wl-logo-link', href: props.link, target: '_blank', rel: 'noreferrer', 'aria-label': 'Logo' }, logo);
}

// The element itself takes no room (it sits with the toasts); it hands its props to the app,
// which draws the logo in the sidebar or the header (app.js, setLogo).
const logo = {
  create(props, ctx) {
    const el = h('div', { class: 'wl-logo-slot', hidden: true });
    el._wl = { ctx };
    ctx.setLogo?.(el, props);
    return el;
  },
  update(el, props) {
    el._wl.ctx.setLogo?.(el, props);
  },
  destroy(el) {
    el._wl.ctx.setLogo?.(el, null);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { graphviz_chart, mermaid_chart, echarts_chart, pdf, logo };
