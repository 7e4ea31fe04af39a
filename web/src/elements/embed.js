// Embedded pages (st.iframe, components.v1.html/iframe). Mirrors py/wasmlit/elements/embed.py.
// The iframe may run scripts but is never same-origin with the app: no allow-same-origin, so
// embedded HTML cannot touch the app's DOM, its worker or its storage.
import { h } from '../dom/h.js';

const SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads';
const SAFE_SRC = /^(https?:|data:|\.{0,2}\/)/i;

function size(frame, props) {
  frame.title = props.title || 'Embedded content';
  frame.style.height = `${props.height ?? 150}px`;
  frame.style.width = typeof props.width === 'number' ? `${props.width}px` : '100%';
  frame.setAttribute('scrolling', props.scrolling ? 'auto' : 'no');
  if (props.tab_index === null || props.tab_index === undefined) frame.removeAttribute('tabindex');
  else frame.tabIndex = props.tab_index;
}

/** (Re)load the content; only when it changed, since reloading resets the embedded page. */
function load(frame, props) {
  if (typeof props.srcdoc === 'string') {
    frame.removeAttribute('src');
    frame.srcdoc = props.srcdoc;
    return;
  }
  frame.removeAttribute('srcdoc');
  // Python checks URLs too; the page never loads a javascript: URL whatever it is sent.
  if (SAFE_SRC.test(props.src ?? '')) frame.src = props.src;
  else frame.removeAttribute('src');
}

export const iframe = {
  create(props) {
    const frame = h('iframe', { testid: 'stIFrame', class: 'wl-iframe', sandbox: SANDBOX });
    size(frame, props);
    load(frame, props);
    return frame;
  },
  update(frame, props, old) {
    size(frame, props);
    if (props.srcdoc !== old.srcdoc || props.src !== old.src) load(frame, props);
  },
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { iframe };
