// Custom components (components.v1.declare_component). Mirrors py/wasmlit/components/v1.py.
// The component's frontend is a page of its own in an iframe, spoken to with Streamlit's
// component messages (streamlit-component-lib): the frame says `streamlit:componentReady`,
// the app answers `streamlit:render` {args, dfs, disabled, theme} (again whenever they
// change), and the frame sends `streamlit:setComponentValue` {value, dataType} and
// `streamlit:setFrameHeight` {height}. As in Streamlit the frame is same-origin with the app
// (allow-same-origin): component frontends are code the app's author chose to ship.
import { h } from '../dom/h.js';

const SANDBOX = 'allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads';

/** the component elements on the page, for the one message listener */
const elements = new Set();

function elementOf(source) {
  for (const el of elements) {
    if (!el.isConnected) elements.delete(el); // messages come after create() attached it
    else if (el.wlFrame.contentWindow === source) return el;
  }
  return null;
}

function bytesOf(b64) {
  const bin = atob(b64 ?? '');
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function base64Of(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The theme as streamlit-component-lib's `Theme`, read from the app's own custom properties. */
export function componentTheme(el) {
  const root = el.closest('.wl-app') ?? document.documentElement;
  const css = getComputedStyle(root);
  const v = (name) => css.getPropertyValue(name).trim();
  return {
    base: root.dataset?.theme === 'dark' ? 'dark' : 'light',
    primaryColor: v('--wl-primary'),
    backgroundColor: v('--wl-bg'),
    secondaryBackgroundColor: v('--wl-bg-2'),
    textColor: v('--wl-fg'),
    font: v('--wl-font'),
  };
}

/**
 * Whether the component is told it is disabled: as Streamlit 1.67 disables widgets while the
 * app is not connected to its server, so while Python restarts or after it stopped working
 * (the app's connection state is not CONNECTED).
 */
function componentDisabled(el) {
  const state = el.closest('.wl-app')?.getAttribute('data-test-connection-state');
  return Boolean(el.wlProps.disabled) || (state !== undefined && state !== null && state !== 'CONNECTED');
}

/** The `streamlit:render` message for a v1 component's frame. */
export function renderMessage(el) {
  const props = el.wlProps;
  const args = { ...(props.args ?? {}) };
  const dfs = [];
  for (const arg of props.special ?? []) {
    if (arg.type === 'bytes') args[arg.key] = bytesOf(arg.value);
    else if (arg.type === 'dataframe') {
      const v = arg.value ?? {};
      dfs.push({ key: arg.key, value: { data: { data: bytesOf(v.data), index: bytesOf(v.index), columns: bytesOf(v.columns) } } });
    }
  }
  return { type: 'streamlit:render', args, dfs, disabled: componentDisabled(el), theme: componentTheme(el) };
}

function sendRender(el) {
  const win = el.wlFrame.contentWindow;
  if (!el.wlReady || !win) return;
  win.postMessage(renderMessage(el), '*');
}

/** A value from setComponentValue as it crosses to Python (see v1.value_from_wire). */
function wireValue(value, dataType) {
  if (dataType === 'bytes' && value) {
    const bytes = value instanceof Uint8Array ? value : new Uint8Array(value.buffer ?? value);
    return { $bytes: base64Of(bytes) };
  }
  if (dataType === 'dataframe' && value) return { $arrow: { data: base64Of(new Uint8Array(value.data ?? [])) } };
  return value === undefined ? null : value;
}

function onMessage(event) {
  const data = event.data;
  if (!data || typeof data !== 'object' || !data.isStreamlitMessage) return;
  const el = elementOf(event.source);
  if (!el) return;
  switch (data.type) {
    case 'streamlit:componentReady':
      el.wlReady = true;
      el.dataset.ready = 'true';
      sendRender(el);
      break;
    case 'streamlit:setFrameHeight': {
      const height = Number(data.height);
      if (Number.isFinite(height) && height >= 0) el.wlFrame.style.height = `${height}px`;
      break;
    }
    case 'streamlit:setComponentValue': {
      const props = el.wlProps;
      const value = wireValue(data.value, data.dataType);
      // The value Python already holds: no rerun, as nothing changed.
      if (JSON.stringify(value) === JSON.stringify(props.value ?? null)) break;
      el.wlCtx.change(props, value, el);
      break;
    }
    default:
      break;
  }
}

let listening = false;

function frameSrc(ctx, props) {
  const url = new URL(ctx.siteURL ? ctx.siteURL(props.src) : props.src, document.baseURI);
  url.searchParams.set('streamlitUrl', location.href);
  return url.href;
}

export const component_instance = {
  create(props, ctx) {
    if (!listening) {
      window.addEventListener('message', onMessage);
      listening = true;
    }
    const frame = h('iframe', {
      class: 'wl-component-frame', sandbox: SANDBOX, title: props.name,
      allow: 'clipboard-read; clipboard-write; microphone; camera; geolocation',
    });
    frame.style.height = '0px';
    frame.style.width = '100%';
    const el = h('div', { testid: 'stCustomComponentV1', class: 'stCustomComponentV1 wl-component' }, frame);
    el.wlFrame = frame;
    el.wlCtx = ctx;
    el.wlProps = props;
    el.dataset.component = props.name;
    if (props.tab_index !== null && props.tab_index !== undefined) frame.tabIndex = props.tab_index;
    frame.src = frameSrc(ctx, props);
    elements.add(el);
    el.wlTheme = new MutationObserver(() => sendRender(el));
    queueMicrotask(() => {
      const root = el.closest('.wl-app');
      // a new theme, or the connection state (disabled) changing, renders again
      if (root) el.wlTheme.observe(root, { attributes: true, attributeFilter: ['data-theme', 'style', 'data-test-connection-state'] });
    });
    return el;
  },
  update(el, props, old) {
    el.wlProps = props;
    if (props.src !== old.src) {
      el.wlReady = false;
      el.wlFrame.src = frameSrc(el.wlCtx, props);
      return;
    }
    if (props.tab_index !== old.tab_index) {
      if (props.tab_index === null || props.tab_index === undefined) el.wlFrame.removeAttribute('tabindex');
      else el.wlFrame.tabIndex = props.tab_index;
    }
    const changed = JSON.stringify([props.args, props.special, props.disabled])
      !== JSON.stringify([old.args, old.special, old.disabled]);
    if (changed) sendRender(el);
  },
};

// ---- st.components.v2.component (py/wasmlit/components/v2.py) ---------------------------
// Drawn in the app's page, as Streamlit 1.67 does: the HTML and CSS in a shadow root
// (isolate_styles, the default) or straight in the app's DOM, and the JS imported as a module
// whose default export is called on every render with {name, key, data, parentElement,
// setStateValue, setTriggerValue}; what it returns is called when the element goes away.
// Theme values reach the CSS as --st-* custom properties (components.css).

/** JS text -> blob: URL of it as a module (one per distinct text, as Streamlit caches them) */
const modules = new Map();
let instances = 0;

function moduleURL(js, name) {
  if (!modules.has(js)) {
    const blob = new Blob([`${js}\n//# sourceURL=st-bidi-${name}.js`], { type: 'text/javascript' });
    modules.set(js, URL.createObjectURL(blob));
  }
  return modules.get(js);
}

function bidiSize(el, props) {
  const w = props.width ?? 'stretch';
  el.style.width = typeof w === 'number' ? `${w}px` : (w === 'content' ? 'fit-content' : '100%');
  const hgt = props.height ?? 'content';
  el.style.height = typeof hgt === 'number' ? `${hgt}px` : (hgt === 'stretch' ? '100%' : 'auto');
  el.style.overflow = typeof hgt === 'number' ? 'auto' : '';
}

function fillContent(el, props) {
  el.wlContent?.remove();
  const content = h('div');
  if (props.html) {
    const markup = h('div');
    markup.innerHTML = props.html; // trusted component code, as in Streamlit (never user input)
    content.append(markup);
  }
  if (props.css) content.append(h('style', {}, props.css));
  el.wlRoot.append(content);
  el.wlContent = content;
}

function bidiData(props) {
  return typeof props.data_bytes === 'string' ? bytesOf(props.data_bytes) : (props.data ?? null);
}

async function runModule(el) {
  const props = el.wlProps;
  if (!props.js) return;
  const seq = (el.wlRuns = (el.wlRuns ?? 0) + 1);
  try {
    const mod = await import(/* @vite-ignore */ moduleURL(props.js, props.name));
    if (typeof mod.default !== 'function') throw new Error('JS module does not have a default export function.');
    if (seq !== el.wlRuns || el.wlGone) return;
    const cleanup = await mod.default({
      name: props.name,
      key: el.wlKey,
      data: bidiData(props),
      parentElement: el.wlRoot,
      setStateValue: (name, value) => {
        const current = el.wlProps;
        const state = { ...(el.wlState ?? current.value ?? {}), [name]: value };
        if (JSON.stringify(state) === JSON.stringify(el.wlState ?? current.value ?? {})) return;
        el.wlState = state;
        el.wlCtx.change(current, state, el);
      },
      setTriggerValue: (event, value) => {
        const current = el.wlProps;
        if (current.form_id) {
          console.warn('BidiComponent: setTriggerValue ignored inside st.form. Triggers are not allowed in forms; use setStateValue and form submit instead.');
          return;
        }
        el.wlCtx.change({ ...current, id: current.events_id, form_id: '' }, [{ event, value: value ?? null }], el);
      },
    });
    if (typeof cleanup === 'function') el.wlCleanup = cleanup;
  } catch (err) {
    console.error(`wasmlit: component ${props.name} failed`, err);
    el.wlError?.remove();
    el.wlError = h('div', { testid: 'stException', class: 'wl-bidi-error', role: 'alert' },
      `Component ${props.name}: ${err?.message ?? err}`);
    el.append(el.wlError);
  }
}

export const bidi_component = {
  create(props, ctx) {
    const inner = h('div', { testid: props.isolate_styles ? 'stBidiComponentIsolated' : 'stBidiComponentRegular', class: 'wl-bidi-inner' });
    const el = h('div', { testid: 'stBidiComponent', class: 'stBidiComponent wl-bidi' }, inner);
    el.dataset.component = props.name;
    el.wlCtx = ctx;
    el.wlProps = props;
    el.wlKey = `st-bidi-component-${++instances}`;
    el.wlRoot = props.isolate_styles ? inner.attachShadow({ mode: 'open' }) : inner;
    bidiSize(el, props);
    fillContent(el, props);
    queueMicrotask(() => runModule(el));
    return el;
  },
  update(el, props, old) {
    el.wlProps = props;
    el.wlState = props.value ?? {};
    bidiSize(el, props);
    if (props.html !== old.html || props.css !== old.css) fillContent(el, props);
    if (props.js !== old.js || JSON.stringify([props.data, props.data_bytes]) !== JSON.stringify([old.data, old.data_bytes])) runModule(el);
  },
  destroy(el) {
    el.wlGone = true;
    const cleanup = el.wlCleanup;
    el.wlCleanup = null;
    if (cleanup) Promise.resolve().then(cleanup).catch((err) => console.error('wasmlit: component cleanup failed', err));
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { component_instance, bidi_component };
