// Blocks: vertical (containers, fragments), horizontal/column (st.columns), form, expander,
// status, tabs/tab, popover, dialog. Mirrors py/wasmlit/elements/layout.py. A block's children are appended
// by the patcher into host(el).
import { h, uid } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';
import { glyph, renderIcon } from './icons.js';
import { setTooltip } from './tooltip.js';

const vblock = () => h('div', { testid: 'stVerticalBlock', class: 'wl-vblock' });

/** A gap prop: a size name, a number of pixels, or null (no gap). */
function setGap(el, gap) {
  if (typeof gap === 'number') {
    el.dataset.gap = 'px';
    el.style.gap = `${gap}px`;
  } else {
    el.dataset.gap = gap === null ? 'none' : String(gap || 'small');
    el.style.gap = '';
  }
}

/** A width prop: 'stretch', 'content' or pixels. */
function setWidth(el, width) {
  el.dataset.width = typeof width === 'number' ? 'px' : String(width || 'stretch');
  el.style.width = typeof width === 'number' ? `${width}px` : '';
}

/** `key=` gives the container Streamlit's `st-key-<key>` class, for custom CSS. */
function setKeyClass(el, key, old) {
  if (old) el.classList.remove(`st-key-${old}`);
  if (key) el.classList.add(`st-key-${String(key).replace(/[^\w-]/g, '-')}`);
}

export const vertical = {
  create(props) {
    const el = vblock();
    vertical.update(el, props, {});
    return el;
  },
  update(el, props, old = {}) {
    el.classList.toggle('wl-border', Boolean(props.border));
    el.style.height = props.height ? `${props.height}px` : '';
    el.classList.toggle('wl-scroll', Boolean(props.height));
    el.classList.toggle('wl-row', Boolean(props.horizontal));
    el.classList.toggle('wl-nowrap', props.wrap === false);
    if ('gap' in props || 'gap' in old) setGap(el, props.gap === undefined ? 'small' : props.gap);
    if (props.horizontal) el.dataset.halign = props.horizontal_alignment || 'left';
    else delete el.dataset.halign;
    if (props.width !== undefined || old.width !== undefined) setWidth(el, props.width ?? 'stretch');
    setKeyClass(el, props.key, old.key);
  },
  childrenChanged(el) {
    if (el.wlProps?.autoscroll && el.wlProps?.height) el.scrollTop = el.scrollHeight;
  },
};

export const horizontal = {
  create(props) {
    const el = h('div', { testid: 'stHorizontalBlock', class: 'wl-hblock' });
    horizontal.update(el, props);
    return el;
  },
  update(el, props) {
    setGap(el, props.gap === undefined ? 'small' : props.gap);
    el.dataset.align = props.vertical_alignment || 'top';
    el.classList.toggle('wl-nowrap', props.wrap === false);
  },
};

export const column = {
  create(props) {
    const el = h('div', { testid: 'stColumn', class: 'wl-column' }, vblock());
    column.update(el, props);
    return el;
  },
  update(el, props) {
    el.style.flex = `${Number(props.weight) || 1} 1 0`;
    el.classList.toggle('wl-border', Boolean(props.border));
  },
  host: (el) => el.firstElementChild,
};

export const form = {
  create(props) {
    const el = h('form', { testid: 'stForm', class: 'stForm wl-form', onsubmit: (e) => e.preventDefault() }, vblock());
    form.update(el, props);
    return el;
  },
  update(el, props) {
    el.dataset.formId = props.form_id ?? '';
    el.classList.toggle('wl-border', props.border !== false);
    el.style.height = props.height ? `${props.height}px` : '';
    el.classList.toggle('wl-scroll', Boolean(props.height));
    if (props.width !== undefined) setWidth(el, props.width);
  },
  host: (el) => el.firstElementChild,
};

// ---- expander and status -----------------------------------------------------------------

const STATUS_ICONS = {
  running: () => h('i', { class: 'wl-spinner-icon wl-status-spinner', testid: 'stExpanderIconSpinner', 'aria-hidden': 'true' }),
  complete: () => h('span', { class: 'wl-status-icon wl-status-complete', testid: 'stExpanderIconCheck', 'aria-hidden': 'true' }, '✓'),
  error: () => h('span', { class: 'wl-status-icon wl-status-error', testid: 'stExpanderIconError', 'aria-hidden': 'true' }, '!'),
};

function fillSummary(el, props) {
  const summary = el.querySelector(':scope > summary');
  const label = h('span', { class: 'wl-expander-label' });
  renderMarkdown(label, props.label ?? '', { inline: true });
  const icon = props.state ? (STATUS_ICONS[props.state] ?? STATUS_ICONS.running)() : renderIcon(props.icon);
  // As in Streamlit 1.67: a chevron before the label, or the icon in its place (the chevron
  // comes back while the pointer is over the summary).
  const chevron = h('span', { class: 'wl-expander-chevron', 'aria-hidden': 'true' }, glyph('caret'));
  const lead = h('span', { class: `wl-expander-lead${icon ? ' wl-has-icon' : ''}` }, ...[chevron, icon].filter(Boolean));
  summary.replaceChildren(lead, label);
}

function makeExpander(props, cls) {
  const el = h('details', { testid: 'stExpander', class: `stExpander wl-expander ${cls}` },
    h('summary', { class: 'wl-expander-summary' }),
    h('div', { testid: 'stExpanderDetails', class: 'wl-expander-details' }, vblock()));
  el.open = Boolean(props.expanded);
  return el;
}

function updateExpander(el, props, old) {
  fillSummary(el, props);
  el.dataset.type = props.type || 'default';
  if (props.state) el.dataset.state = props.state;
  if (props.width !== undefined) setWidth(el, props.width);
  setKeyClass(el, props.key, old.key);
  // The user's open/closed choice survives reruns; only a changed `expanded` overrides it.
  if (old.expanded !== undefined && props.expanded !== old.expanded) el.open = Boolean(props.expanded);
}

export const expander = {
  create(props, ctx) {
    const el = makeExpander(props, '');
    // on_change="rerun" or a callback (props.id): a toggle by the user is a widget change.
    // Toggles that follow `expanded` from Python match the props and send nothing.
    el.addEventListener('toggle', () => {
      const p = el.wlProps ?? props;
      if (p.id && el.open !== Boolean(p.expanded)) ctx.change({ id: p.id }, el.open);
    });
    updateExpander(el, props, {});
    return el;
  },
  update: (el, props, old) => updateExpander(el, props, old),
  host: (el) => el.querySelector(':scope > .wl-expander-details > .wl-vblock'),
};

export const status = {
  create(props) {
    const el = makeExpander(props, 'wl-status-box');
    updateExpander(el, props, {});
    return el;
  },
  update: (el, props, old) => updateExpander(el, props, old),
  host: expander.host,
};

// ---- tabs -------------------------------------------------------------------------------------

function selectTab(el, index, focus = false) {
  el.wlActive = index;
  el.querySelectorAll(':scope > .wl-tablist > [role=tab]').forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
    if (focus && i === index) tab.focus();
  });
  [...el.querySelector(':scope > .wl-tabpanels').children].forEach((panel, i) => {
    panel.hidden = i !== index;
    panel.setAttribute('aria-labelledby', `${el.wlUid}-${i}`);
  });
}

/** A tab chosen by the user; tracked tabs (props.id) report its label. */
function chooseTab(el, index, ctx, focus = false) {
  const changed = index !== el.wlActive;
  selectTab(el, index, focus);
  const props = el.wlProps;
  if (changed && props?.id) ctx.change({ id: props.id }, props.labels[index]);
}

function onTabKey(el, event, ctx) {
  const count = el.querySelectorAll(':scope > .wl-tablist > [role=tab]').length;
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    chooseTab(el, event.key === 'Home' ? 0 : count - 1, ctx, true);
  } else if (step) {
    event.preventDefault();
    chooseTab(el, (el.wlActive + step + count) % count, ctx, true);
  }
}

export const tabs = {
  create(props, ctx) {
    const el = h('div', { testid: 'stTabs', class: 'stTabs wl-tabs' },
      h('div', { role: 'tablist', class: 'wl-tablist' }), h('div', { class: 'wl-tabpanels' }));
    el.wlActive = Number.isInteger(props.default) ? props.default : 0;
    el.wlUid = uid('wl-tabs');
    el.wlCtx = ctx;
    el.wlProps = props;
    el.querySelector('.wl-tablist').addEventListener('keydown', (event) => onTabKey(el, event, ctx));
    tabs.update(el, props, {});
    return el;
  },
  update(el, props, old = {}) {
    el.wlProps = props;
    // A tracked selection (on_change) follows Python; otherwise the page keeps the user's.
    if (props.id && old.default !== undefined && props.default !== old.default) el.wlActive = props.default;
    const labels = Array.isArray(props.labels) ? props.labels : [];
    const list = el.querySelector('.wl-tablist');
    list.replaceChildren(...labels.map((label, i) => {
      const text = h('span', { class: 'wl-tab-label' });
      renderMarkdown(text, String(label), { inline: true });
      return h('button', {
        type: 'button', role: 'tab', testid: 'stTab', class: 'wl-tab', id: `${el.wlUid}-${i}`,
        onclick: () => chooseTab(el, i, el.wlCtx),
      }, text);
    }));
    setKeyClass(el, props.key, old.key);
    const panels = el.querySelector(':scope > .wl-tabpanels');
    panels.style.height = typeof props.height === 'number' ? `${props.height}px` : '';
    panels.classList.toggle('wl-scroll', typeof props.height === 'number');
    // The selected tab survives reruns (the element is updated in place, never rebuilt).
    selectTab(el, Math.min(el.wlActive, Math.max(0, labels.length - 1)));
  },
  host: (el) => el.querySelector(':scope > .wl-tabpanels'),
  childrenChanged: (el) => selectTab(el, el.wlActive),
};

export const tab = {
  create() {
    return h('div', { role: 'tabpanel', class: 'wl-tabpanel', testid: 'stTabPanel' }, vblock());
  },
  update() {},
  host: (el) => el.firstElementChild,
};

// ---- popover ----------------------------------------------------------------------------------

function setPopover(el, open, user = false) {
  const body = el.querySelector(':scope > .wl-popover-body');
  const button = el.querySelector(':scope > .wl-popover-anchor > button');
  if (open === !body.hidden) return;
  // Tracked popovers (on_change, props.id) report what the user did.
  if (user && el.wlProps?.id) el.wlCtx?.change({ id: el.wlProps.id }, open);
  body.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  document.removeEventListener('mousedown', el.wlOutside, true);
  document.removeEventListener('keydown', el.wlOnKey);
  if (open) {
    document.addEventListener('mousedown', el.wlOutside, true);
    document.addEventListener('keydown', el.wlOnKey);
  }
}

export const popover = {
  create(props, ctx) {
    const button = h('button', {
      type: 'button', testid: 'stPopoverButton', 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
      onclick: () => setPopover(el, el.querySelector(':scope > .wl-popover-body').hidden, true),
    });
    const el = h('div', { testid: 'stPopover', class: 'stPopover wl-popover' },
      h('div', { class: 'wl-popover-anchor' }, button),
      h('div', { testid: 'stPopoverBody', class: 'wl-popover-body', role: 'dialog', hidden: true }, vblock()));
    el.wlOutside = (event) => {
      if (!el.isConnected) return setPopover(el, false);
      // Clicks inside the panel or on its button do not close it.
      if (!el.contains(event.target)) setPopover(el, false, true);
    };
    el.wlOnKey = (event) => {
      if (event.key === 'Escape') {
        setPopover(el, false, true);
        button.focus();
      }
    };
    el.wlCtx = ctx;
    el.wlProps = props;
    popover.update(el, props, {});
    if (props.id && props.open) setPopover(el, true);
    return el;
  },
  update(el, props, old = {}) {
    const button = el.querySelector(':scope > .wl-popover-anchor > button');
    const type = ['primary', 'secondary', 'tertiary'].includes(props.type) ? props.type : 'secondary';
    button.className = `wl-button wl-button-${type}`;
    button.disabled = Boolean(props.disabled);
    setTooltip(button, props.help);
    const label = h('span', { class: 'wl-button-label' });
    renderMarkdown(label, props.label ?? '', { inline: true });
    button.replaceChildren(...[renderIcon(props.icon), label, h('span', { class: 'wl-chevron', 'aria-hidden': 'true' })].filter(Boolean));
    el.querySelector(':scope > .wl-popover-body').setAttribute('aria-label', button.textContent);
    el.classList.toggle('wl-full', props.width === 'stretch');
    if (typeof props.width === 'number') button.style.width = `${props.width}px`;
    setKeyClass(el, props.key, old.key);
    el.wlProps = props;
    if (props.disabled) setPopover(el, false);
    else if (props.id && old.open !== undefined && props.open !== old.open) setPopover(el, Boolean(props.open));
  },
  destroy(el) {
    document.removeEventListener('mousedown', el.wlOutside, true);
    document.removeEventListener('keydown', el.wlOnKey);
  },
  host: (el) => el.querySelector(':scope > .wl-popover-body > .wl-vblock'),
};

// ---- dialog ----------------------------------------------------------------------------------

function closeDialog(layer, byUser = false) {
  if (byUser && layer.wlProps?.dismissible === false) return;
  const wasOpen = !layer.hidden;
  layer.hidden = true;
  document.removeEventListener('keydown', layer.wlOnKey);
  // on_dismiss="rerun" or a callback: the dismissal is a trigger the script sees.
  if (byUser && wasOpen && layer.wlProps?.dismiss_id) layer.wlCtx?.click({ id: layer.wlProps.dismiss_id });
}

function openDialog(layer) {
  layer.hidden = false;
  document.removeEventListener('keydown', layer.wlOnKey);
  document.addEventListener('keydown', layer.wlOnKey);
  queueMicrotask(() => layer.querySelector('[role=dialog]')?.focus({ preventScroll: true }));
}

export const dialog = {
  create(props, ctx) {
    const titleId = uid('wl-dialog-title');
    const title = h('h2', { id: titleId, class: 'wl-dialog-title' });
    const box = h('div', {
      role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1',
      testid: 'stDialog', class: 'stDialog wl-dialog',
    },
    h('div', { class: 'wl-dialog-head' }, title,
      h('button', { type: 'button', class: 'wl-dialog-close', 'aria-label': 'Close', onclick: () => closeDialog(layer, true) }, '×')),
    h('div', { class: 'wl-dialog-body' }, vblock()));
    const layer = h('div', { class: 'wl-dialog-layer', hidden: true }, box);
    layer.wlCtx = ctx;
    layer.addEventListener('mousedown', (event) => { if (event.target === layer) closeDialog(layer, true); });
    layer.wlOnKey = (event) => {
      if (event.key === 'Escape' && !layer.hidden) {
        event.preventDefault();
        closeDialog(layer, true);
      }
    };
    layer.wlProps = props;
    dialog.update(layer, props, {});
    return layer;
  },
  update(layer, props, old) {
    layer.wlProps = props;
    const title = layer.querySelector('.wl-dialog-title');
    const text = h('span', {});
    renderMarkdown(text, props.title ?? '', { inline: true });
    title.replaceChildren(...[renderIcon(props.icon), text].filter(Boolean));
    const box = layer.querySelector('.wl-dialog');
    box.dataset.width = typeof props.width === 'number' ? 'px' : (props.width || 'small');
    box.style.width = typeof props.width === 'number' ? `${props.width}px` : '';
    layer.dataset.position = props.position || 'center';
    layer.querySelector('.wl-dialog-close').hidden = props.dismissible === false;
    if (!props.open) closeDialog(layer);
    else if (props.nonce !== old.nonce || !old.open) openDialog(layer);
  },
  destroy(layer) {
    document.removeEventListener('keydown', layer.wlOnKey);
  },
  host: (layer) => layer.querySelector('.wl-dialog-body > .wl-vblock'),
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = {
  vertical, horizontal, column, form, expander, status, tabs, tab, popover, dialog,
};
