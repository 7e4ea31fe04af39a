// Data elements: dataframe (sortable, scrollable) and table (static).
// Mirrors py/wasmlit/elements/data.py. Every cell is text content: nothing a script passes
// is parsed as HTML.
import { h } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';

const CHUNK = 200; // rows added to the DOM at a time while the user scrolls

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
function styleMap(props) {
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

function cellEl(tag, value, type, placeholder, display) {
  const td = h(tag, { class: type === 'number' ? 'wl-num' : '' });
  if (display !== undefined && display !== null) {
    td.textContent = display; // a Styler's formatted text
  } else if (value === null || value === undefined) {
    td.classList.add('wl-null');
    td.textContent = placeholder ?? 'None';
  } else if (typeof value === 'boolean') {
    td.append(h('input', { type: 'checkbox', checked: value, disabled: true, 'aria-label': String(value) }));
  } else {
    td.textContent = formatCell(value);
  }
  return td;
}

/** The index as columns: one per level of a pandas MultiIndex, else one. */
function indexColumns(props) {
  if (props.index_levels) {
    return props.index_levels.map((values, k) => ({ values, name: props.index_names?.[k] ?? '', col: -2 - k }));
  }
  return [{ values: props.index, name: props.index_name ?? '', col: -1 }];
}

/** Header rows above the column titles for pandas MultiIndex columns: every level but the
 *  last, consecutive equal labels merged into one cell. */
function groupRows(props, cols) {
  const levels = props.column_levels;
  if (!levels || levels.length < 2) return [];
  return levels.slice(0, -1).map((labels) => {
    const groups = [];
    for (const j of cols) {
      const label = labels[j] ?? '';
      const last = groups[groups.length - 1];
      if (last && last.label === label && last.end === j - 1) {
        last.span += 1;
        last.end = j;
      } else groups.push({ label, span: 1, end: j });
    }
    return groups;
  });
}

function titleOf(props, j) {
  const levels = props.column_levels;
  return levels && levels.length > 1 ? (levels[levels.length - 1][j] ?? '') : props.columns[j];
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

/** Row numbers in display order for a sort state ({col, dir}); col -1 is the index. */
function sortedRows(props, sort) {
  const order = props.rows.map((_, i) => i);
  if (!sort) return order;
  const key = sort.col === -1 ? (i) => props.index[i]
    : sort.col < -1 ? (i) => props.index_levels[-2 - sort.col][i] : (i) => props.rows[i][sort.col];
  order.sort((i, j) => {
    const a = key(i);
    const b = key(j);
    if (a === null || a === undefined || b === null || b === undefined) return compare(a, b);
    return sort.dir * compare(a, b) || i - j;
  });
  return order;
}

/** Rows the user selected (positions in the data, not in the sorted view). */
function selectedRows(el) {
  return new Set(el._wl.selected ?? el._wl.props.value?.rows ?? []);
}

function toggleRow(el, i, on, ctx) {
  const props = el._wl.props;
  const single = props.selection_mode?.[0] === 'single-row';
  let rows = selectedRows(el);
  if (single) rows = on ? new Set([i]) : new Set();
  else if (on) rows.add(i);
  else rows.delete(i);
  el._wl.selected = [...rows].sort((a, b) => a - b);
  syncSelection(el);
  ctx.change(props, { rows: el._wl.selected, columns: [] }, el);
}

function syncSelection(el) {
  const rows = selectedRows(el);
  for (const box of el.querySelectorAll('tbody input.wl-row-select')) {
    const on = rows.has(Number(box.dataset.row));
    box.checked = on;
    box.closest('tr').classList.toggle('wl-selected', on);
  }
  const all = el.querySelector('thead input.wl-row-select');
  if (all) {
    all.checked = rows.size > 0 && rows.size === el._wl.props.rows.length;
    all.indeterminate = rows.size > 0 && !all.checked;
  }
}

function fillDataframe(el, props) {
  const state = el._wl;
  const ctx = state.ctx;
  const cols = props.order ?? props.columns.map((_, j) => j);
  const showIndex = !props.hide_index;
  const selectable = Boolean(props.selection_mode?.length);
  const single = props.selection_mode?.[0] === 'single-row';
  const header = h('tr', {});
  if (selectable) {
    header.append(h('th', { class: 'wl-select', scope: 'col' }, single ? null : h('input', {
      type: 'checkbox', class: 'wl-row-select', 'aria-label': 'Select all rows',
      onchange: (e) => {
        state.selected = e.target.checked ? props.rows.map((_, i) => i) : [];
        syncSelection(el);
        ctx.change(state.props, { rows: state.selected, columns: [] }, el);
      },
    })));
  }
  const headerCell = (label, col, type) => {
    const active = state.sort && state.sort.col === col;
    const arrow = active ? (state.sort.dir > 0 ? ' ↑' : ' ↓') : '';
    const th = h('th', {
      scope: 'col', class: `${type === 'number' ? 'wl-num' : ''}${col === -1 ? ' wl-index' : ''}`,
      'aria-sort': active ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none',
    }, h('button', { type: 'button', class: 'wl-sort', onclick: () => toggleSort(el, col) }, label, arrow));
    header.append(th);
  };
  const indexCols = showIndex ? indexColumns(props) : [];
  for (const ic of indexCols) headerCell(ic.name, ic.col, 'text');
  for (const j of cols) headerCell(props.labels?.[props.columns[j]] ?? titleOf(props, j), j, props.types[j]);
  const thead = h('thead', {});
  for (const groups of groupRows(props, cols)) {
    const tr = h('tr', { class: 'wl-group-row' });
    const lead = indexCols.length + (selectable ? 1 : 0);
    if (lead) tr.append(h('th', { class: 'wl-index', colspan: lead }));
    for (const g of groups) tr.append(h('th', { scope: 'colgroup', colspan: g.span, class: 'wl-group' }, g.label));
    thead.append(tr);
  }
  thead.append(header);
  const styles = styleMap(props);
  const tbody = h('tbody', {});
  const table = h('table', { role: 'grid', 'aria-label': props.alt || null, 'aria-rowcount': props.rows.length },
    thead, tbody);
  const rowHeight = props.row_height ? `${props.row_height}px` : '';
  state.order = sortedRows(props, state.sort);
  state.shown = 0;
  state.more = () => {
    const end = Math.min(state.order.length, state.shown + CHUNK);
    const frag = document.createDocumentFragment();
    for (let k = state.shown; k < end; k += 1) {
      const i = state.order[k];
      const tr = h('tr', {});
      if (rowHeight) tr.style.height = rowHeight;
      if (selectable) {
        tr.append(h('td', { class: 'wl-select' }, h('input', {
          type: 'checkbox', class: 'wl-row-select', 'data-row': String(i), 'aria-label': `Select row ${i}`,
          onchange: (e) => toggleRow(el, i, e.target.checked, ctx),
        })));
      }
      for (const ic of indexCols) {
        const v = ic.values[i];
        const th = cellEl('th', v, typeof v === 'number' ? 'number' : 'text');
        th.classList.add('wl-index');
        th.scope = 'row';
        tr.append(th);
      }
      for (const j of cols) {
        const td = cellEl('td', props.rows[i][j], props.types[j], props.placeholder, props.display?.[i]?.[j]);
        applyStyles(td, styles, i, j);
        tr.append(td);
      }
      frag.append(tr);
    }
    tbody.append(frag);
    state.shown = end;
    if (selectable) syncSelection(el);
  };
  state.more();
  if (!props.rows.length) {
    tbody.append(h('tr', {}, h('td', { class: 'wl-empty-cell', colspan: cols.length + indexCols.length + (selectable ? 1 : 0) || 1 }, 'empty')));
  }
  const scroll = el.firstElementChild;
  scroll.replaceChildren(table);
  if (selectable) syncSelection(el);
}

function toggleSort(el, col) {
  const state = el._wl;
  // ascending, descending, then back to the data's own order
  if (!state.sort || state.sort.col !== col) state.sort = { col, dir: 1 };
  else if (state.sort.dir === 1) state.sort = { col, dir: -1 };
  else state.sort = null;
  fillDataframe(el, state.props);
}

export const dataframe = {
  create(props, ctx) {
    const scroll = h('div', { class: 'wl-df-scroll', tabindex: '0' });
    const el = h('div', { testid: 'stDataFrame', class: 'stDataFrame wl-dataframe' }, scroll);
    el._wl = { props, sort: null, ctx, selected: null };
    scroll.addEventListener('scroll', () => {
      const state = el._wl;
      if (state.shown < state.order.length
          && scroll.scrollTop + scroll.clientHeight > scroll.scrollHeight - 400) state.more();
    }, { passive: true });
    dataframe.update(el, props);
    return el;
  },
  update(el, props) {
    const state = el._wl;
    state.selected = null; // the selection Python holds (props.value) is the truth again
    state.props = props;
    const maxCol = props.columns.length - 1;
    const levels = props.index_levels?.length ?? 0;
    if (state.sort && (state.sort.col > maxCol || (state.sort.col < -1 && -2 - state.sort.col >= levels))) state.sort = null;
    sizeStyle(el, props, '402px');
    fillDataframe(el, props);
  },
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
