// Blocks: vertical (containers, fragments), horizontal/column (st.columns), form, expander,
// tabs/tab, dialog. Mirrors py/wasmlit/elements/layout.py. A block's children are appended
// by the patcher into host(el).
import { h, uid } from '../dom/h.js';
import { renderMarkdown } from './markdown.js';
import { iconNode } from './feedback.js';

const vblock = () => h('div', { testid: 'stVerticalBlock', class: 'wl-vblock' });

export const vertical = {
  create(props) {
    const el = vblock();
    vertical.update(el, props);
    return el;
  },
  update(el, props) {
    el.classList.toggle('wl-border', Boolean(props.border));
    el.style.height = props.height ? `${props.height}px` : '';
    el.classList.toggle('wl-scroll', Boolean(props.height));
  },
};

export const horizontal = {
  create(props) {
    const el = h('div', { testid: 'stHorizontalBlock', class: 'wl-hblock' });
    horizontal.update(el, props);
    return el;
  },
  update(el, props) {
    el.dataset.gap = props.gap || 'small';
    el.dataset.align = props.vertical_alignment || 'top';
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
  },
  host: (el) => el.firstElementChild,
};

export const expander = {
  create(props) {
    const summary = h('summary', { class: 'wl-expander-summary' });
    const el = h('details', { testid: 'stExpander', class: 'stExpander wl-expander' },
      summary, h('div', { testid: 'stExpanderDetails', class: 'wl-expander-details' }, vblock()));
    el.open = Boolean(props.expanded);
    expander.update(el, props, {});
    return el;
  },
  update(el, props, old) {
    const summary = el.querySelector('summary');
    const label = h('span', { class: 'wl-expander-label' });
    renderMarkdown(label, props.label ?? '', { inline: true });
    summary.replaceChildren(...[iconNode(props.icon), label].filter(Boolean));
    if (old.expanded !== undefined && props.expanded !== old.expanded) el.open = Boolean(props.expanded);
  },
  host: (el) => el.querySelector('.wl-expander-details > .wl-vblock'),
};

// ---- tabs -------------------------------------------------------------------------------------

function selectTab(el, index) {
  el.wlActive = index;
  el.querySelectorAll(':scope > .wl-tablist > [role=tab]').forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  [...el.querySelector(':scope > .wl-tabpanels').children].forEach((panel, i) => { panel.hidden = i !== index; });
}

export const tabs = {
  create(props) {
    const el = h('div', { testid: 'stTabs', class: 'stTabs wl-tabs' },
      h('div', { role: 'tablist', class: 'wl-tablist' }), h('div', { class: 'wl-tabpanels' }));
    el.wlActive = 0;
    el.wlUid = uid('wl-tabs');
    tabs.update(el, props);
    return el;
  },
  update(el, props) {
    const labels = Array.isArray(props.labels) ? props.labels : [];
    const list = el.querySelector('.wl-tablist');
    list.replaceChildren(...labels.map((label, i) => {
      const text = h('span', {});
      renderMarkdown(text, String(label), { inline: true });
      return h('button', {
        type: 'button', role: 'tab', testid: 'stTab', class: 'wl-tab', id: `${el.wlUid}-${i}`,
        onclick: () => selectTab(el, i),
      }, text);
    }));
    selectTab(el, Math.min(el.wlActive, Math.max(0, labels.length - 1)));
  },
  host: (el) => el.querySelector('.wl-tabpanels'),
  childrenChanged: (el) => selectTab(el, el.wlActive),
};

export const tab = {
  create() {
    return h('div', { role: 'tabpanel', class: 'wl-tabpanel', testid: 'stTabPanel' }, vblock());
  },
  update() {},
  host: (el) => el.firstElementChild,
};

// ---- dialog ----------------------------------------------------------------------------------

function closeDialog(layer) {
  layer.hidden = true;
  document.removeEventListener('keydown', layer.wlOnKey);
}

function openDialog(layer) {
  layer.hidden = false;
  document.removeEventListener('keydown', layer.wlOnKey);
  document.addEventListener('keydown', layer.wlOnKey);
  queueMicrotask(() => layer.querySelector('[role=dialog]')?.focus({ preventScroll: true }));
}

export const dialog = {
  create(props) {
    const titleId = uid('wl-dialog-title');
    const title = h('h2', { id: titleId, class: 'wl-dialog-title' });
    const box = h('div', {
      role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1',
      testid: 'stDialog', class: 'stDialog wl-dialog',
    },
    h('div', { class: 'wl-dialog-head' }, title,
      h('button', { type: 'button', class: 'wl-dialog-close', 'aria-label': 'Close', onclick: () => closeDialog(layer) }, '×')),
    h('div', { class: 'wl-dialog-body' }, vblock()));
    const layer = h('div', { class: 'wl-dialog-layer', hidden: true }, box);
    layer.addEventListener('mousedown', (event) => { if (event.target === layer) closeDialog(layer); });
    layer.wlOnKey = (event) => {
      if (event.key === 'Escape' && !layer.hidden) closeDialog(layer);
    };
    dialog.update(layer, props, {});
    return layer;
  },
  update(layer, props, old) {
    renderMarkdown(layer.querySelector('.wl-dialog-title'), props.title ?? '', { inline: true });
    layer.querySelector('.wl-dialog').dataset.width = props.width || 'small';
    if (!props.open) closeDialog(layer);
    else if (props.nonce !== old.nonce || !old.open) openDialog(layer);
  },
  destroy(layer) {
    document.removeEventListener('keydown', layer.wlOnKey);
  },
  host: (layer) => layer.querySelector('.wl-dialog-body > .wl-vblock'),
};

/** kind -> renderer for this family (merged by registry.js). */
export const renderers = { vertical, horizontal, column, form, expander, tabs, tab, dialog };
