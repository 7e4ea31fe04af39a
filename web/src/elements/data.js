// Data elements: dataframe (on the grid of grid.js, loaded lazily) and table (a static HTML
// table). Mirrors py/wasmlit/elements/data.py. Every cell is text content: nothing a script
// passes is parsed as HTML.
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';

/** A cell value as Streamlit shows it. */
export function formatCell(value) {
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    return String(Number(value.toFixed(4)));
  }
  return String(value);
}

const TABLE_FLOAT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/** A st.table cell as Streamlit shows it: floats with four decimals and thousands
 *  separators (1,234.5000), booleans as true/false, missing values as an empty cell. */
export function formatTableCell(value, dtype) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && dtype === 'float' && Number.isFinite(value)) return TABLE_FLOAT.format(value);
  return String(value);
}

/** Per-cell CSS from a pandas Styler ([row, col, [[property, value], ...]], checked in
 *  Python): set property by property, never parsed as markup. */
export function styleMap(props) {
  if (!props.cell_styles) return null;
  const map = new Map();
  for (const [r, c, decls] of props.cell_styles) map.set(`${r},${c}`, decls);
  return map;
}

function applyStyles(td, styles, i, j) {
  const decls = styles?.get(`${i},${j}`);
  if (!decls) return;
  for (const [prop, value] of decls) td.style.setProperty(prop, value);
}

/** The index as columns: one per level of a pandas MultiIndex, else one. */
function indexColumns(props) {
  if (props.index_levels) {
    return props.index_levels.map((values, k) => ({ values, name: props.index_names?.[k] ?? '', col: -2 - k }));
  }
  return [{ values: props.index, name: props.index_name ?? '', col: -1 }];
}

function sizeStyle(el, props, defaultMaxHeight) {
  el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
  el.classList.toggle('wl-content-width', props.width === 'content');
  const scroll = el.firstElementChild;
  if (typeof props.height === 'number') {
    scroll.style.height = `${props.height}px`;
    scroll.style.maxHeight = '';
  } else {
    scroll.style.height = '';
    scroll.style.maxHeight = defaultMaxHeight;
  }
}

/** Sort order of two cells: numbers by value, empty cells last, text in natural order. */
export function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1; // empty cells last, whatever the direction
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

let gridModule;
/** grid.js and AG Grid (shared by st.dataframe and st.data_editor), fetched on first use so
 *  pages without a grid never download it. */
export function loadGrid() {
  gridModule ??= import('./grid.js').then((grid) => {
    grid.use({ h, formatCell, compare, styleMap, renderMarkdown, renderIcon });
    return grid;
  });
  return gridModule;
}

/** The element both grids mount in: `editor` turns on editing (st.data_editor). */
export function gridElement(kind, props, ctx, editor) {
  const el = h('div', { testid: 'stDataFrame', class: `stDataFrame wl-${kind} wl-grid`, 'aria-busy': 'true' });
  el._wl = { props, ctx };
  if (typeof props.width === 'number') el.style.width = `${props.width}px`;
  loadGrid().then((grid) => {
    el.removeAttribute('aria-busy');
    grid.mountGrid(el, el._wl.props, el._wl.ctx, editor);
  }).catch((err) => {
    console.error(`wasmlit: ${kind}`, err);
    el.replaceChildren(h('div', { class: 'wl-unknown', role: 'alert' }, `The table could not load: ${err.message}`));
  });
  return el;
}

/** New props for a mounted grid (before it is mounted, the mount reads them from el._wl). */
export function updateGridElement(el, props, ctx) {
  el._wl = { props, ctx };
  if (el._grid) loadGrid().then((grid) => grid.updateGrid(el, props, ctx));
}

/** st.dataframe: AG Grid (grid.js) with row and column virtualisation, sorting in the page,
 *  the toolbar (search, CSV download, fullscreen) and Streamlit's row/column/cell selections. */
export const dataframe = {
  create: (props, ctx) => gridElement('dataframe', props, ctx, false),
  update: (el, props, old, ctx) => updateGridElement(el, props, ctx),
};

function tableCell(tag, value, dtype, display) {
  const text = display ?? formatTableCell(value, dtype);
  if (tag === 'td' && display == null && typeof value === 'string' && value) {
    // st.table renders a text cell's markdown, as Streamlit 1.67 does (sanitised, inline)
    const td = h(tag, {});
    renderMarkdown(td, value, { inline: true });
    return td;
  }
  const td = h(tag, { class: typeof value === 'number' ? 'wl-num' : '' }, text || '\u00a0');
  if (value === null || value === undefined) td.classList.add('wl-null');
  return td;
}

function fillTable(el, props) {
  const showIndex = !props.hide_index;
  const cols = props.columns.map((_, j) => j);
  const indexCols = showIndex ? indexColumns(props) : [];
  const styles = styleMap(props);
  const table = h('table', {
    testid: 'stTableStyledTable',
    class: `wl-table wl-border-${props.border === 'horizontal' ? 'horizontal' : props.border ? 'all' : 'none'}`,
    'aria-label': props.alt || null,
  });
  if (!props.hide_header && cols.length) {
    // One header row per column level (pandas MultiIndex columns), the index names on the last.
    const levels = props.column_levels?.length > 1 ? props.column_levels : [props.columns];
    const thead = h('thead', {});
    levels.forEach((labels, level) => {
      const tr = h('tr', {});
      const last = level === levels.length - 1;
      for (const ic of indexCols) tr.append(h('th', { class: 'wl-index', scope: 'col' }, last ? ic.name : ''));
      for (const j of cols) {
        tr.append(h('th', { scope: 'col', class: props.types[j] === 'number' ? 'wl-num' : '' }, labels[j] ?? ''));
      }
      thead.append(tr);
    });
    table.append(thead);
  }
  const tbody = h('tbody', {});
  if (!props.rows.length) {
    tbody.append(h('tr', {}, h('td', {
      testid: 'stTableStyledEmptyTableCell', class: 'wl-empty-cell', colspan: cols.length + indexCols.length || 1,
    }, 'empty')));
  }
  props.rows.forEach((row, i) => {
    const tr = h('tr', {});
    for (const ic of indexCols) {
      const th = tableCell('th', ic.values[i], null);
      th.classList.remove('wl-num');
      th.classList.add('wl-index');
      th.scope = 'row';
      tr.append(th);
    }
    for (const j of cols) {
      const td = tableCell('td', row[j], props.dtypes?.[j], props.display?.[i]?.[j]);
      applyStyles(td, styles, i, j);
      tr.append(td);
    }
    tbody.append(tr);
  });
  table.append(tbody);
  const parts = [table];
  if (props.caption) parts.push(h('div', { class: 'wl-table-caption' }, props.caption));
  el.firstElementChild.replaceChildren(...parts);
}

export const table = {
  create(props) {
    const el = h('div', { testid: 'stTable', class: 'stTable wl-table-box' }, h('div', { class: 'wl-table-scroll' }));
    table.update(el, props);
    return el;
  },
  update(el, props) {
    sizeStyle(el, props, '');
    fillTable(el, props);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { dataframe, table };
