// The grid behind st.dataframe and st.data_editor: AG Grid Community (row and column
// virtualisation, editing, row selection, CSV export, quick filter), plus st.dataframe's
// column and cell selections. This module is imported dynamically (loadGrid in data.js), so
// a page without a grid never downloads AG Grid. Column types follow
// st.column_config (py/wasmlit/column_config.py). Every cell is text content or a node built
// here; nothing a script passes is parsed as HTML (Markdown goes through the sanitiser).
//
// It imports nothing from the page's own modules: those reach it through `use()` (a lazy
// chunk that imported them would pull the page's entry code into a shared chunk).
import {
  CellStyleModule, CheckboxEditorModule, ClientSideRowModelModule, ColumnApiModule, ColumnAutoSizeModule,
  CsvExportModule, DateEditorModule, ModuleRegistry, NumberEditorModule, QuickFilterModule, RowApiModule,
  RowSelectionModule, ScrollApiModule, SelectEditorModule, TextEditorModule, TooltipModule, createGrid, themeQuartz,
} from 'ag-grid-community';

/** The page's helpers this module uses: h, formatCell, compare, styleMap, renderMarkdown,
 *  renderIcon. */
let h;
let formatCell;
let compare;
let styleMap;
let renderMarkdown;
let renderIcon;
export function use(helpers) {
  ({ h, formatCell, compare, styleMap, renderMarkdown, renderIcon } = helpers);
}

// Only the features used here (the whole community set is 1.15 MB minified).
ModuleRegistry.registerModules([
  ClientSideRowModelModule, TextEditorModule, NumberEditorModule, CheckboxEditorModule, SelectEditorModule,
  DateEditorModule, RowSelectionModule, CsvExportModule, QuickFilterModule, CellStyleModule, TooltipModule,
  ColumnAutoSizeModule, ColumnApiModule, RowApiModule, ScrollApiModule,
]);

const ROW_HEIGHT = 35;
const MAX_AUTO_HEIGHT = 402; // Streamlit's default: ten rows and the header
const WIDTHS = { small: 75, medium: 200, large: 400 };
const EDITABLE = new Set(['text', 'number', 'checkbox', 'selectbox', 'multiselect', 'list', 'date',
  'datetime', 'time', 'link', 'markdown', 'column']);

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 400,
  backgroundColor: 'var(--wl-bg, #fff)',
  foregroundColor: 'var(--wl-fg, #31333f)',
  headerBackgroundColor: 'var(--wl-bg-2, #f0f2f6)',
  headerTextColor: 'var(--wl-muted, #6b6f7b)',
  borderColor: 'var(--wl-border, #d6d8de)',
  accentColor: 'var(--wl-primary, #ff4b4b)',
  rowHeight: ROW_HEIGHT,
  headerHeight: ROW_HEIGHT,
  wrapperBorderRadius: 8,
  cellHorizontalPadding: 8,
  columnBorder: true,
  rowHoverColor: 'color-mix(in srgb, var(--wl-fg, #31333f) 4%, transparent)',
  selectedRowBackgroundColor: 'color-mix(in srgb, var(--wl-primary, #ff4b4b) 10%, transparent)',
});

// ---- values and formats ------------------------------------------------------------------

const NAMED_NUMBER = {
  plain: (v) => String(v),
  localized: (v) => v.toLocaleString(),
  percent: (v) => `${(v * 100).toFixed(2)}%`,
  dollar: (v) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(v),
  euro: (v) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(v),
  yen: (v) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).format(v),
  accounting: (v) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }).format(v),
  compact: (v) => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(v),
  scientific: (v) => v.toExponential(2).replace('e+', 'E').replace('e-', 'E-'),
  engineering: (v) => new Intl.NumberFormat('en-US', { notation: 'engineering' }).format(v),
  bytes: (v) => {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let n = v;
    let u = 0;
    while (Math.abs(n) >= 1000 && u < units.length - 1) { n /= 1000; u += 1; }
    return `${Number(n.toFixed(1))}${units[u]}`;
  },
};

/** A number with a printf-style (`%d`, `%.2f`, `$%,.2f`, `%e`) or named format. */
export function formatNumber(value, format) {
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  if (!format) return formatCell(value);
  if (NAMED_NUMBER[format]) return NAMED_NUMBER[format](value);
  return format.replace(/%(,?)(?:\.(\d+))?([difeEs%])/g, (_, comma, digits, conv) => {
    if (conv === '%') return '%';
    if (conv === 's') return String(value);
    if (conv === 'e' || conv === 'E') {
      const text = value.toExponential(digits === undefined ? 6 : Number(digits));
      return conv === 'E' ? text.toUpperCase() : text;
    }
    const places = conv === 'f' ? (digits === undefined ? 6 : Number(digits)) : 0;
    const n = conv === 'f' ? value : Math.round(value);
    return comma ? n.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places })
      : n.toFixed(places);
  });
}

/** A date, date-time or time (ISO text from Python) as `format` asks. */
export function formatMoment(value, type, format) {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (!format || format === 'iso8601') return text;
  const moment = type === 'time' ? new Date(`1970-01-01T${text}`) : new Date(text.replace(' ', 'T'));
  if (Number.isNaN(moment.getTime())) return text;
  if (format === 'localized') {
    if (type === 'date') return moment.toLocaleDateString();
    if (type === 'time') return moment.toLocaleTimeString();
    return moment.toLocaleString();
  }
  if (format === 'distance') {
    const days = Math.round((moment.getTime() - Date.now()) / 86400000);
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(days, 'day');
  }
  // a momentJS-style pattern: YYYY MM DD HH mm ss (the common tokens)
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const tokens = {
    YYYY: moment.getFullYear(), MM: pad(moment.getMonth() + 1), DD: pad(moment.getDate()),
    HH: pad(moment.getHours()), mm: pad(moment.getMinutes()), ss: pad(moment.getSeconds()),
  };
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => tokens[t]);
}

function safeUrl(value, images = false) {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (/^https?:\/\//i.test(v) || /^mailto:/i.test(v) || (!/^[a-z][\w+.-]*:/i.test(v) && !v.startsWith('//'))) return v;
  if (images && /^data:image\/(png|jpe?g|gif|webp|svg\+xml);/i.test(v)) return v;
  return null;
}

function asList(value) {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.startsWith('[') && t.endsWith(']')) {
      try { return JSON.parse(t.replace(/'/g, '"')); } catch { /* shown as one item */ }
    }
    return t.split(',').map((s) => s.trim()).filter(Boolean);
  }
  return [value];
}

// ---- cell renderers (each returns a DOM node) --------------------------------------------

function sparkline(values, type, conf) {
  const nums = asList(values).map(Number).filter(Number.isFinite);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'wl-grid-spark');
  svg.setAttribute('viewBox', '0 0 100 24');
  svg.setAttribute('preserveAspectRatio', 'none');
  if (!nums.length) return svg;
  const lo = conf.y_min ?? Math.min(0, ...nums);
  const hi = conf.y_max ?? Math.max(...nums);
  const y = (v) => 23 - ((v - lo) / ((hi - lo) || 1)) * 22;
  const color = conf.color && !conf.color.startsWith('auto') ? conf.color : 'var(--wl-primary, #ff4b4b)';
  const ns = 'http://www.w3.org/2000/svg';
  if (type === 'bar_chart') {
    const w = 100 / nums.length;
    nums.forEach((v, i) => {
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('x', String(i * w + w * 0.1));
      r.setAttribute('width', String(w * 0.8));
      r.setAttribute('y', String(Math.min(y(v), y(lo))));
      r.setAttribute('height', String(Math.abs(y(lo) - y(v))));
      r.setAttribute('fill', color);
      svg.append(r);
    });
    return svg;
  }
  const pts = nums.map((v, i) => `${nums.length === 1 ? 50 : (i / (nums.length - 1)) * 100},${y(v)}`);
  if (type === 'area_chart') {
    const area = document.createElementNS(ns, 'polygon');
    area.setAttribute('points', `0,24 ${pts.join(' ')} 100,24`);
    area.setAttribute('fill', color);
    area.setAttribute('fill-opacity', '0.25');
    svg.append(area);
  }
  const line = document.createElementNS(ns, 'polyline');
  line.setAttribute('points', pts.join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', '1.5');
  line.setAttribute('vector-effect', 'non-scaling-stroke');
  svg.append(line);
  return svg;
}

function linkText(value, display) {
  if (!display) return String(value);
  if (!/[()]/.test(display)) return display;
  try {
    const m = new RegExp(display).exec(String(value));
    return m?.[1] ?? String(value);
  } catch { return display; }
}

function chips(values, labels) {
  return h('span', { class: 'wl-grid-chips' }, ...asList(values).map((v) => h('span', { class: 'wl-grid-chip' }, labels?.get(v) ?? String(v))));
}

/** The cell renderer for a column type (a function of AG Grid's params), or undefined. */
function rendererFor(type, conf, placeholder, labels) {
  const empty = () => h('span', { class: 'wl-null' }, placeholder ?? 'None');
  const wrap = (fn) => (p) => (p.value === null || p.value === undefined ? empty() : fn(p.value, p));
  switch (type) {
    case 'link': return wrap((v) => {
      const href = safeUrl(String(v));
      return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, linkText(v, conf.display_text)) : h('span', {}, String(v));
    });
    case 'image': return wrap((v) => {
      const src = safeUrl(String(v), true);
      return src ? h('img', { src, class: 'wl-grid-img', alt: '' }) : h('span', {}, String(v));
    });
    case 'audio': case 'video': return wrap((v) => {
      const href = safeUrl(String(v), false);
      return href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, String(v)) : h('span', {}, String(v));
    });
    case 'progress': return wrap((v) => {
      const lo = conf.min_value ?? 0;
      const hi = conf.max_value ?? 100;
      const share = Math.max(0, Math.min(1, (Number(v) - lo) / ((hi - lo) || 1)));
      return h('span', { class: 'wl-grid-progress', role: 'progressbar', 'aria-valuenow': String(v) },
        h('span', { class: 'wl-grid-progress-bar' }, h('span', { style: `width:${share * 100}%` })),
        h('span', { class: 'wl-grid-progress-text' }, formatNumber(Number(v), conf.format)));
    });
    case 'line_chart': case 'bar_chart': case 'area_chart': return wrap((v) => sparkline(v, type, conf));
    case 'list': case 'multiselect': return wrap((v) => chips(v, labels));
    case 'json': return wrap((v) => h('span', { class: 'wl-grid-json' }, typeof v === 'string' ? v : JSON.stringify(v)));
    case 'markdown': return wrap((v) => {
      const span = h('span', {});
      renderMarkdown(span, String(v), { inline: true });
      return span;
    });
    case 'button': return wrap((v) => h('button', { type: 'button', class: `wl-grid-button wl-${conf.button_type ?? 'secondary'}` }, String(v)));
    default: return wrap((v, p) => h('span', {}, p.valueFormatted ?? String(v)));
  }
}

// ---- columns -------------------------------------------------------------------------------

function inferType(props, j) {
  const dtype = props.dtypes?.[j];
  if (dtype === 'int' || dtype === 'float') return 'number';
  if (dtype === 'bool') return 'checkbox';
  if (dtype === 'datetime') return 'datetime';
  return 'text';
}

function optionLabels(conf) {
  const opts = conf.options ?? [];
  const map = new Map();
  const values = opts.map((o) => {
    if (o && typeof o === 'object') {
      map.set(o.value, o.label ?? String(o.value));
      return o.value;
    }
    return o;
  });
  return { values, labels: map.size ? map : null };
}

/** One AG Grid column definition: from the data's dtype and the column's st.column_config. */
function columnDef(props, name, key, getter, setter, dataType, conf, editable) {
  const tc = conf.type_config ?? {};
  const type = tc.type ?? dataType;
  const def = {
    colId: key,
    headerName: conf.label ?? name,
    headerTooltip: conf.help ?? undefined,
    valueGetter: getter,
    sortable: true,
    resizable: true,
    suppressMovable: true,
    context: { name, type, required: Boolean(conf.required), conf: tc },
    comparator: (a, b) => compare(a, b),
  };
  if (conf.width) {
    def.width = typeof conf.width === 'number' ? conf.width : WIDTHS[conf.width];
    def.suppressAutoSize = true;
  }
  if (conf.pinned) def.pinned = 'left';
  if (conf.hidden) def.hide = true;
  const numeric = type === 'number' || type === 'progress';
  const align = conf.alignment ?? (numeric ? 'right' : null);
  if (align) def.cellStyle = { textAlign: align, justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : 'flex-start' };
  if (align === 'right') def.headerClass = 'wl-grid-head-right';
  const { values: options, labels } = optionLabels(tc);
  if (type === 'number') def.valueFormatter = (p) => (p.value === null || p.value === undefined ? '' : formatNumber(p.value, tc.format));
  if (['date', 'datetime', 'time'].includes(type)) def.valueFormatter = (p) => formatMoment(p.value, type, tc.format);
  if (type === 'selectbox' && labels) def.valueFormatter = (p) => labels.get(p.value) ?? (p.value ?? '');
  if (type === 'checkbox') {
    def.cellRenderer = 'agCheckboxCellRenderer';
    def.cellRendererParams = { disabled: !editable };
  } else {
    def.cellRenderer = rendererFor(type, tc, props.placeholder, labels);
  }
  if (!editable || !EDITABLE.has(type)) return def;
  def.editable = true;
  def.valueSetter = (p) => {
    let v = p.newValue;
    if (v === '' || v === undefined) v = null;
    if (v !== null && (type === 'list' || type === 'multiselect') && !Array.isArray(v)) v = asList(v);
    if (v === null && conf.required) return false;
    if (v !== null && tc.validate && typeof v === 'string') {
      try { if (!new RegExp(tc.validate).test(v)) return false; } catch { /* an invalid pattern checks nothing */ }
    }
    if (typeof v === 'number' && ((tc.min_value !== undefined && v < tc.min_value) || (tc.max_value !== undefined && v > tc.max_value))) return false;
    setter(p.data, v);
    return true;
  };
  if (type === 'number') {
    def.cellEditor = 'agNumberCellEditor';
    def.cellEditorParams = { min: tc.min_value, max: tc.max_value, step: tc.step, precision: props.dtypes?.[props.columns.indexOf(name)] === 'int' ? 0 : undefined };
  } else if (type === 'checkbox') {
    def.cellEditor = 'agCheckboxCellEditor';
  } else if (type === 'selectbox') {
    def.cellEditor = 'agSelectCellEditor';
    def.cellEditorParams = { values: conf.required ? options : [null, ...options], formatValue: (v) => (v === null ? '' : labels?.get(v) ?? String(v)) };
  } else if (type === 'date') {
    def.cellEditor = 'agDateStringCellEditor';
    def.cellEditorParams = { min: tc.min_value, max: tc.max_value };
  } else {
    def.cellEditor = 'agTextCellEditor';
    def.cellEditorParams = { maxLength: tc.max_chars };
    if (type === 'list' || type === 'multiselect') def.valueParser = (p) => asList(p.newValue);
  }
  return def;
}

function columnDefs(props, editor, grid) {
  const config = props.config ?? {};
  const locked = props.disabled === true;
  const defs = [];
  if (!props.hide_index) {
    const conf = config._index ?? {};
    const levels = props.index_levels ?? [props.index];
    const names = props.index_levels ? (props.index_names ?? []) : [props.index_name];
    levels.forEach((_, k) => {
      const single = !props.index_levels;
      const editable = editor && single && !locked && !props.range_index && !conf.disabled;
      const def = columnDef(props, '_index', `i${k}`, (p) => p.data?.idx[k], (row, v) => { row.idx[k] = v; },
        typeof levels[0]?.[0] === 'number' ? 'number' : 'text', { ...conf, label: conf.label ?? names[k] ?? '' }, editable);
      def.pinned = 'left';
      def.cellClass = 'wl-grid-index';
      defs.push(def);
    });
  }
  const styles = styleMap(props);
  const data = [];
  for (const j of props.order ?? props.columns.map((_, k) => k)) {
    const name = props.columns[j];
    const conf = config[name] ?? {};
    const editable = editor && !locked && !conf.disabled;
    const def = columnDef(props, name, `c${j}`, (p) => p.data?.v[j], (row, v) => { row.v[j] = v; }, inferType(props, j), conf, editable);
    if (!conf.label && props.column_levels?.length > 1) def.headerName = props.column_levels.at(-1)[j] ?? '';
    styled(def, props, styles, j);
    data.push({ j, def });
  }
  if (grid?.modes) defs.concat(data.map((d) => d.def)).forEach((def) => selectable(def, grid));
  return defs.concat(groupHeaders(props, data, 0));
}

/** A pandas Styler's text (Styler.format) and CSS (checked in Python) for data column j. */
function styled(def, props, styles, j) {
  if (props.display) {
    const base = def.valueFormatter;
    def.valueFormatter = (p) => props.display[p.data?.pos]?.[j] ?? (base ? base(p) : p.value);
  }
  if (styles) {
    const align = def.cellStyle;
    def.cellStyle = (p) => {
      const decls = styles.get(`${p.data?.pos},${j}`);
      return decls ? { ...align, ...Object.fromEntries(decls) } : align;
    };
  }
}

/** pandas MultiIndex columns: a header group per run of equal labels on each upper level. */
function groupHeaders(props, data, level) {
  const levels = props.column_levels;
  if (!levels || level >= levels.length - 1) return data.map((d) => d.def);
  const out = [];
  let run = [];
  const flush = () => {
    if (!run.length) return;
    out.push({ headerName: levels[level][run[0].j] ?? '', groupId: `g${level}-${run[0].j}`, children: groupHeaders(props, run, level + 1) });
    run = [];
  };
  for (const d of data) {
    if (run.length && (levels[level][d.j] ?? '') !== (levels[level][run[0].j] ?? '')) flush();
    run.push(d);
  }
  flush();
  return out;
}

// ---- rows and the editing state -------------------------------------------------------------

function emptyState() {
  return { edited_rows: {}, added_rows: [], deleted_rows: [] };
}

/** The grid's rows: the data with the editing state applied, then the added rows. */
function rowsFrom(props, state) {
  const deleted = new Set(state.deleted_rows);
  const position = new Map(props.columns.map((c, j) => [c, j]));
  const rows = [];
  const indexOf = (i) => (props.index_levels ? props.index_levels.map((l) => l[i]) : [props.index[i]]);
  for (let i = 0; i < props.rows.length; i += 1) {
    if (deleted.has(i)) continue;
    const edits = state.edited_rows[i];
    let v = props.rows[i];
    const idx = indexOf(i);
    if (edits) {
      v = v.slice();
      for (const [col, value] of Object.entries(edits)) {
        if (col === '_index') idx[0] = value;
        else if (position.has(col)) v[position.get(col)] = value;
      }
    }
    rows.push({ id: `r${i}`, pos: i, added: -1, v, idx });
  }
  state.added_rows.forEach((added, k) => {
    const v = props.columns.map((c) => (c in added ? added[c] : null));
    const idx = ['_index' in added ? added._index : (props.range_index ? props.rows.length + k : null)];
    rows.push({ id: `a${k}`, pos: -1, added: k, v, idx });
  });
  return rows;
}

function defaults(props) {
  const row = {};
  for (const [name, conf] of Object.entries(props.config ?? {})) {
    if (conf.default !== undefined && conf.default !== null) row[name] = conf.default;
  }
  return row;
}

function gridHeight(props, n) {
  const rowH = props.row_height ?? ROW_HEIGHT;
  const extra = ['dynamic', 'add'].includes(props.num_rows) ? rowH : 0;
  const full = ROW_HEIGHT + rowH * Math.max(n, 1) + extra + 4;
  if (typeof props.height === 'number') return props.height;
  if (props.height === 'content') return full;
  return Math.min(full, MAX_AUTO_HEIGHT);
}

// ---- the toolbar ----------------------------------------------------------------------------

function toolButton(label, icon, onclick) {
  return h('button', { type: 'button', testid: 'stElementToolbarButton', class: 'wl-grid-tool', 'aria-label': label, title: label, onclick },
    renderIcon(`:material/${icon}:`));
}

function buildToolbar(el, grid) {
  const search = h('input', {
    type: 'search', class: 'wl-grid-search', placeholder: 'Search', 'aria-label': 'Search', hidden: true,
    oninput: () => grid.api.setGridOption('quickFilterText', search.value),
    onkeydown: (e) => { if (e.key === 'Escape') { search.value = ''; search.hidden = true; grid.api.setGridOption('quickFilterText', ''); } },
  });
  const tools = [];
  if (grid.editor && !grid.props.disabled && ['dynamic', 'add'].includes(grid.props.num_rows)) {
    tools.push(toolButton('Add row', 'add', () => addRow(grid)));
  }
  if (grid.editor && !grid.props.disabled && ['dynamic', 'delete'].includes(grid.props.num_rows)) {
    grid.deleteButton = toolButton('Delete rows', 'delete', () => deleteSelected(grid));
    grid.deleteButton.hidden = true;
    tools.push(grid.deleteButton);
  }
  tools.push(
    toolButton('Download as CSV', 'download', () => grid.api.exportDataAsCsv({ fileName: `${new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-')}_export.csv` })),
    toolButton('Search', 'search', () => { search.hidden = !search.hidden; if (!search.hidden) search.focus(); }),
    toolButton('Fullscreen', 'fullscreen', () => fullscreen(el, !el.classList.contains('wl-grid-fullscreen'))),
  );
  return h('div', { testid: 'stElementToolbar', class: 'wl-grid-toolbar' }, search,
    h('div', { testid: 'stElementToolbarButtonContainer', class: 'wl-grid-tools' }, ...tools));
}

/** Expand the grid to the window (Escape, wherever the focus is, or the button again,
 *  collapses it). */
function fullscreen(el, on) {
  el.classList.toggle('wl-grid-fullscreen', on);
  document.removeEventListener('keydown', el._wlEscape ?? (() => {}), true);
  el._wlEscape = null;
  if (!on) return;
  el._wlEscape = (e) => { if (e.key === 'Escape') fullscreen(el, false); };
  document.addEventListener('keydown', el._wlEscape, true);
}

// ---- editing ------------------------------------------------------------------------------

function send(grid) {
  grid.sent = JSON.stringify(grid.state);
  grid.ctx.change(grid.props, JSON.parse(grid.sent), grid.el);
}

function onValueChanged(grid, e) {
  const { name } = e.colDef.context;
  const row = e.data;
  const value = name === '_index' ? row.idx[0] : e.newValue ?? null;
  if (row.added >= 0) grid.state.added_rows[row.added][name] = value;
  else (grid.state.edited_rows[row.pos] ??= {})[name] = value;
  send(grid);
}

function addRow(grid) {
  grid.state.added_rows.push(defaults(grid.props));
  refresh(grid);
  const last = grid.api.getDisplayedRowCount() - 1;
  grid.api.ensureIndexVisible(last, 'bottom');
  send(grid);
}

function deleteSelected(grid) {
  const picked = grid.api.getSelectedRows();
  const added = new Set(picked.filter((r) => r.added >= 0).map((r) => r.added));
  for (const r of picked) if (r.pos >= 0 && !grid.state.deleted_rows.includes(r.pos)) grid.state.deleted_rows.push(r.pos);
  grid.state.deleted_rows.sort((a, b) => a - b);
  grid.state.added_rows = grid.state.added_rows.filter((_, k) => !added.has(k));
  refresh(grid);
  send(grid);
}

function refresh(grid) {
  const rows = rowsFrom(grid.props, grid.state);
  grid.api.setGridOption('rowData', rows);
  grid.box.style.height = `${gridHeight(grid.props, rows.length)}px`;
  if (grid.deleteButton) grid.deleteButton.hidden = true;
}

// ---- st.dataframe selections ----------------------------------------------------------------
// Streamlit's state: rows are positions in the data (whatever the sort), columns are names,
// cells are [row, column name]. Selecting cells clears rows and columns, and the other way
// round, as Streamlit's grid does.

function selectionModes(props) {
  const m = new Set(props.selection_mode ?? []);
  if (!m.size) return null;
  const kind = (what) => (m.has(`multi-${what}`) ? 'multi' : m.has(`single-${what}`) ? 'single' : null);
  return { rows: kind('row') ?? (m.has('single-row-required') ? 'single' : null), required: m.has('single-row-required'), columns: kind('column'), cells: kind('cell') };
}

function emptySelection() {
  return { rows: [], columns: [], cells: [] };
}

/** Class rules and header classes that show the selected columns and cells. */
function selectable(def, grid) {
  const { name } = def.context;
  const rules = { 'wl-grid-cell-selected': (p) => grid.cellKeys.has(`${p.data?.pos},${name}`) };
  if (name !== '_index') rules['wl-grid-col-selected'] = () => grid.sel.columns.includes(name);
  def.cellClassRules = rules;
  if (grid.modes.columns && name !== '_index') {
    const base = def.headerClass;
    def.headerClass = () => [base, 'wl-grid-selectable', grid.sel.columns.includes(name) ? 'wl-grid-col-selected' : null].filter(Boolean);
    def.sortable = false; // a header click selects the column (Streamlit sorts from a menu)
  }
}

function setSelection(grid, sel, post) {
  grid.sel = { rows: [...sel.rows ?? []], columns: [...sel.columns ?? []], cells: (sel.cells ?? []).map((c) => [...c]) };
  grid.cellKeys = new Set(grid.sel.cells.map(([r, c]) => `${r},${c}`));
  if (grid.modes.rows) {
    const wanted = new Set(grid.sel.rows);
    grid.syncing = true;
    const on = [];
    const off = [];
    grid.api.forEachNode((n) => ((wanted.has(n.data.pos) ? on : off).push(n)));
    if (off.length) grid.api.setNodesSelected({ nodes: off.filter((n) => n.isSelected()), newValue: false });
    if (on.length) grid.api.setNodesSelected({ nodes: on.filter((n) => !n.isSelected()), newValue: true });
    grid.syncing = false;
  }
  grid.api.refreshCells({ force: true });
  grid.api.refreshHeader();
  if (post) {
    grid.sent = JSON.stringify(grid.sel);
    grid.ctx.change(grid.props, JSON.parse(grid.sent), grid.el);
  }
}

function onRowsSelected(grid) {
  if (grid.syncing) return;
  const rows = grid.api.getSelectedRows().map((r) => r.pos).sort((a, b) => a - b);
  if (!rows.length && grid.modes.required && grid.sel.rows.length) {
    setSelection(grid, grid.sel, false); // single-row-required: the row stays selected
    return;
  }
  if (JSON.stringify(rows) === JSON.stringify(grid.sel.rows)) return; // AG Grid's own events (new rows, ...)
  setSelection(grid, { rows, columns: grid.sel.columns, cells: [] }, true);
}

function toggleColumn(grid, e) {
  const name = e.column?.getColDef?.().context?.name;
  if (!grid.modes.columns || !name || name === '_index') return;
  const on = grid.sel.columns.includes(name);
  let columns;
  if (grid.modes.columns === 'single') columns = on ? [] : [name];
  else columns = on ? grid.sel.columns.filter((c) => c !== name) : [...grid.sel.columns, name];
  setSelection(grid, { rows: grid.sel.rows, columns, cells: [] }, true);
}

/** A click (or Space) on a cell: selects it; in multi-cell mode Shift extends a rectangle
 *  from the last cell picked and Ctrl/Cmd adds or removes one cell. */
function pickCell(grid, e) {
  const name = e.colDef?.context?.name;
  if (!grid.modes.cells || !name || !e.data || e.data.pos < 0) return;
  const key = `${e.data.pos},${name}`;
  const ev = e.event ?? {};
  let cells;
  if (grid.modes.cells === 'multi' && ev.shiftKey && grid.anchor) {
    const cols = grid.api.getAllDisplayedColumns().map((c) => c.getColDef().context?.name).filter(Boolean);
    const [c0, c1] = [cols.indexOf(grid.anchor.name), cols.indexOf(name)].sort((a, b) => a - b);
    const [r0, r1] = [grid.anchor.rowIndex, e.rowIndex].sort((a, b) => a - b);
    cells = [];
    for (let r = r0; r <= r1; r += 1) {
      const pos = grid.api.getDisplayedRowAtIndex(r)?.data?.pos;
      if (pos === undefined) continue;
      for (let c = c0; c <= c1; c += 1) cells.push([pos, cols[c]]);
    }
  } else {
    grid.anchor = { name, rowIndex: e.rowIndex };
    if (grid.modes.cells === 'multi' && (ev.ctrlKey || ev.metaKey)) {
      cells = grid.cellKeys.has(key) ? grid.sel.cells.filter(([r, c]) => `${r},${c}` !== key) : [...grid.sel.cells, [e.data.pos, name]];
    } else {
      cells = grid.cellKeys.has(key) && grid.sel.cells.length === 1 ? [] : [[e.data.pos, name]];
    }
  }
  setSelection(grid, { rows: [], columns: [], cells }, true);
}

function selectionOptions(grid) {
  const { modes } = grid;
  if (!modes) return {};
  return {
    rowSelection: modes.rows ? {
      mode: modes.rows === 'multi' ? 'multiRow' : 'singleRow', checkboxes: true,
      headerCheckbox: modes.rows === 'multi', enableClickSelection: !modes.cells,
    } : undefined,
    onSelectionChanged: () => onRowsSelected(grid),
    onColumnHeaderClicked: (e) => toggleColumn(grid, e),
    onCellClicked: (e) => pickCell(grid, e),
    defaultColDef: {
      // Space on a focused cell selects it (AG Grid would toggle the row's selection)
      suppressKeyboardEvent: (p) => {
        if (!modes.cells || p.event.key !== ' ' || !p.colDef.context?.name) return false;
        if (p.event.type === 'keydown') {
          p.event.preventDefault();
          pickCell(grid, { colDef: p.colDef, data: p.data, rowIndex: p.node.rowIndex, event: p.event });
        }
        return true;
      },
    },
  };
}

// ---- mounting -----------------------------------------------------------------------------

function gridOptions(grid) {
  const { props } = grid;
  const deletable = grid.editor && !props.disabled && ['dynamic', 'delete'].includes(props.num_rows);
  return {
    theme,
    // Where the theme's CSS goes. Named, so that the grid does not poll every second (for up
    // to a minute, while its element is not yet in the document) for a shadow root.
    themeStyleContainer: document.head,
    columnDefs: columnDefs(props, grid.editor, grid),
    rowData: rowsFrom(props, grid.state),
    getRowId: (p) => p.data.id,
    rowHeight: props.row_height ?? ROW_HEIGHT,
    rowBuffer: 10,
    singleClickEdit: false,
    stopEditingWhenCellsLoseFocus: true,
    tooltipShowDelay: 300,
    overlayNoRowsTemplate: '<span class="wl-null">empty</span>',
    suppressDragLeaveHidesColumns: true,
    autoSizeStrategy: { type: 'fitCellContents' },
    rowSelection: deletable ? { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false } : undefined,
    onSelectionChanged: () => { if (grid.deleteButton) grid.deleteButton.hidden = grid.api.getSelectedRows().length === 0; },
    onCellValueChanged: (e) => onValueChanged(grid, e),
    onFirstDataRendered: () => requestAnimationFrame(() => fitWidth(grid)),
    processCellForClipboard: (p) => p.value,
    onGridReady: () => { if (grid.modes) setSelection(grid, grid.sel, false); },
    ...selectionOptions(grid),
  };
}

function fitWidth(grid) {
  const cols = grid.api.getColumns() ?? [];
  const used = cols.reduce((sum, c) => sum + (c.isVisible() ? c.getActualWidth() : 0), 0);
  const room = grid.box.clientWidth - 4;
  if (grid.props.width === 'content') grid.el.style.width = `${Math.min(used + 4, grid.el.parentElement?.clientWidth ?? used + 4)}px`;
  else if (used < room) grid.api.sizeColumnsToFit();
}

function sizeBox(grid) {
  const { props, el } = grid;
  el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
  grid.box.style.height = `${gridHeight(props, rowsFrom(props, grid.state).length)}px`;
}

/** Mount (or re-mount) the grid in `el`; `editor` turns on editing and row add/delete. */
export function mountGrid(el, props, ctx, editor) {
  el._grid?.api.destroy();
  const box = h('div', { testid: 'stDataFrameResizable', class: 'wl-grid-box' });
  const grid = { el, box, props, ctx, editor, state: editor ? structuredClone(props.value ?? emptyState()) : emptyState() };
  grid.state.edited_rows ??= {};
  grid.state.added_rows ??= [];
  grid.state.deleted_rows ??= [];
  grid.sent = JSON.stringify(editor ? grid.state : props.value ?? emptySelection());
  grid.modes = editor ? null : selectionModes(props);
  grid.sel = { ...emptySelection(), ...(editor ? {} : props.value) };
  grid.cellKeys = new Set((grid.sel.cells ?? []).map(([r, c]) => `${r},${c}`));
  el._grid = grid;
  const bar = buildToolbar(el, grid);
  el.replaceChildren(bar, box);
  sizeBox(grid);
  grid.api = createGrid(box, gridOptions(grid));
  bar.querySelectorAll('button').forEach((b) => b.addEventListener('mousedown', (e) => e.preventDefault()));
  return grid;
}

/** New props from Python: keep the grid (and its scroll position) when only the editing
 *  state we sent came back; otherwise rebuild its columns and rows. */
export function updateGrid(el, props, ctx) {
  const grid = el._grid;
  if (!grid) return mountGrid(el, props, ctx, true);
  if (!grid.editor) return updateFrame(grid, props, ctx);
  const old = grid.props;
  grid.props = props;
  grid.ctx = ctx;
  const incoming = JSON.stringify(props.value ?? emptyState());
  const sameData = old.rows === props.rows || JSON.stringify(old.rows) === JSON.stringify(props.rows);
  const sameShape = JSON.stringify([old.columns, old.order, old.config, old.hide_index, old.num_rows, old.disabled, old.dtypes])
    === JSON.stringify([props.columns, props.order, props.config, props.hide_index, props.num_rows, props.disabled, props.dtypes]);
  if (!sameShape) return mountGrid(el, props, ctx, grid.editor);
  if (sameData && incoming === grid.sent) {
    sizeBox(grid);
    return grid;
  }
  grid.state = JSON.parse(incoming);
  grid.sent = incoming;
  refresh(grid);
  return grid;
}

/** st.dataframe: keep the grid (its sort, scroll position and search) when only the data or
 *  the selection changed; rebuild it when its columns, styles or modes did. */
function updateFrame(grid, props, ctx) {
  const old = grid.props;
  grid.props = props;
  grid.ctx = ctx;
  const rest = (p) => JSON.stringify({ ...p, rows: undefined, index: undefined, index_levels: undefined, value: undefined, display: undefined, cell_styles: undefined });
  if (rest(old) !== rest(props) || Boolean(old.display) !== Boolean(props.display) || Boolean(old.cell_styles) !== Boolean(props.cell_styles)) {
    return mountGrid(grid.el, props, ctx, false);
  }
  if (old.rows !== props.rows || old.index !== props.index || old.display !== props.display || old.cell_styles !== props.cell_styles) {
    grid.api.setGridOption('columnDefs', columnDefs(props, false, grid));
    grid.api.setGridOption('rowData', rowsFrom(props, grid.state));
    sizeBox(grid);
  }
  const incoming = JSON.stringify(props.value ?? emptySelection());
  if (grid.modes && incoming !== grid.sent) {
    grid.sent = incoming;
    setSelection(grid, JSON.parse(incoming), false);
  }
  return grid;
}
