// Data elements. Mirrors py/wasmlit/elements/data.py.

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = {};
