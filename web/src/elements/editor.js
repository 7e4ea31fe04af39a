// st.data_editor: an editable grid (AG Grid, in grid.js, fetched on first use so pages
// without an editor never download it). Mirrors py/wasmlit/elements/editor.py. The user's
// edits travel as Streamlit's editing state ({edited_rows, added_rows, deleted_rows}).
import { h } from '../dom/h.js';
import { compare, formatCell } from './data.js';
import { renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';

let gridModule;
/** grid.js and AG Grid, fetched once. */
function loadGrid() {
  gridModule ??= import('./grid.js').then((grid) => {
    grid.use({ h, formatCell, compare, renderMarkdown, renderIcon });
    return grid;
  });
  return gridModule;
}

export const data_editor = {
  create(props, ctx) {
    const el = h('div', { testid: 'stDataFrame', class: 'stDataFrame wl-data-editor wl-grid', 'aria-busy': 'true' });
    el._wl = { props, ctx };
    if (typeof props.width === 'number') el.style.width = `${props.width}px`;
    loadGrid().then((grid) => {
      el.removeAttribute('aria-busy');
      grid.mountGrid(el, el._wl.props, el._wl.ctx, true);
    }).catch((err) => {
      console.error('wasmlit: data editor', err);
      el.replaceChildren(h('div', { class: 'wl-unknown', role: 'alert' }, `The data editor could not load: ${err.message}`));
    });
    return el;
  },
  update(el, props, old, ctx) {
    el._wl = { props, ctx };
    if (el._grid) loadGrid().then((grid) => grid.updateGrid(el, props, ctx));
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { data_editor };
