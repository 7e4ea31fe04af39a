// st.data_editor: an editable grid (AG Grid, in grid.js, fetched on first use so pages
// without a grid never download it). Mirrors py/wasmlit/elements/editor.py. The user's
// edits travel as Streamlit's editing state ({edited_rows, added_rows, deleted_rows}).
import { gridElement, updateGridElement } from './data.js';

export const data_editor = {
  create: (props, ctx) => gridElement('data-editor', props, ctx, true),
  update: (el, props, old, ctx) => updateGridElement(el, props, ctx),
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { data_editor };
