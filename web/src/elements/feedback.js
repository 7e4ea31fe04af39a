// Status and feedback: alert, exception, progress, space, spinner, empty, toast, balloons, snow.
// (st.status is an expander: layout.js.)
// Mirrors py/wasmlit/elements/feedback.py.
import { h } from '../dom/h.js';
import { renderIcon } from './icons.js';
import { renderMarkdown } from './markdown.js';

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function fillAlert(el, props) {
  const variant = ['success', 'info', 'warning', 'error'].includes(props.variant) ? props.variant : 'info';
  const body = h('div', { testid: 'stMarkdownContainer', class: 'wl-alert-body' });
  renderMarkdown(body, props.body ?? '');
  let text = body;
  if (props.title !== null && props.title !== undefined) {
    const title = h('div', { class: 'wl-alert-title', testid: 'stAlertTitle' });
    renderMarkdown(title, String(props.title), { inline: true });
    text = h('div', { class: 'wl-alert-text' }, title, body);
  }
  const content = h('div', { testid: `stAlertContent${cap(variant)}`, class: 'wl-alert-content' },
    renderIcon(props.icon), text);
  el.replaceChildren(h('div', { testid: 'stAlertContainer', class: `wl-alert wl-alert-${variant}` }, content));
  el.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
}

export const alert = {
  create(props) {
    const el = h('div', { testid: 'stAlert', class: 'stAlert', role: 'alert' });
    fillAlert(el, props);
    return el;
  },
  update: (el, props) => fillAlert(el, props),
};

// ---- progress ---------------------------------------------------------------------------

export const progress = {
  create(props) {
    const fill = h('div', { class: 'wl-progress-fill' });
    const text = h('div', { testid: 'stMarkdownContainer', class: 'wl-progress-text' });
    const bar = h('div', { class: 'wl-progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, fill);
    const el = h('div', { testid: 'stProgress', class: 'stProgress wl-progress' }, text, bar);
    progress.update(el, props);
    return el;
  },
  update(el, props) {
    const value = Math.max(0, Math.min(100, Number(props.value) || 0));
    const bar = el.querySelector('.wl-progress-bar');
    bar.setAttribute('aria-valuenow', String(value));
    el.querySelector('.wl-progress-fill').style.width = `${value}%`;
    const text = el.querySelector('.wl-progress-text');
    text.hidden = !props.text;
    renderMarkdown(text, props.text ?? '', { inline: true });
    if (props.text) bar.setAttribute('aria-label', text.textContent);
    else bar.setAttribute('aria-label', `${value}%`);
  },
};

// ---- space ------------------------------------------------------------------------------

const SPACE_REM = { xxsmall: 0.25, xsmall: 0.5, small: 0.75, medium: 2.5, large: 4.25, xlarge: 6, xxlarge: 8 };

export const space = {
  create(props) {
    const el = h('div', { testid: 'stSpace', class: 'wl-space', 'aria-hidden': 'true' });
    space.update(el, props);
    return el;
  },
  update(el, props) {
    const size = props.size ?? 'small';
    el.dataset.size = String(size);
    const length = typeof size === 'number' ? `${size}px` : (size === 'stretch' ? '' : `${SPACE_REM[size] ?? 0.75}rem`);
    el.style.setProperty('--wl-space', length);
  },
};

function fillException(el, props) {
  // An empty type: client.showErrorDetails = "none" withheld it (the message alone shows).
  const type = props.type === '' ? null : String(props.type ?? 'Exception');
  const message = h('div', { testid: 'stExceptionMessage', class: 'wl-exc-message' },
    type ? h('strong', {}, type) : null, type ? `: ${props.message ?? ''}` : String(props.message ?? ''));
  const lines = Array.isArray(props.traceback) ? props.traceback : [];
  el.replaceChildren(message);
  if (lines.length) {
    el.append(h('div', { class: 'wl-exc-tb-title' }, 'Traceback:'),
      h('pre', { testid: 'stExceptionTraceback', class: 'wl-exc-tb' }, lines.join('\n')));
  }
}

export const exception = {
  create(props) {
    const el = h('div', { testid: 'stException', class: 'stException wl-exception', role: 'alert' });
    fillException(el, props);
    return el;
  },
  update: (el, props) => fillException(el, props),
};

export const spinner = {
  create(props) {
    const text = h('div', { testid: 'stMarkdownContainer', class: 'wl-spinner-text' });
    const el = h('div', { testid: 'stSpinner', class: 'stSpinner wl-spinner', role: 'status' },
      h('i', { class: 'wl-spinner-icon', 'aria-hidden': 'true' }), text);
    spinner.update(el, props);
    return el;
  },
  update(el, props) {
    renderMarkdown(el.querySelector('.wl-spinner-text'), props.text ?? '', { inline: true });
    clearInterval(el.wlClock);
    el.querySelector('.wl-spinner-time')?.remove();
    if (props.show_time) {
      const started = performance.now();
      const clock = h('span', { class: 'wl-spinner-time' }, '(0.0 seconds)');
      el.append(clock);
      el.wlClock = setInterval(() => {
        clock.textContent = `(${((performance.now() - started) / 1000).toFixed(1)} seconds)`;
      }, 100);
    }
  },
  destroy(el) {
    clearInterval(el.wlClock);
  },
};

export const empty = {
  create: () => h('div', { class: 'wl-empty-slot' }),
  update() {},
};

// ---- toast ------------------------------------------------------------------------------

/** Seconds a toast stays; 0 (Streamlit's "infinite") keeps it until closed. */
function toastSeconds(duration) {
  if (duration === 'infinite' || duration === null || duration === 0) return Infinity;
  if (duration === 'long') return 10;
  if (typeof duration === 'number' && duration > 0) return duration;
  return 4;
}

function showToast(el, props) {
  clearTimeout(el.wlTimer);
  el.hidden = false;
  el.classList.remove('wl-leaving');
  const seconds = toastSeconds(props.duration);
  if (Number.isFinite(seconds)) el.wlTimer = setTimeout(() => hideToast(el), seconds * 1000);
}

function hideToast(el) {
  clearTimeout(el.wlTimer);
  el.classList.add('wl-leaving');
  el.wlTimer = setTimeout(() => {
    el.hidden = true;
    if (el.wlDetached) el.remove();
  }, 200);
}

export const toast = {
  create(props) {
    const text = h('div', { testid: 'stToastText', class: 'wl-toast-text' });
    const icon = h('span', { class: 'wl-toast-icon' });
    const el = h('div', { testid: 'stToast', class: 'stToast wl-toast', role: 'status', 'aria-live': 'polite' },
      icon, text,
      h('button', { class: 'wl-toast-close', type: 'button', 'aria-label': 'Close', onclick: () => hideToast(el) }, '×'));
    toast.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    renderMarkdown(el.querySelector('.wl-toast-text'), props.body ?? '');
    el.querySelector('.wl-toast-icon').replaceChildren(renderIcon(props.icon) ?? '');
    if (props.nonce !== old.nonce || old.nonce === undefined) showToast(el, props);
  },
  destroy(el) {
    // As in Streamlit, a toast outlives the run that showed it (`st.toast(...); st.rerun()`
    // shows it after the rerun): a toast still on screen leaves the tree but stays in the
    // event layer until its time is up or it is closed.
    const layer = el.closest('.wl-event');
    if (layer && !el.hidden && !el.classList.contains('wl-leaving')) {
      el.wlDetached = true;
      layer.append(el);
      return;
    }
    clearTimeout(el.wlTimer);
  },
};

// ---- balloons and snow ------------------------------------------------------------------

const PARTICLES = 24;

function play(el, glyph, cls, seconds) {
  clearTimeout(el.wlTimer);
  el.replaceChildren();
  el.hidden = false;
  for (let i = 0; i < PARTICLES; i++) {
    const p = h('span', { class: cls, 'aria-hidden': 'true' }, glyph);
    p.style.left = `${(i * 97) % 100}%`;
    p.style.animationDelay = `${((i * 37) % 100) / 100}s`;
    p.style.fontSize = `${2 + ((i * 13) % 10) / 5}rem`;
    el.append(p);
  }
  el.dataset.nonce = String(el.wlProps?.nonce ?? '');
  el.dataset.played = String(Number(el.dataset.played ?? 0) + 1);
  el.wlTimer = setTimeout(() => {
    el.replaceChildren();
    el.hidden = true;
  }, seconds * 1000);
}

function effect(testid, glyph, cls, seconds) {
  return {
    create(props) {
      const el = h('div', { testid, class: `${testid} wl-effect`, 'aria-hidden': 'true' });
      el.wlProps = props;
      play(el, glyph, cls, seconds);
      return el;
    },
    update(el, props, old) {
      el.wlProps = props;
      if (props.nonce !== old.nonce) play(el, glyph, cls, seconds);
    },
    destroy(el) {
      clearTimeout(el.wlTimer);
    },
  };
}

export const balloons = effect('stBalloons', '🎈', 'wl-balloon', 4);
export const snow = effect('stSnow', '❄️', 'wl-snowflake', 6);

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { alert, exception, progress, space, spinner, empty, toast, balloons, snow };
