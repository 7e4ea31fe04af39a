// The write family's own elements: metric, badge, help (st.help / st.write of objects).
// Mirrors py/wasmlit/elements/metric.py and py/wasmlit/elements/write.py.
// All text goes in as text nodes or through renderMarkdown (raw HTML escaped, sanitised).
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';
import { helpIcon } from './tooltip.js';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['red', 'orange', 'yellow', 'green', 'blue', 'violet', 'gray', 'primary'];

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'testid') el.dataset.testid = v;
    else el.setAttribute(k, String(v));
  }
  el.append(...children);
  return el;
}


function inlineMarkdown(tag, attrs, text) {
  const el = h(tag, attrs);
  renderMarkdown(el, String(text ?? ''), { inline: true });
  return el;
}

// ---- number formats of st.metric(format=...) ------------------------------------------------

function grouped(x, digits) {
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

function printf(x, spec) {
  return spec.replace(/%([,+\- 0#]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXs%])/g, (all, flags, width, prec, conv) => {
    if (conv === '%') return '%';
    let out;
    const p = prec === undefined ? undefined : Number(prec);
    switch (conv) {
      case 'd': case 'i': case 'u': out = flags.includes(',') ? grouped(Math.trunc(x), 0) : String(Math.trunc(x)); break;
      case 'f': case 'F': out = flags.includes(',') ? grouped(x, p ?? 6) : x.toFixed(p ?? 6); break;
      case 'e': case 'E': out = x.toExponential(p ?? 6).replace(/e([+-])(\d)$/, 'e$10$2'); if (conv === 'E') out = out.toUpperCase(); break;
      case 'g': case 'G': out = String(Number(x.toPrecision(p || 6))); break;
      case 'x': case 'X': out = Math.trunc(x).toString(16); if (conv === 'X') out = out.toUpperCase(); break;
      default: out = String(x);
    }
    if (flags.includes('+') && x >= 0 && conv !== 's') out = `+${out}`;
    if (width && out.length < Number(width)) out = (flags.includes('0') ? '0' : ' ').repeat(Number(width) - out.length) + out;
    return out;
  });
}

function engineering(x) {
  if (x === 0) return '0E0';
  const exp = Math.floor(Math.log10(Math.abs(x)) / 3) * 3;
  return `${Number((x / 10 ** exp).toPrecision(4))}E${exp}`;
}

function bytes(x) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let i = 0;
  let v = Math.abs(x);
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i += 1; }
  return `${x < 0 ? '-' : ''}${i === 0 ? v : Number(v.toFixed(1))}${units[i]}`;
}

/** A number as st.metric's `format` asks; `null` when the format does not apply. */
export function formatNumber(x, format) {
  if (!format || !Number.isFinite(x)) return null;
  const money = (currency, digits) => new Intl.NumberFormat('en-US', {
    style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(x);
  switch (format) {
    case 'plain': return String(x);
    case 'localized': return new Intl.NumberFormat().format(x);
    case 'percent': return `${(x * 100).toFixed(2)}%`;
    case 'dollar': return money('USD', 2);
    case 'euro': return money('EUR', 2);
    case 'yen': return money('JPY', 0);
    case 'accounting': return x < 0 ? `(${grouped(-x, 2)})` : grouped(x, 2);
    case 'bytes': return bytes(x);
    case 'compact': return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(x);
    case 'scientific': return x.toExponential(3).toUpperCase().replace('E+', 'E');
    case 'engineering': return engineering(x);
    default: return String(format).includes('%') ? printf(x, String(format)) : null;
  }
}

function shown(text, isNumber, format) {
  if (isNumber && format) {
    const formatted = formatNumber(Number(text), format);
    if (formatted !== null) return formatted;
  }
  return text;
}

// ---- st.metric -------------------------------------------------------------------------------

function arrow(direction) {
  const up = direction === 'up';
  return svg('svg', {
    testid: up ? 'stMetricDeltaIcon-Up' : 'stMetricDeltaIcon-Down', viewBox: '0 0 24 24',
    width: '1.1em', height: '1.1em', 'aria-hidden': 'true', class: 'wl-metric-arrow',
  }, svg('path', {
    fill: 'currentColor',
    d: up ? 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z'
      : 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
  }));
}

function sparkline(values, type) {
  const w = 100;
  const hgt = 30;
  const min = Math.min(...values, type === 'bar' ? 0 : Infinity);
  const max = Math.max(...values, type === 'bar' ? 0 : -Infinity);
  const span = max - min || 1;
  const y = (v) => hgt - ((v - min) / span) * (hgt - 2) - 1;
  const chart = svg('svg', {
    testid: 'stMetricChart', class: `wl-sparkline wl-sparkline-${type}`, viewBox: `0 0 ${w} ${hgt}`,
    preserveAspectRatio: 'none', 'aria-hidden': 'true',
  });
  if (type === 'bar') {
    const bw = w / values.length;
    values.forEach((v, i) => {
      const top = Math.min(y(v), y(0));
      chart.append(svg('rect', {
        x: i * bw + bw * 0.1, y: top, width: bw * 0.8, height: Math.max(Math.abs(y(v) - y(0)), 0.5),
      }));
    });
    return chart;
  }
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(2)},${y(v).toFixed(2)}`);
  if (values.length === 1) points.push(`${w},${y(values[0]).toFixed(2)}`);
  if (type === 'area') {
    chart.append(svg('polygon', { class: 'wl-sparkline-fill', points: `0,${hgt} ${points.join(' ')} ${w},${hgt}` }));
  }
  chart.append(svg('polyline', { points: points.join(' '), fill: 'none', 'vector-effect': 'non-scaling-stroke' }));
  return chart;
}

function fillMetric(el, props) {
  const color = PALETTE.includes(props.color) ? props.color : 'gray';
  el.className = `stMetric wl-metric wl-metric-${color}${props.border ? ' wl-border' : ''}`;
  const visibility = props.label_visibility || 'visible';
  const label = h('label', { testid: 'stMetricLabel', class: `wl-metric-label wl-label-${visibility}` },
    renderIcon(props.icon),
    inlineMarkdown('span', { class: 'wl-metric-label-text', testid: 'stMarkdownContainer' }, props.label),
    visibility === 'visible' ? helpIcon(props.help) : null);
  const value = h('div', { testid: 'stMetricValue', class: 'wl-metric-value' });
  const valueText = shown(String(props.body ?? ''), props.value_is_number, props.format);
  if (props.value_is_number) value.textContent = valueText;
  else renderMarkdown(value, valueText, { inline: true });
  const parts = [label, value];
  if (props.delta) {
    const deltaText = h('span', { class: 'wl-metric-delta-text' });
    const text = shown(String(props.delta), props.delta_is_number, props.format);
    if (props.delta_is_number) deltaText.textContent = text;
    else renderMarkdown(deltaText, text, { inline: true });
    const delta = h('div', { testid: 'stMetricDelta', class: 'wl-metric-delta' },
      props.direction === 'up' || props.direction === 'down' ? arrow(props.direction) : null, deltaText);
    const line = h('div', { class: 'wl-metric-delta-line' }, delta);
    if (props.delta_description) {
      line.append(h('span', { class: 'wl-metric-delta-description', testid: 'stMetricDeltaDescription' },
        String(props.delta_description)));
    }
    parts.push(line);
  } else if (props.delta_description) {
    parts.push(h('div', { class: 'wl-metric-delta-description', testid: 'stMetricDeltaDescription' },
      String(props.delta_description)));
  }
  if (Array.isArray(props.chart_data) && props.chart_data.length) {
    const type = ['line', 'bar', 'area'].includes(props.chart_type) ? props.chart_type : 'line';
    parts.push(sparkline(props.chart_data.map(Number), type));
  }
  if (typeof props.width === 'number') el.style.width = `${props.width}px`;
  else el.style.removeProperty('width');
  if (typeof props.height === 'number') el.style.height = `${props.height}px`;
  else el.style.removeProperty('height');
  el.replaceChildren(...parts);
}

export const metric = {
  create(props) {
    const el = h('div', { testid: 'stMetric' });
    fillMetric(el, props);
    return el;
  },
  update(el, props) {
    fillMetric(el, props);
  },
};

// ---- st.badge --------------------------------------------------------------------------------

function fillBadge(el, props) {
  const color = PALETTE.includes(props.color) ? props.color : 'blue';
  const badge = h('span', { class: `wl-badge wl-badge-${color}`, testid: 'stBadge' }, renderIcon(props.icon));
  const text = h('span', { class: 'wl-badge-label' });
  renderMarkdown(text, String(props.label ?? ''), { inline: true });
  badge.append(text);
  if (props.help) badge.title = String(props.help);
  el.replaceChildren(h('div', { testid: 'stMarkdownContainer' }, badge));
}

export const badge = {
  create(props) {
    const el = h('div', { testid: 'stMarkdown', class: 'stMarkdown wl-markdown wl-badge-element' });
    fillBadge(el, props);
    return el;
  },
  update(el, props) {
    fillBadge(el, props);
  },
};

// ---- st.help ---------------------------------------------------------------------------------

function member(m) {
  const detail = m.value
    ? h('span', { class: 'wl-doc-value', testid: 'stMemberDocValue' }, String(m.value))
    : h('span', { class: 'wl-doc-string', testid: 'stMemberDocString' }, String(m.doc || 'No docs available'));
  return h('div', { class: 'wl-doc-member', testid: 'stMember', role: 'row' },
    h('div', { class: 'wl-doc-member-summary', role: 'cell' },
      h('span', { class: 'wl-doc-name', testid: 'stMemberDocName' }, String(m.name ?? '')),
      m.type ? h('span', { class: 'wl-doc-type', testid: 'stMemberDocType' }, String(m.type)) : null),
    h('div', { class: 'wl-doc-member-detail', role: 'cell' }, detail));
}

function fillHelp(el, props) {
  const head = h('div', { class: 'wl-doc-header' },
    props.name ? h('span', { class: 'wl-doc-name', testid: 'stDocstringName' }, String(props.name)) : null,
    props.type ? h('span', { class: 'wl-doc-type', testid: 'stDocstringType' }, String(props.type)) : null,
    props.value ? h('span', { class: 'wl-doc-value', testid: 'stDocstringValue' }, String(props.value)) : null);
  const doc = h('pre', { class: 'wl-doc-string', testid: 'stDocstring-Doc' }, String(props.doc || 'No docs available'));
  const parts = [head, doc];
  const members = Array.isArray(props.members) ? props.members : [];
  if (members.length) {
    parts.push(h('div', { class: 'wl-doc-members', testid: 'stDocstringMembersTable', role: 'table' },
      ...members.map(member)));
  }
  el.replaceChildren(...parts);
}

export const help = {
  create(props) {
    const el = h('div', { testid: 'stDocstring', class: 'stDocstring wl-docstring' });
    fillHelp(el, props);
    return el;
  },
  update(el, props) {
    fillHelp(el, props);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { metric, badge, help };
