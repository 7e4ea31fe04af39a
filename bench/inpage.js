// In-page measuring helpers, installed with page.evaluate (or as an init script). Everything
// is timed with performance.now() inside the page: a click is element.click() from here, and
// the DOM change is seen by a MutationObserver, so no DevTools round trip is in the figures.
// Works on wasmlit and on real Streamlit (the same data-testids).
(() => {
  if (window.__bench) return;

  /** Does this mutation record put `text` on the page? Looks only at what changed. */
  function recordShows(record, text) {
    const nodes = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
    if (record.type !== 'attributes') {
      const t = record.target;
      if (t.nodeType === Node.TEXT_NODE) nodes.push(t.parentNode ?? t);
      else nodes.push(t);
    }
    return nodes.some((n) => {
      const s = n.textContent;
      return s && s.length < 20000 && s.includes(text);
    });
  }

  /** Resolve with performance.now() when `text` appears in the DOM (after `since`). */
  function whenText(text, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const obs = new MutationObserver((records) => {
        if (records.some((r) => recordShows(r, text))) {
          const t = performance.now();
          obs.disconnect();
          clearTimeout(timer);
          resolve(t);
        }
      });
      obs.observe(document, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        obs.disconnect();
        reject(new Error(`timed out waiting for ${JSON.stringify(text)}`));
      }, timeoutMs);
    });
  }

  function app() {
    return document.querySelector('[data-testid=stApp]');
  }

  /** Resolve once the app is idle (wasmlit and Streamlit both set data-test-script-state). */
  function idle(timeoutMs = 30000) {
    const ok = () => app()?.getAttribute('data-test-script-state') === 'notRunning';
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const check = () => {
        if (ok()) resolve();
        else if (performance.now() - t0 > timeoutMs) reject(new Error('app not idle'));
        else setTimeout(check, 2);
      };
      check();
    });
  }

  function button(label) {
    for (const b of document.querySelectorAll('[data-testid=stButton] button, button')) {
      if (b.textContent.trim() === label) return b;
    }
    throw new Error(`no button ${JSON.stringify(label)}`);
  }

  /** The number in the first text node matching `re` (a regex source with one group). */
  function readCount(reSource) {
    const re = new RegExp(reSource);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const m = re.exec(n.data);
      if (m) return Number(m[1]);
    }
    throw new Error(`no text matching ${reSource}`);
  }

  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  /** Resolve after the next frame has been rendered (the previous change is on screen). */
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  /**
   * Click the button `label` n times; each time wait for `template` with the counter read
   * by `countRe` plus one, then for idle. Returns the latencies (click -> text) in ms.
   */
  async function clickLoop(label, template, countRe, n, { gapMs = 10, paint = true } = {}) {
    const out = [];
    const marks = Boolean(window.__benchMarks); // performance marks for traces (profile.py)
    for (let i = 0; i < n; i++) {
      await idle();
      if (paint) await painted(); // the last click's rendering must not land in this figure
      await pause(gapMs);
      const expected = template.replace('{n}', String(readCount(countRe) + 1));
      const target = button(label); // found before the clock starts (a scan of the page)
      const seen = whenText(expected);
      const t0 = performance.now();
      if (marks) performance.mark('bench:click');
      window.__wasmlitTrace?.push('click', t0); // wasmlit's own trace (benches.rerun_breakdown)
      target.click();
      const t1 = await seen;
      out.push(t1 - t0);
      window.__wasmlitTrace?.push('dom', t1);
      if (marks) performance.mark('bench:dom');
    }
    await idle();
    return out;
  }

  /** Count mutation records under `root` while `fn` runs and the app goes idle again. */
  async function mutationsDuring(rootSelector, fn) {
    const root = document.querySelector(rootSelector);
    const records = [];
    const obs = new MutationObserver((rs) => records.push(...rs));
    obs.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    await fn();
    await idle();
    await pause(50);
    records.push(...obs.takeRecords());
    obs.disconnect();
    return records.map((r) => ({
      type: r.type,
      target: (r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : r.target)?.outerHTML?.slice(0, 120) ?? '',
      attribute: r.attributeName,
      added: r.addedNodes.length,
      removed: r.removedNodes.length,
    }));
  }

  /** performance.now() of every change of the text matching `reSource` during `ms`. */
  function textChanges(reSource, ms) {
    const seen = [];
    let last = null;
    const obs = new MutationObserver(() => {
      let value = null;
      try {
        value = readCount(reSource);
      } catch { /* not on screen right now */ }
      if (value !== null && value !== last) {
        last = value;
        seen.push({ t: performance.now(), value });
      }
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    return pause(ms).then(() => {
      obs.disconnect();
      return seen;
    });
  }

  window.__bench = { whenText, idle, button, readCount, clickLoop, mutationsDuring, textChanges, pause, painted };
})();
