// grid / grid_cell (st.grid and its .cell()) and skeleton. Mirrors py/wasmlit/elements/blocks.py.
// A grid is a CSS grid: a fixed number of columns, or "auto" columns of at least
// min_column_width; each child element fills one cell, a grid_cell spans columns and rows.
import { h } from '../dom/h.js';

const GAPS = { xxsmall: '.25rem', xsmall: '.5rem', small: '1rem', medium: '2rem', large: '4rem', xlarge: '6rem', xxlarge: '8rem' };
const ALIGN = { top: 'start', center: 'center', bottom: 'end' };

function gapLength(gap) {
  if (typeof gap === 'number') return `${gap}px`;
  if (gap === null || gap === undefined) return '0';
  return GAPS[gap] ?? GAPS.small;
}

function sizeLength(value) {
  return typeof value === 'number' ? `${value}px` : '';
}

export const grid = {
  create(props) {
    const el = h('div', { testid: 'stGrid', class: 'stGrid wl-layout-grid' });
    el.wlProps = props;
    grid.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const min = props.min_column_width ? `${props.min_column_width}px` : '12rem';
    let template;
    if (props.columns && props.wrap) {
      // at most `columns`, fewer (wrapping) when a column would be narrower than its minimum
      template = `repeat(auto-fill, minmax(min(100%, max(${props.min_column_width ? min : '8rem'}, calc((100% - ${props.columns - 1} * var(--wl-grid-cgap)) / ${props.columns}))), 1fr))`;
    } else if (props.columns) {
      template = `repeat(${props.columns}, minmax(0, 1fr))`;
    } else {
      template = `repeat(auto-fill, minmax(min(${min}, 100%), 1fr))`;
    }
    el.style.setProperty('--wl-grid-cgap', gapLength(props.column_gap));
    el.style.gridTemplateColumns = template;
    el.style.rowGap = gapLength(props.row_gap);
    el.style.columnGap = gapLength(props.column_gap);
    el.style.gridAutoRows = props.row_height ? `${props.row_height}px` : 'auto';
    el.style.gridAutoFlow = props.dense ? 'row dense' : 'row';
    el.style.alignItems = ALIGN[props.vertical_alignment] ?? 'start';
    el.style.width = sizeLength(props.width);
    el.style.height = sizeLength(props.height);
    el.classList.toggle('wl-layout-grid-border', Boolean(props.border));
    el.classList.toggle('wl-layout-grid-scroll', typeof props.height === 'number');
    el.dataset.columns = props.columns ?? 'auto';
    if (old.key && old.key !== props.key) el.classList.remove(`st-key-${old.key}`);
    if (props.key) el.classList.add(`st-key-${props.key}`);
  },
  host: (el) => el,
};

export const grid_cell = {
  create(props) {
    const el = h('div', { testid: 'stGridCell', class: 'stGridCell wl-layout-grid-cell' },
      h('div', { testid: 'stVerticalBlock', class: 'wl-vblock' }));
    grid_cell.update(el, props);
    return el;
  },
  update(el, props) {
    el.style.gridColumn = props.column_span === 'all' ? '1 / -1' : `span ${props.column_span ?? 1}`;
    el.style.gridRow = `span ${props.row_span ?? 1}`;
  },
  host: (el) => el.firstElementChild,
};

export const skeleton = {
  create(props) {
    const el = h('div', { testid: 'stSkeleton', class: 'stSkeleton wl-skeleton', 'aria-hidden': 'true' });
    skeleton.update(el, props, {});
    return el;
  },
  update(el, props) {
    el.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    el.classList.toggle('wl-skeleton-stretch', props.height === 'stretch');
    el.style.width = sizeLength(props.width);
    // In a `with` block the shape shows only once the block has run for delay_ms.
    clearTimeout(el.wlDelay);
    if (props.delay_ms > 0) {
      el.hidden = true;
      el.wlDelay = setTimeout(() => { el.hidden = false; }, props.delay_ms);
    } else {
      el.hidden = false;
    }
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { grid, grid_cell, skeleton };
