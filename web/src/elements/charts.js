// Charts elements. Mirrors py/wasmlit/elements/charts.py.

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = {};
