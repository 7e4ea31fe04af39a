// Init script for cold loads (runs before the page's own scripts). Records, in ms since
// navigation start: the first contentful paint, when the boot progress (or any app element)
// first shows, when window.__coldTarget first appears in the DOM (on a prerendered site that is
// the first view, before Python), and when Python's first run has finished (`live`: stApp's
// data-boot-ms is set).
(() => {
  const marks = (window.__cold = { fcp: null, progress: null, text: null, live: null });
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
    if (marks.live === null && document.querySelector('[data-testid=stApp][data-boot-ms]')) marks.live = now;
    if (marks.text !== null && marks.progress !== null && marks.live !== null) obs.disconnect();
  });
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();

// Interactive and first-run marks (only when window.__coldClick names a button): click it the
// moment it is on screen (on a prerendered first view that is before Python is ready) and
// record when its answer shows; count the DOM mutations inside stMain between the worker's
// `ready` and the end of Python's first run (data-boot-ms is set then, before any input the
// user gave on the first view is sent).
(() => {
  const spec = window.__coldClick;
  if (!spec) return;
  const marks = (window.__interactive = { clicked: null, answered: null, ready: null, firstRunEnd: null, mutations: [] });
  const obs = new MutationObserver((records) => {
    const now = performance.now();
    const app = document.querySelector('[data-testid=stApp]');
    if (app && marks.ready === null && app.getAttribute('data-test-connection-state') === 'CONNECTED') marks.ready = now;
    if (app && marks.firstRunEnd === null && app.hasAttribute('data-boot-ms')) marks.firstRunEnd = now;
    for (const r of records) {
      if (marks.ready !== null && marks.firstRunEnd === null && r.target.closest?.('[data-testid=stMain]')) {
        marks.mutations.push(r.type);
      }
    }
    if (marks.clicked === null) {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === spec.label);
      if (button) { marks.clicked = now; button.click(); }
    }
    if (marks.answered === null && marks.clicked !== null && document.body.textContent.includes(spec.answer)) {
      marks.answered = now;
      obs.disconnect();
    }
  });
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})();
