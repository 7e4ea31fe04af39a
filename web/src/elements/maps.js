// st.map and st.pydeck_chart: the `deck_gl` kind, a deck.gl JSON spec (pydeck's format) turned
// into a Deck by @deck.gl/json. deck.gl is imported dynamically, so only pages with a map
// download it. The base map is a layer of raster tiles; when the tile server cannot be reached
// the tiles stay blank and the data layers still draw. With a selection mode the chart is a
// widget: clicking a pickable object sends {selection: {indices, objects}} (per layer id),
// and the selected objects are shown opaque, the others faded.
// Mirrors py/wasmlit/elements/maps.py.
import { h } from '../dom/h.js';
import { showError } from './plotly.js';

const TILES = {
  light: 'https://basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png',
  dark: 'https://basemaps.cartocdn.com/dark_all/{z}/{x}/{y}.png',
};

let deckModules;
/** deck.gl (core, layers, aggregation and geo layers, json), fetched on first use. */
function loadDeck() {
  deckModules ??= Promise.all([
    import('@deck.gl/core'), import('@deck.gl/layers'), import('@deck.gl/aggregation-layers'),
    import('@deck.gl/geo-layers'), import('@deck.gl/json'),
  ]).then(([core, layers, aggregation, geo, json]) => {
    const classes = {};
    for (const mod of [layers, aggregation, geo]) {
      for (const [name, value] of Object.entries(mod)) if (typeof value === 'function' && /Layer$/.test(name)) classes[name] = value;
    }
    for (const name of ['MapView', 'OrbitView', 'OrthographicView', 'FirstPersonView', 'GlobeView']) {
      if (core[name]) classes[name] = core[name];
    }
    const converter = new json.JSONConverter({
      configuration: { classes, enumerations: { COORDINATE_SYSTEM: core.COORDINATE_SYSTEM } },
    });
    return { core, layers, geo, converter };
  });
  return deckModules;
}

/** The theme's primary colour as [r, g, b, a] (for st.map's default dots). */
function primaryColor(el) {
  const probe = h('span', { style: 'color: var(--wl-primary, #ff4b4b); display: none' });
  el.append(probe);
  const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)?.map(Number) ?? [255, 75, 75];
  probe.remove();
  return [rgb[0], rgb[1], rgb[2], 200];
}

/** The spec with "primary" colours filled in (st.map's default). */
function resolved(spec, el) {
  const out = structuredClone(spec);
  for (const layer of out.layers ?? []) {
    for (const key of ['getFillColor', 'getColor', 'getLineColor']) {
      if (layer[key] === 'primary') layer[key] = primaryColor(el);
    }
  }
  return out;
}

function tooltipFor(tooltip) {
  if (!tooltip) return null;
  const fill = (template, object) => String(template).replace(/\{([^{}]+)\}/g, (_, name) => {
    const value = object?.[name] ?? object?.properties?.[name];
    return value === undefined ? '' : String(value);
  });
  return ({ object }) => {
    if (!object) return null;
    if (tooltip === true) return { text: JSON.stringify(object) };
    const out = {};
    if (tooltip.html) out.html = fill(tooltip.html, object);
    if (tooltip.text) out.text = fill(tooltip.text, object);
    if (tooltip.style) out.style = tooltip.style;
    return out.html || out.text ? out : null;
  };
}

function basemap(mods, el, spec) {
  if (spec.mapStyle === null || spec.map_style === null) return null;
  const dark = el.closest('.wl-app')?.dataset.theme === 'dark';
  return new mods.geo.TileLayer({
    id: 'wl-basemap',
    data: dark ? TILES.dark : TILES.light,
    minZoom: 0, maxZoom: 19, tileSize: 256,
    // A tile that cannot be fetched (offline, blocked) is left blank; nothing else breaks.
    onTileError: () => {},
    renderSubLayers: (props) => {
      const { boundingBox } = props.tile;
      return new mods.layers.BitmapLayer(props, {
        data: null, image: props.data,
        bounds: [boundingBox[0][0], boundingBox[0][1], boundingBox[1][0], boundingBox[1][1]],
      });
    },
  });
}

/** A click on the deck as Streamlit's new selection state. */
export function nextSelection(previous, info, mode) {
  const sel = structuredClone(previous?.selection ?? { indices: {}, objects: {} });
  const id = info?.layer?.id;
  if (!id || info.index == null || info.index < 0) return { selection: { indices: {}, objects: {} } };
  const indices = sel.indices[id] ?? [];
  const objects = sel.objects[id] ?? [];
  const at = indices.indexOf(info.index);
  if (mode === 'multi-object') {
    if (at >= 0) {
      indices.splice(at, 1);
      objects.splice(at, 1);
    } else {
      indices.push(info.index);
      objects.push(info.object ?? null);
    }
    sel.indices[id] = indices;
    sel.objects[id] = objects;
    if (!indices.length) {
      delete sel.indices[id];
      delete sel.objects[id];
    }
    return { selection: sel };
  }
  if (at >= 0 && indices.length === 1) return { selection: { indices: {}, objects: {} } };
  return { selection: { indices: { [id]: [info.index] }, objects: { [id]: [info.object ?? null] } } };
}

// While something is selected, Streamlit 1.67 shows it by opacity: each layer's colour
// (its fill, or its arc ends, or its one colour) keeps its hue, selected objects opaque (alpha
// 255), the others faded (alpha at most 102); colours that are not RGBA arrays become the
// theme's primary colour (selected) or a light grey (the rest).
const SELECTED_ALPHA = 255;
const UNSELECTED_ALPHA = 102;

function colorAccessors(layer) {
  const p = layer.props ?? {};
  if (p.getSourceColor !== undefined && p.getTargetColor !== undefined) return ['getSourceColor', 'getTargetColor'];
  if (p.getFillColor !== undefined) return ['getFillColor'];
  return p.getColor !== undefined ? ['getColor'] : [];
}

/** Deck layers with the selection `{indices: {layer id: [index]}}` shown (as Streamlit does). */
export function highlightLayers(layers, selection, fallback) {
  const indices = selection?.indices ?? {};
  if (!layers.some((layer) => (indices[layer.id] ?? []).length)) return layers;
  return layers.map((layer) => {
    const picked = new Set(indices[layer.id] ?? []);
    const updateTriggers = { ...(layer.props.updateTriggers ?? {}) };
    const changed = { updateTriggers };
    for (const name of colorAccessors(layer)) {
      const original = layer.props[name];
      changed[name] = (object, info) => {
        const color = typeof original === 'function' ? original(object, info) : original;
        const selected = picked.has(info?.index);
        if (!color || typeof color === 'string' || typeof color.length !== 'number') return selected ? fallback.selected : fallback.unselected;
        const alpha = color[3] ?? 255;
        return [color[0] ?? 0, color[1] ?? 0, color[2] ?? 0,
          selected ? Math.max(alpha, SELECTED_ALPHA) : Math.min(alpha, UNSELECTED_ALPHA)];
      };
      updateTriggers[name] = [updateTriggers[name] ?? null, [...picked]];
    }
    return layer.clone(changed);
  });
}

/** The deck's layers for the current selection (the base map first). */
function showSelection(el) {
  const state = el._wl;
  if (!state.deck || !state.layers) return;
  const primary = primaryColor(el);
  const shown = state.props.selection_mode
    ? highlightLayers(state.layers, state.props.value?.selection,
      { selected: [primary[0], primary[1], primary[2], SELECTED_ALPHA], unselected: [214, 218, 229, UNSELECTED_ALPHA] })
    : state.layers;
  state.shown = shown;
  state.deck.setProps({ layers: state.basemap ? [state.basemap, ...shown] : shown });
}

function sizeOf(el, props) {
  el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
  el.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
  el.classList.toggle('wl-deck-stretch', props.height === 'stretch');
}

async function draw(el, props) {
  const state = el._wl;
  const key = JSON.stringify([props.spec, props.tooltip, props.selection_mode, el.closest('.wl-app')?.dataset.theme]);
  if (state.drawn === key) {
    showSelection(el); // e.g. only the selection (the widget's value) changed
    return;
  }
  state.drawn = key;
  state.token += 1;
  const token = state.token;
  let mods;
  try {
    mods = await loadDeck();
  } catch (err) {
    showError(el, `Cannot load the map library: ${err.message}`);
    return;
  }
  if (token !== state.token || state.destroyed) return;
  let converted;
  try {
    converted = mods.converter.convert(resolved(props.spec, el));
  } catch (err) {
    showError(el, `Cannot read this map's deck.gl spec: ${err.message}`);
    return;
  }
  const layers = (converted.layers ?? []).filter(Boolean);
  const base = basemap(mods, el, props.spec);
  const deckProps = {
    initialViewState: converted.initialViewState ?? { latitude: 0, longitude: 0, zoom: 1 },
    views: converted.views ?? new mods.core.MapView({ controller: true }),
    layers: base ? [base, ...layers] : layers,
    getTooltip: tooltipFor(props.tooltip),
    onClick: props.selection_mode
      ? (info) => state.ctx?.change(state.props, nextSelection(state.props.value, info, state.props.selection_mode), el)
      : undefined,
    onError: (err) => showError(el, `The map cannot draw: ${err?.message ?? err}`),
  };
  if (converted.views === undefined) deckProps.controller = true;
  try {
    if (state.deck) state.deck.setProps(deckProps);
    else state.deck = new mods.core.Deck({ parent: state.view, width: '100%', height: '100%', ...deckProps });
  } catch (err) {
    showError(el, `The map cannot draw: ${err.message}`);
    return;
  }
  state.layers = layers;
  state.basemap = base;
  showSelection(el);
  el.dataset.rendered = 'true';
}

export const deck_gl = {
  create(props, ctx) {
    const view = h('div', { class: 'wl-deck-view' });
    const el = h('div', { testid: 'stDeckGlJsonChart', class: 'stDeckGlJsonChart wl-deck' }, view);
    // As in Streamlit 1.67, the map sits in a stFullScreenFrame (the element's outer test id).
    const frame = h('div', { testid: 'stFullScreenFrame', class: 'wl-fullscreen-frame' }, el);
    el._wl = { props, ctx, token: 0, view, drawn: null, chart: el };
    frame._wl = el._wl;
    deck_gl.update(frame, props);
    return frame;
  },
  update(frame, props) {
    const el = frame._wl.chart;
    el._wl.props = props;
    sizeOf(el, props);
    if (props.alt) el.setAttribute('aria-label', props.alt);
    else el.removeAttribute('aria-label');
    el.setAttribute('role', props.alt ? 'img' : 'group');
    draw(el, props);
  },
  destroy(frame) {
    const el = frame._wl.chart;
    el._wl.destroyed = true;
    el._wl.token += 1;
    el._wl.deck?.finalize();
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { deck_gl };
