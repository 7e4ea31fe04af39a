// Elements drawn from the app's theme (charts that read its CSS variables): redrawn when the
// theme of the app holding them changes (theme.js dispatches `wasmlit-theme` on the app).

/**
 * A set of such elements; `redraw(el)` runs for each one inside the app whose theme changed.
 * The document listener is added with the first element.
 * @param {(el: HTMLElement) => void} redraw
 */
export function themedElements(redraw) {
  const live = new Set();
  let watching = false;
  return {
    add(el) {
      live.add(el);
      if (watching) return;
      watching = true;
      document.addEventListener('wasmlit-theme', (event) => {
        for (const item of live) if (event.target.contains(item)) redraw(item);
      });
    },
    delete(el) {
      live.delete(el);
    },
  };
}
