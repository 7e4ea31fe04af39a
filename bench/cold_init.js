// Init script for cold loads (runs before the page's own scripts). Records, in ms since
// navigation start: the first contentful paint, when the boot progress (or any app element)
// first shows, and when window.__coldTarget first appears in the DOM.
(() => {
  const marks = (window.__cold = { fcp: null, progress: null, text: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const target = window.__coldTarget;
  const obs = new MutationObserver((records) => {
    const now = performance.now();
    if (marks.progress === null && document.querySelector(
      '[data-testid=stBootProgress]:not([hidden]), [data-testid=stElementContainer], [data-testid=stMarkdown]')) {
      marks.progress = now;
    }
    if (marks.text === null) {
      for (const r of records) {
        const nodes = r.type === 'characterData' ? [r.target] : [r.target, ...r.addedNodes];
        if (nodes.some((n) => (n.textContent ?? '').length < 20000 && (n.textContent ?? '').includes(target))) {
          marks.text = now;
          break;
        }
      }
    }
    if (marks.text !== null && marks.progress !== null) obs.disconnect();
  });
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();
