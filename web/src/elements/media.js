// Media elements. Mirrors py/wasmlit/elements/media.py.

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = {};
